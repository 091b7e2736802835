package vn.cchc.portal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import vn.cchc.portal.shared.devdb.EmbeddedDatabase;

/**
 * One real PostgreSQL for the whole test run, shared by every Spring context and slice: a
 * Testcontainers container where Docker is available, the embedded server where it is
 * not.
 * <p>
 * It starts before any test class and publishes itself through system properties, which
 * Spring Boot reads before it creates a data source. Set {@code CCHC_TEST_DB=embedded} or
 * {@code testcontainers} to choose.
 */
public class SharedPostgres implements LauncherSessionListener {

	private static final String POSTGRES_IMAGE = "postgres:18-alpine";

	private AutoCloseable server;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty("spring.datasource.url") != null) {
			return;
		}
		if (useTestcontainers()) {
			PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
			container.start();
			publish(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			this.server = container::stop;
		}
		else {
			EmbeddedDatabase database = EmbeddedDatabase.start(temporaryDirectory(), false);
			publish(database.jdbcUrl(), database.username(), "");
			this.server = database::stop;
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.server != null) {
			try {
				this.server.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not stop the test PostgreSQL", ex);
			}
		}
	}

	private static boolean useTestcontainers() {
		String choice = System.getenv().getOrDefault("CCHC_TEST_DB", "auto");
		return switch (choice) {
			case "embedded" -> false;
			case "testcontainers" -> true;
			default -> DockerClientFactory.instance().isDockerAvailable();
		};
	}

	private static void publish(String url, String username, String password) {
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", username);
		System.setProperty("spring.datasource.password", password);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("cchc-test-postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
