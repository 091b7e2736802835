package vn.cchc.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
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
 * real: back up a portal database, restore it into a new empty database, and find every
 * plan, account and agency there; a restore over a database that has data is refused.
 * <p>
 * pg_dump must be of the server's major version or newer. Where the installed client is
 * older than the test server, backup.sh must refuse clearly, and the round trip runs on a
 * scratch server of the client's version instead (Debian's postgresql-&lt;major&gt;
 * package), migrated by Flyway with the demo data. Without either, the test is skipped.
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

	private Path scratch;

	@Test
	void aBackupRestoresIntoAnEmptyDatabaseWithEveryPlanAccountAndAgency() throws Exception {
		URI shared = URI.create(this.url.substring("jdbc:".length()));
		Server server = new Server(shared.getHost(), shared.getPort(), this.username, this.password,
				shared.getPath().substring(1));
		int serverMajor = majorOf(this.jdbc);
		int clientMajor = clientMajor();
		if (clientMajor < serverMajor) {
			Result refused = run(server.environment(server.database()), "bin/backup.sh",
					Files.createTempFile("refused", ".dump").toString());
			assertThat(refused.exitCode()).isEqualTo(3);
			assertThat(refused.output()).contains("cannot dump a PostgreSQL " + serverMajor + " server",
					"postgresql-client-" + serverMajor);
			Path binaries = Path.of("/usr/lib/postgresql/" + clientMajor + "/bin");
			Assumptions.assumeTrue(Files.isExecutable(binaries.resolve("postgres")),
					"pg_dump " + clientMajor + " is older than the test server (" + serverMajor + "): install "
							+ "postgresql-client-" + serverMajor + " or postgresql-" + clientMajor);
			server = startScratchServer(binaries);
		}
		roundTrip(server);
	}

	private void roundTrip(Server server) throws Exception {
		JdbcTemplate source = server.jdbc(server.database());
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("plan", "user_account", "agency", "plan_task", "assignment", "audit_event",
				"flyway_schema_history")) {
			counts.put(table, source.queryForObject("select count(*) from " + table, Long.class));
		}
		assertThat(counts.get("plan")).isPositive();
		List<String> titles = source.queryForList("select title from plan order by id", String.class);

		Path backup = Files.createTempDirectory("cchc-backup").resolve("cchc.dump");
		Result dumped = run(server.environment(server.database()), "bin/backup.sh", backup.toString());
		assertThat(dumped.exitCode()).as(dumped.output()).isZero();
		assertThat(dumped.output().strip()).isEqualTo(backup.toString());
		assertThat(backup).isNotEmptyFile();

		String restored = "cchc_restore_" + System.nanoTime();
		source.execute("create database " + restored);
		try {
			Result restore = run(server.environment(restored), "bin/restore.sh", backup.toString());
			assertThat(restore.exitCode()).as(restore.output()).isZero();
			JdbcTemplate copy = server.jdbc(restored);
			counts
				.forEach((table, count) -> assertThat(copy.queryForObject("select count(*) from " + table, Long.class))
					.as(table)
					.isEqualTo(count));
			assertThat(copy.queryForList("select title from plan order by id", String.class)).isEqualTo(titles);
			assertThat(copy.queryForList("select username from user_account", String.class)).contains("admin",
					"planner", "head", "officer", "leader");
			((SingleConnectionDataSource) copy.getDataSource()).destroy();

			Result again = run(server.environment(restored), "bin/restore.sh", backup.toString());
			assertThat(again.exitCode()).as("never over a database that has data").isEqualTo(4);
			assertThat(again.output()).contains("is not empty");
		}
		finally {
			source.execute("drop database if exists " + restored + " with (force)");
			((SingleConnectionDataSource) source.getDataSource()).destroy();
		}
	}

	/**
	 * A PostgreSQL of the client's version in a temporary directory, with the portal's
	 * schema, the demo agencies and accounts, and one plan.
	 */
	private Server startScratchServer(Path binaries) throws Exception {
		this.scratch = Files.createTempDirectory("cchc-backup-postgres");
		int port = freePort();
		Result initdb = run(Map.of(),
				asServerUser(binaries.resolve("initdb").toString(), "-D", this.scratch.resolve("data").toString(), "-U",
						"postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
		assertThat(initdb.exitCode()).as(initdb.output()).isZero();
		Result started = run(Map.of(),
				asServerUser(binaries.resolve("pg_ctl").toString(), "-D", this.scratch.resolve("data").toString(), "-o",
						"-p " + port + " -k " + this.scratch + " -c listen_addresses=localhost", "-l",
						this.scratch.resolve("log").toString(), "-w", "start"));
		assertThat(started.exitCode()).as(started.output()).isZero();
		Server server = new Server("localhost", port, "postgres", "", "postgres");
		Flyway.configure()
			.dataSource(server.jdbcUrl("postgres"), "postgres", "")
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();
		server.jdbc("postgres")
			.update("insert into plan (plan_year, owner_agency_id, title, status) "
					+ "values (2025, (select min(id) from agency), 'Kế hoạch CCHC năm 2025 (sao lưu thử)', 'ISSUED')");
		return server;
	}

	@AfterEach
	void stopScratchServer() throws Exception {
		if (this.scratch != null) {
			run(Map.of(), asServerUser("/usr/lib/postgresql/" + clientMajor() + "/bin/pg_ctl", "-D",
					this.scratch.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
		}
	}

	/**
	 * PostgreSQL refuses to run as root: then in a user namespace, as the embedded one.
	 */
	private static String[] asServerUser(String... command) {
		if (!"root".equals(System.getProperty("user.name"))) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("unshare", "-U"));
		wrapped.addAll(List.of(command));
		return wrapped.toArray(String[]::new);
	}

	private static int majorOf(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class);
	}

	private static int clientMajor() throws IOException, InterruptedException {
		String version = run(Map.of(), "pg_dump", "--version").output();
		return Integer.parseInt(version.replaceAll("(?s).*?\\) ([0-9]+).*", "$1"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Result run(Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	record Result(int exitCode, String output) {
	}

	/** Where a portal database lives, for JDBC and for the scripts' libpq variables. */
	record Server(String host, int port, String user, String password, String database) {

		String jdbcUrl(String name) {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + name;
		}

		JdbcTemplate jdbc(String name) {
			return new JdbcTemplate(new SingleConnectionDataSource(jdbcUrl(name), this.user, this.password, true));
		}

		Map<String, String> environment(String name) {
			return Map.of("PGHOST", this.host, "PGPORT", String.valueOf(this.port), "PGUSER", this.user, "PGPASSWORD",
					this.password, "PGDATABASE", name);
		}

	}

}
