package vn.cchc.portal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark data generator at scale 0.01, in a database of its own on the test server
 * (the shared one holds the other tests' data): the counts are in proportion, the rows
 * hold together the way the application reads them, and the accounts can sign in.
 */
class BenchDataTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final String DATABASE = "bench_data_tests";

	private static Connection connection;

	private static BenchData.Summary summary;

	@BeforeAll
	static void generate() throws Exception {
		String url = System.getProperty("spring.datasource.url");
		String user = System.getProperty("spring.datasource.username");
		String password = System.getProperty("spring.datasource.password");
		try (Connection admin = DriverManager.getConnection(url, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		String benchUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
		BenchData.migrate(benchUrl, user, password);
		connection = DriverManager.getConnection(benchUrl, user, password);
		summary = BenchData.generate(connection, 0.01, TODAY);
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		connection.close();
		try (Connection admin = DriverManager.getConnection(System.getProperty("spring.datasource.url"),
				System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
		}
	}

	@Test
	void countsAreInProportionToTheScale() {
		Map<String, Long> rows = summary.rows();
		assertThat(rows.get("plan")).as("a province plan and a plan per agency, ten years").isBetween(200L, 1000L);
		assertThat(rows.get("plan_task")).isBetween(400L, 1_000L);
		// Groups ("các sở, ban ngành; UBND cấp huyện") have as many members at every
		// scale.
		assertThat(rows.get("assignment")).isBetween(1_500L, 5_000L);
		assertThat(rows.get("progress_update")).isBetween(10_000L, 40_000L);
		assertThat(rows.get("evidence")).isBetween(1_500L, 2_600L).isEqualTo(rows.get("evidence_file"));
		assertThat(rows.get("audit_event")).isGreaterThan(rows.get("progress_update"));
		assertThat(rows.get("agency_report")).isPositive();
		assertThat(rows.get("user_account")).isGreaterThanOrEqualTo(60L);
	}

	@Test
	void theReorganisationOf2025IsRecorded() throws SQLException {
		assertThat(count("select count(*) from agency where kind = 'DISTRICT_COMMITTEE' and valid_to = '2025-07-01'"))
			.isEqualTo(13);
		assertThat(count("select count(*) from agency_event where type = 'MERGE'")).isGreaterThan(6);
		assertThat(count("select count(*) from assignment where moved_by_event_id is not null and active"))
			.as("work moved to the successors in 2025")
			.isPositive();
		assertThat(count("select count(*) from assignment a join agency g on g.id = a.agency_id "
				+ "join plan_task t on t.id = a.task_id join plan p on p.id = t.plan_id "
				+ "where a.active and p.plan_year = 2026 and g.valid_to is not null"))
			.as("no active 2026 work for an agency that no longer exists")
			.isZero();
	}

	@Test
	void progressRowsMatchTheirUpdates() throws SQLException {
		assertThat(
				count("select count(*) from assignment_progress s join progress_update u on u.id = s.latest_update_id "
						+ "where u.assignment_id <> s.assignment_id or u.period_id <> s.period_id or u.status <> s.status "
						+ "or u.percent <> s.percent"))
			.isZero();
		assertThat(count("select count(*) from assignment_progress s where s.revision <> (select count(*) "
				+ "from progress_update u where u.assignment_id = s.assignment_id and u.period_id = s.period_id)"))
			.isZero();
		assertThat(count("select count(*) from (select distinct assignment_id, period_id from progress_update) u "
				+ "where not exists (select 1 from assignment_progress s "
				+ "where s.assignment_id = u.assignment_id and s.period_id = u.period_id)"))
			.isZero();
		assertThat(count("select count(*) from assignment_progress s join assignment a on a.id = s.assignment_id "
				+ "join agency g on g.id = a.agency_id "
				+ "where s.agency_id <> (case when g.kind = 'INTERNAL_UNIT' then g.parent_id else g.id end)"))
			.as("a unit's work is reported by its agency")
			.isZero();
		assertThat(count("select count(*) from evidence e join evidence_file f on f.evidence_id = e.id "
				+ "where length(f.content) <> e.size_bytes or encode(sha256(f.content), 'hex') <> e.sha256"))
			.isZero();
	}

	@Test
	void theCurrentYearIsBeingReported() throws SQLException {
		assertThat(count("select count(*) from reporting_period where status = 'OPEN'")).isEqualTo(1);
		assertThat(count("select count(*) from reporting_period where status = 'OPEN' and plan_year = 2026 "
				+ "and kind = 'YEAR'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from plan where status = 'ISSUED' and plan_year = 2026")).isPositive();
		assertThat(count("select count(*) from plan where status <> 'CLOSED' and plan_year < 2026")).isZero();
		assertThat(count("select count(*) from agency_report r join reporting_period p on p.id = r.period_id "
				+ "where p.status = 'OPEN'"))
			.as("nothing is frozen in the open period")
			.isZero();
		assertThat(count("select count(*) from plan_task where deadline_kind is null")).isZero();
	}

	@Test
	void everyAccountSignsInWithTheBenchmarkPassword() throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select password_hash from user_account where username = 'head.stp' and enabled")) {
			assertThat(rs.next()).isTrue();
			assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
				.matches(BenchData.PASSWORD, rs.getString(1))).isTrue();
		}
		assertThat(count("select count(distinct password_hash) from user_account")).isEqualTo(1);
	}

	@Test
	void refusesADatabaseThatHoldsData() {
		assertThatThrownBy(() -> BenchData.generate(connection, 0.01, TODAY)).isInstanceOf(IllegalStateException.class);
	}

	private static long count(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
