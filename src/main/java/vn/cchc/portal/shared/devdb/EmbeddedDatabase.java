package vn.cchc.portal.shared.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run from the binaries on the classpath, with its data in a
 * directory that outlives the process. Kept apart from the post-processor so that class
 * loads only when the binaries are present.
 */
public final class EmbeddedDatabase {

	static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a server on a free port. PostgreSQL refuses to run as root; the embedded
	 * binaries then run it in a user namespace ({@code unshare -U}), which works for root
	 * and for others.
	 * @param dataDirectory where the cluster lives; created on first start, reused
	 * afterwards
	 * @param keepData whether the data survive {@link #stop()}
	 */
	public static EmbeddedDatabase start(Path dataDirectory, boolean keepData) {
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(!keepData)
				// The owner stops it in order (after the connection pool), not a racing
				// JVM hook.
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
				.start();
			return new EmbeddedDatabase(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	static EmbeddedDatabase start(Path dataDirectory) {
		return start(dataDirectory, true);
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, "postgres");
	}

	public String username() {
		return USER;
	}

	public void stop() throws IOException {
		this.postgres.close();
	}

}
