package vn.cchc.portal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.cchc.portal.progress.ReportingFixture;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The documented backup and restore (bin/backup.sh, bin/restore.sh), run for real on the
 * test server, which runs production's PostgreSQL major version (docker-compose.yml): the
 * portal's own pages make a plan with tasks, progress updates and evidence files (their
 * bodies stored in the database), the whole test database is backed up, restored into a
 * new empty database, and the copy must hold every table with the same rows, every
 * evidence body byte for byte and every sequence where it was.
 * <p>
 * The scripts need pg_dump, pg_restore and psql of that major version (or newer):
 * {@code .ci/postgresql-client.sh 18} provides them where the distribution does not (it
 * builds them once into ~/.cache/cchc-portal). Without them the test is skipped, except
 * in CI ({@code CI=true}) or with {@code -Dcchc.backup.required=true}, where it fails.
 */
@PortalWebTest
class BackupRestoreTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password:}")
	String password;

	@Test
	void theBackupRestoresEveryTableRowAndEveryEvidenceBodyIntoAnEmptyDatabase() throws Exception {
		Path client = client();
		Staged staged = stage();
		Server server = server();
		JdbcTemplate source = server.jdbc(server.database());

		Path backup = Files.createTempDirectory("cchc-backup").resolve("cchc.dump");
		Contents before = Contents.of(source);
		Result dumped = run(server.environment(server.database(), client), "bin/backup.sh", backup.toString());
		assertThat(dumped.exitCode()).as(dumped.output()).isZero();
		assertThat(dumped.output().strip()).isEqualTo(backup.toString());
		assertThat(Contents.of(source)).as("nothing wrote to the database while it was backed up").isEqualTo(before);
		assertThat(before.rows().keySet()).as("the portal's tables")
			.contains("public.plan", "public.plan_task", "public.assignment", "public.progress_update",
					"public.evidence", "public.evidence_file", "public.user_account", "public.audit_event",
					"public.flyway_schema_history");
		assertThat(before.evidenceDigests()).containsKeys(staged.evidence().keySet().toArray(Long[]::new));

		String restored = "cchc_restore_" + System.nanoTime();
		source.execute("create database " + restored);
		JdbcTemplate copy = server.jdbc(restored);
		try {
			Result restore = run(server.environment(restored, client), "bin/restore.sh", backup.toString());
			assertThat(restore.exitCode()).as(restore.output()).isZero();

			Contents after = Contents.of(copy);
			sameContents(before, after);
			for (Map.Entry<Long, byte[]> uploaded : staged.evidence().entrySet()) {
				assertThat(after.evidenceDigests().get(uploaded.getKey())).as("evidence %s", uploaded.getKey())
					.isEqualTo(sha256(uploaded.getValue()));
			}
			assertThat(copy.queryForObject("select sha256 from evidence where id = ?", String.class, staged.largest()))
				.isEqualTo(sha256(staged.evidence().get(staged.largest())));
			sameBytes(body(copy, staged.largest()), staged.evidence().get(staged.largest()));
			assertThat(
					copy.queryForObject(
							"select count(*) from progress_update u join assignment a on "
									+ "a.id = u.assignment_id where a.agency_id in (?, ?)",
							Long.class, staged.agencies()))
				.isEqualTo(4);
			assertThat(copy.queryForObject("select title from plan where title = ?", String.class, staged.plan()))
				.isEqualTo(staged.plan());

			// The checks see a copy that lost something: one byte of a body, one body.
			copy.update(
					"update evidence_file set content = set_byte(content, 1000, (get_byte(content, 1000) + 1) % 256)"
							+ " where evidence_id = ?",
					staged.largest());
			assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> sameContents(before, Contents.of(copy)))
				.withMessageContaining("evidence bodies that differ")
				.withMessageContaining(
						staged.largest() + ": " + sha256(staged.evidence().get(staged.largest())) + " → ");
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> sameBytes(body(copy, staged.largest()), staged.evidence().get(staged.largest())))
				.withMessageContaining("first different byte at offset 1000");
			copy.update("delete from evidence_file where evidence_id = ?", staged.smallest());
			assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> sameContents(before, Contents.of(copy)))
				.withMessageContaining("public.evidence_file: " + before.rows().get("public.evidence_file") + " → "
						+ (before.rows().get("public.evidence_file") - 1));

			Result again = run(server.environment(restored, client), "bin/restore.sh", backup.toString());
			assertThat(again.exitCode()).as("never over a database that has data").isEqualTo(4);
			assertThat(again.output()).contains("is not empty");
		}
		finally {
			((SingleConnectionDataSource) copy.getDataSource()).destroy();
			source.execute("drop database if exists " + restored + " with (force)");
			((SingleConnectionDataSource) source.getDataSource()).destroy();
		}
	}

	@Test
	void theBackupRefusesAPgDumpOlderThanTheServer() throws Exception {
		Path client = client();
		Path older = Files.createTempDirectory("cchc-old-pg-dump");
		Path pgDump = Files.writeString(older.resolve("pg_dump"), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 17.6'\n");
		assertThat(pgDump.toFile().setExecutable(true)).isTrue();
		Server server = server();
		Map<String, String> environment = new LinkedHashMap<>(server.environment(server.database(), client));
		environment.put("PATH", older + ":" + environment.get("PATH"));

		Result refused = run(environment, "bin/backup.sh", older.resolve("refused.dump").toString());

		assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
		assertThat(refused.output()).contains("pg_dump 17 cannot dump a PostgreSQL " + productionMajor() + " server",
				"postgresql-client-" + productionMajor());
		assertThat(older.resolve("refused.dump")).doesNotExist();
		assertThat(older.resolve("refused.dump.partial")).doesNotExist();
	}

	/**
	 * What the portal's own pages make: two new agencies, an issued plan with two tasks,
	 * four progress updates, a delivered product, and three evidence files, the largest 3
	 * MiB of every byte value.
	 */
	private Staged stage() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.BACKUP);
		String plan = "KH báo cáo " + f.tag;
		f.plan("a)", "Rà soát thủ tục hành chính " + f.tag, f.agencyName(f.agencyA), f.agencyName(f.agencyB),
				"Quý I/" + f.year, "b)", "Số hóa hồ sơ " + f.tag, f.agencyName(f.agencyB), "", "Thường xuyên");
		long a1 = f.assignment("a)", f.agencyA);
		long b1 = f.assignment("a)", f.agencyB);
		long b2 = f.assignment("b)", f.agencyB);

		Browser officerA = f.signedIn("officerA");
		String taskA = "/my-tasks/" + a1;
		progress(officerA, taskA, "IN_PROGRESS", 40, "Đã rà soát 20 thủ tục", 0);
		progress(officerA, taskA, "IN_PROGRESS", 70, "Đã rà soát 35 thủ tục, công bố 12", 1);
		assertThat(officerA
			.submit(taskA, taskA + "/products", Map.of("product", "Quyết định công bố TTHC", "documentNumber",
					"15/QĐ-UBND", "documentDate", f.year + "-03-01"))
			.statusCode()).isEqualTo(302);
		Browser officerB = f.signedIn("officerB");
		progress(officerB, "/my-tasks/" + b1, "IN_PROGRESS", 30, "Beta góp ý 12 thủ tục", 0);
		progress(officerB, "/my-tasks/" + b2, "DONE_ON_TIME", 100, "Đã số hóa 1.200 hồ sơ", 0);

		byte[] large = new byte[3 * 1024 * 1024];
		new Random(f.tag.hashCode()).nextBytes(large);
		for (int i = 0; i < 256; i++) {
			large[PDF.length + i] = (byte) i;
		}
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		byte[] png = Arrays.copyOf(PNG_SIGNATURE, 4096);
		Arrays.fill(png, PNG_SIGNATURE.length, png.length, (byte) 0);
		Map<Long, byte[]> evidence = new LinkedHashMap<>();
		evidence.put(upload(officerA, a1, "Quyết định 12.pdf", PDF, Map.of("title", "Kế hoạch rà soát",
				"documentNumber", "12/QĐ-SAL", "documentDate", f.year + "-02-01", "issuer", "Sở Alpha")), PDF);
		evidence.put(upload(officerA, a1, "Báo cáo quý I.pdf", large, Map.of("title", "Báo cáo kết quả")), large);
		evidence.put(upload(officerB, b2, "anh-chup.png", png, Map.of()), png);
		return new Staged(plan, new Long[] { f.agencyA, f.agencyB }, evidence);
	}

	private static void progress(Browser officer, String task, String status, int percent, String results,
			int basedOn) {
		assertThat(officer
			.submit(task, task, Map.of("status", status, "percent", String.valueOf(percent), "results", results,
					"basedOn", String.valueOf(basedOn)))
			.statusCode()).isEqualTo(302);
	}

	private long upload(Browser officer, long assignment, String fileName, byte[] content,
			Map<String, String> metadata) {
		String task = "/my-tasks/" + assignment;
		assertThat(officer.upload(task + "/evidence", "file", fileName, content, metadata, officer.csrfTokenOf(task))
			.statusCode()).as(fileName).isEqualTo(302);
		return this.jdbc.queryForObject(
				"select id from evidence where assignment_id = ? and file_name = ? order by id desc limit 1",
				Long.class, assignment, fileName);
	}

	record Staged(String plan, Long[] agencies, Map<Long, byte[]> evidence) {

		long largest() {
			return this.evidence.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.length, b.length)))
				.orElseThrow()
				.getKey();
		}

		long smallest() {
			return this.evidence.entrySet()
				.stream()
				.min(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.length, b.length)))
				.orElseThrow()
				.getKey();
		}

	}

	/**
	 * What a database holds, table by table: rows, a digest of their contents, the
	 * sequences' positions, and the SHA-256 of every evidence body.
	 */
	record Contents(Map<String, Long> rows, Map<String, String> tableDigests, Map<String, Long> sequences,
			Map<Long, String> evidenceDigests) {

		static Contents of(JdbcTemplate database) {
			Map<String, Long> rows = new TreeMap<>();
			Map<String, String> digests = new TreeMap<>();
			for (String table : database
				.queryForList("select quote_ident(table_schema) || '.' || quote_ident(table_name)"
						+ " from information_schema.tables where table_type = 'BASE TABLE'"
						+ " and table_schema not in ('pg_catalog', 'information_schema')", String.class)) {
				Map<String, Object> row = database
					.queryForMap("select count(*) as rows, md5(coalesce(string_agg(md5(t::text),"
							+ " ',' order by md5(t::text)), '')) as digest from " + table + " t");
				rows.put(table, ((Number) row.get("rows")).longValue());
				digests.put(table, (String) row.get("digest"));
			}
			Map<String, Long> sequences = new TreeMap<>();
			database.query("select schemaname || '.' || sequencename, last_value from pg_sequences",
					(RowCallbackHandler) (result) -> sequences.put(result.getString(1), result.getLong(2)));
			Map<Long, String> evidence = new TreeMap<>();
			database.query("select evidence_id, encode(sha256(content), 'hex') from evidence_file",
					(RowCallbackHandler) (result) -> evidence.put(result.getLong(1), result.getString(2)));
			return new Contents(rows, digests, sequences, evidence);
		}

	}

	/** The copy holds what the original held: failures name what differs. */
	private static void sameContents(Contents original, Contents copy) {
		assertThat(new TreeSet<>(copy.rows().keySet())).as("tables").isEqualTo(new TreeSet<>(original.rows().keySet()));
		assertThat(differences(original.rows(), copy.rows())).as("tables whose row count differs (original → copy)")
			.isEmpty();
		assertThat(differences(original.evidenceDigests(), copy.evidenceDigests()))
			.as("evidence bodies that differ (evidence id: SHA-256 of the original → of the copy)")
			.isEmpty();
		assertThat(differences(original.tableDigests(), copy.tableDigests()))
			.as("tables whose rows differ (digest of the original → of the copy)")
			.isEmpty();
		assertThat(differences(original.sequences(), copy.sequences()))
			.as("sequences not where they were (original → copy)")
			.isEmpty();
	}

	/** "key: original → copy" for each key whose value differs. */
	private static <K, V> List<String> differences(Map<K, V> original, Map<K, V> copy) {
		return Stream.concat(original.keySet().stream(), copy.keySet().stream())
			.distinct()
			.filter((key) -> original.get(key) == null || !original.get(key).equals(copy.get(key)))
			.map((key) -> key + ": " + original.get(key) + " → " + copy.get(key))
			.toList();
	}

	private static void sameBytes(byte[] copy, byte[] original) {
		int mismatch = Arrays.mismatch(copy, original);
		Assertions.assertEquals(-1, mismatch,
				() -> "the restored body (%d bytes) differs from the uploaded one (%d bytes): first different byte at offset %d"
					.formatted(copy.length, original.length, mismatch));
	}

	private static byte[] body(JdbcTemplate database, long evidence) {
		return database.queryForObject("select content from evidence_file where evidence_id = ?", byte[].class,
				evidence);
	}

	private static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/**
	 * Where pg_dump, pg_restore and psql of production's major version are, else the test
	 * is skipped (outside CI) or fails (in CI).
	 */
	private Path client() throws Exception {
		int production = productionMajor();
		assertThat(serverMajor(this.jdbc)).as("the test server runs production's PostgreSQL (docker-compose.yml)")
			.isEqualTo(production);
		Optional<Path> client = findClient(production);
		String missing = "BackupRestoreTests needs pg_dump, pg_restore and psql " + production
				+ ": install postgresql-client-" + production + " or run .ci/postgresql-client.sh " + production
				+ " (builds them into ~/.cache/cchc-portal; .ci/run does it)";
		boolean required = Boolean.getBoolean("cchc.backup.required") || "true".equalsIgnoreCase(System.getenv("CI"));
		if (client.isEmpty() && required) {
			Assertions.fail(missing);
		}
		Assumptions.assumeTrue(client.isPresent(), missing);
		return client.get();
	}

	/**
	 * The first directory holding the three with a pg_dump of that major version or
	 * newer: a distribution's package, the build of .ci/postgresql-client.sh, or the
	 * PATH.
	 */
	private static Optional<Path> findClient(int major) throws IOException, InterruptedException {
		String cache = Optional.ofNullable(System.getenv("XDG_CACHE_HOME"))
			.orElse(System.getProperty("user.home") + "/.cache");
		List<Path> candidates = new ArrayList<>();
		candidates.add(Path.of("/usr/lib/postgresql", String.valueOf(major), "bin"));
		candidates.add(Path.of(cache, "cchc-portal", "postgresql-client-" + major, "bin"));
		for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (!directory.isEmpty()) {
				candidates.add(Path.of(directory));
			}
		}
		for (Path directory : candidates) {
			if (Stream.of("pg_dump", "pg_restore", "psql")
				.allMatch((tool) -> Files.isExecutable(directory.resolve(tool))) && clientMajor(directory) >= major) {
				return Optional.of(directory);
			}
		}
		return Optional.empty();
	}

	private static int clientMajor(Path directory) throws IOException, InterruptedException {
		Matcher version = Pattern.compile("\\(PostgreSQL\\) ([0-9]+)")
			.matcher(run(Map.of(), directory.resolve("pg_dump").toString(), "--version").output());
		return version.find() ? Integer.parseInt(version.group(1)) : 0;
	}

	/** The major version of production's PostgreSQL: docker-compose.yml's image. */
	private static int productionMajor() throws IOException {
		Matcher image = Pattern.compile("image: postgres:([0-9]+)")
			.matcher(Files.readString(Path.of("docker-compose.yml")));
		assertThat(image.find()).as("docker-compose.yml names a postgres:<major> image").isTrue();
		return Integer.parseInt(image.group(1));
	}

	private static int serverMajor(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class);
	}

	private Server server() {
		URI shared = URI.create(this.url.substring("jdbc:".length()));
		return new Server(shared.getHost(), shared.getPort(), this.username, this.password,
				shared.getPath().substring(1));
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

		JdbcTemplate jdbc(String name) {
			return new JdbcTemplate(new SingleConnectionDataSource(
					"jdbc:postgresql://" + this.host + ":" + this.port + "/" + name, this.user, this.password, true));
		}

		/** The scripts' environment: the client's directory first on the PATH. */
		Map<String, String> environment(String name, Path client) {
			return Map.of("PATH", client + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "PGHOST",
					this.host, "PGPORT", String.valueOf(this.port), "PGUSER", this.user, "PGPASSWORD", this.password,
					"PGDATABASE", name);
		}

	}

}
