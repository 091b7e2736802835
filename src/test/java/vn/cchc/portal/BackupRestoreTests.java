package vn.cchc.portal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented backup and restore commands (bin/backup.sh, bin/restore.sh), run for
 * real: back up the test database, restore it into a new empty database, and find every
 * plan, task and account there; a restore over a database that has data is refused.
 * <p>
 * pg_dump must be of the server's major version or newer: on a machine with an older
 * client the test checks that backup.sh refuses with a clear message, then is skipped.
 */
@PortalWebTest
class BackupRestoreTests {

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password:}")
	String password;

	@Test
	void aBackupRestoresIntoAnEmptyDatabaseWithEveryPlanTaskAndAccount() throws Exception {
		Path backup = Files.createTempDirectory("cchc-backup").resolve("cchc.dump");
		int serverMajor = this.jdbc.queryForObject("select current_setting('server_version_num')::int / 10000",
				Integer.class);
		Result dumped = run(environment(database()), "bin/backup.sh", backup.toString());
		if (clientMajor() < serverMajor) {
			assertThat(dumped.exitCode()).isEqualTo(3);
			assertThat(dumped.output()).contains("cannot dump a PostgreSQL " + serverMajor + " server",
					"postgresql-client-" + serverMajor);
			Assumptions.abort("pg_dump " + clientMajor() + " is older than the test server (" + serverMajor
					+ "): install postgresql-client-" + serverMajor + " to run the round trip");
		}
		assertThat(dumped.exitCode()).as(dumped.output()).isZero();
		assertThat(backup).exists().isNotEmptyFile();

		String restored = "cchc_restore_" + System.nanoTime();
		this.jdbc.execute("create database " + restored);
		try {
			Result restore = run(environment(restored), "bin/restore.sh", backup.toString());
			assertThat(restore.exitCode()).as(restore.output()).isZero();
			JdbcTemplate copy = new JdbcTemplate(
					new SingleConnectionDataSource(this.url.replaceFirst("/[^/?]+(\\?|$)", "/" + restored + "$1"),
							this.username, this.password, true));
			for (String table : List.of("plan", "plan_task", "assignment", "user_account", "agency", "audit_event",
					"flyway_schema_history")) {
				String count = "select count(*) from " + table;
				assertThat(copy.queryForObject(count, Long.class)).as(table)
					.isPositive()
					.isLessThanOrEqualTo(this.jdbc.queryForObject(count, Long.class));
			}
			assertThat(copy.queryForList("select username from user_account", String.class)).contains("admin",
					"planner", "head", "officer", "leader");
			assertThat(copy.queryForList("select title from plan where parent_plan_id is null", String.class))
				.containsAll(this.jdbc.queryForList(
						"select title from plan where parent_plan_id is null and id <= (select min(id) + 1 from plan)",
						String.class));

			Result again = run(environment(restored), "bin/restore.sh", backup.toString());
			assertThat(again.exitCode()).as("never over a database that has data").isEqualTo(4);
			assertThat(again.output()).contains("is not empty");
		}
		finally {
			this.jdbc.execute("drop database if exists " + restored + " with (force)");
		}
	}

	private String database() {
		return URI.create(this.url.substring("jdbc:".length())).getPath().substring(1);
	}

	private Map<String, String> environment(String database) {
		URI uri = URI.create(this.url.substring("jdbc:".length()));
		return Map.of("PGHOST", uri.getHost(), "PGPORT", String.valueOf(uri.getPort()), "PGUSER", this.username,
				"PGPASSWORD", this.password, "PGDATABASE", database);
	}

	private static int clientMajor() throws IOException, InterruptedException {
		String version = run(Map.of(), "pg_dump", "--version").output();
		return Integer.parseInt(version.replaceAll("(?s).*?\\) ([0-9]+).*", "$1"));
	}

	private static Result run(Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	record Result(int exitCode, String output) {
	}

}
