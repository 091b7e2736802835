package vn.cchc.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the schema on a real PostgreSQL, Hibernate's mapping validates
 * against it (the context would not start otherwise), and the demo data load without
 * duplicates.
 */
@DataJpaTest
class DatabaseMigrationsTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnRealPostgreSQL() {
		String version = this.jdbc.queryForObject("select version()", String.class);
		assertThat(version).startsWith("PostgreSQL");
		Integer major = this.jdbc.queryForObject("select current_setting('server_version_num')::int / 10000",
				Integer.class);
		assertThat(major).isGreaterThanOrEqualTo(17);
	}

	@Test
	void everyMigrationIsApplied() {
		MigrationInfo[] all = this.flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(all).allSatisfy(
				(migration) -> assertThat(migration.getState()).as(migration.getScript()).isIn(MigrationState.SUCCESS));
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void demoDataHaveTheProvinceAndTheFiveAccounts() {
		assertThat(this.jdbc.queryForObject("select name from agency where code = 'SNV'", String.class))
			.isEqualTo("Sở Nội vụ");
		assertThat(this.jdbc.queryForObject("select count(*) from agency where kind = 'DISTRICT_COMMITTEE'",
				Integer.class))
			.isEqualTo(13);
		// Other tests add accounts to the shared database: look at the five demo ones
		// only.
		assertThat(this.jdbc.queryForList(
				"select u.username || ' ' || coalesce(a.code, '-') from user_account u "
						+ "left join agency a on a.id = u.agency_id "
						+ "where u.username in ('admin', 'planner', 'head', 'officer', 'leader') order by u.username",
				String.class))
			.containsExactly("admin -", "head STP", "leader UBND-TINH", "officer STP", "planner SNV");
	}

	@Test
	void demoDataCanBeLoadedAgainWithoutDuplicates() throws IOException {
		Integer agencies = this.jdbc.queryForObject("select count(*) from agency", Integer.class);
		Integer accounts = this.jdbc.queryForObject("select count(*) from user_account", Integer.class);

		this.jdbc.execute(script("db/demo/R__10_demo_agencies.sql"));
		this.jdbc.execute(script("db/demo/R__20_demo_users.sql"));

		assertThat(this.jdbc.queryForObject("select count(*) from agency", Integer.class)).isEqualTo(agencies);
		assertThat(this.jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(accounts);
	}

	@Test
	void usernamesAreUniqueWhateverTheirCase() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.update("insert into user_account (username, password_hash, full_name, role) "
							+ "values ('PLANNER', 'x', 'Trùng tên', 'OFFICER')"))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void searchFoldsDiacriticsCaseAndTheLetterD() {
		assertThat(this.jdbc.queryForObject("select search_fold('Sở Kế hoạch và Đầu tư')", String.class))
			.isEqualTo("so ke hoach va dau tu");
		assertThat(this.jdbc.queryForObject("select similarity(search_fold('Sở Nội vụ'), 'so noi vu')", Double.class))
			.isEqualTo(1.0);
	}

	private static String script(String path) throws IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
	}

}
