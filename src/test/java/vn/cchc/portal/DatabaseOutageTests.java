package vn.cchc.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.cchc.portal.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped while the portal runs, then started again: meanwhile every request
 * fails fast with the friendly 503 page, and afterwards the portal works again by itself,
 * without a restart. (Stopping the portal with a request in flight:
 * GracefulShutdownTests.)
 * <p>
 * A portal of its own on a PostgreSQL of its own: the shared test database is never
 * stopped, so the other tests are not disturbed.
 */
class DatabaseOutageTests {

	private static final String PASSWORD = "Outage-Test-Password-2026";

	private Path directory;

	private int databasePort;

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext portal;

	@AfterEach
	void stopEverything() throws IOException {
		if (this.portal != null) {
			this.portal.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void duringAnOutageRequestsFailFastWithTheFriendlyPageAndThePortalRecoversByItself() throws Exception {
		this.directory = Files.createTempDirectory("cchc-outage-postgres");
		this.databasePort = freePort();
		startDatabase();
		int port = startPortal();

		Browser admin = new Browser(port);
		assertThat(admin.login("admin", PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/");
		assertThat(admin.get("/account/password").statusCode()).isEqualTo(200);
		assertThat(admin.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");

		this.postgres.close();
		this.postgres = null;
		long started = System.nanoTime();
		HttpResponse<String> page = admin.get("/account/password");
		long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Hệ thống tạm thời không truy cập được cơ sở dữ liệu")
			.doesNotContain("Exception", "PSQL", "HikariPool", "Connection refused");
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(waitedMillis).as("fails fast (connection timeout 1 s here)").isLessThan(8000);

		HttpResponse<String> signIn = new Browser(port).login("admin", PASSWORD);
		assertThat(signIn.statusCode()).as("signing in needs the database too").isEqualTo(503);
		HttpResponse<String> api = new Browser(port).api("/api/v1/domains", "admin", PASSWORD);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.body()).doesNotContain("Exception", "PSQL");
		assertThat(new Browser(port).get("/actuator/health/readiness").statusCode())
			.as("load balancers stop sending traffic")
			.isEqualTo(503);
		assertThat(new Browser(port).get("/actuator/health/liveness").statusCode()).as("but nobody restarts the portal")
			.isEqualTo(200);

		startDatabase();
		HttpResponse<String> back = admin.get("/account/password");
		for (int attempt = 0; attempt < 20 && back.statusCode() != 200; attempt++) {
			Thread.sleep(500);
			back = admin.get("/account/password");
		}
		assertThat(back.statusCode()).as("recovered without a restart, still signed in").isEqualTo(200);
		assertThat(new Browser(port).get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

	private void startDatabase() throws IOException {
		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.directory)
			.setCleanDataDirectory(false)
			.setPort(this.databasePort)
			.setRegisterShutdownHook(false)
			.start();
	}

	private int startPortal() {
		this.portal = new SpringApplicationBuilder(CchcPortalApplication.class).run(
				"--spring.datasource.url=jdbc:postgresql://localhost:" + this.databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.connection-timeout=1000", "--server.port=0",
				"--cchc.admin.password=" + PASSWORD, "--spring.jmx.enabled=false",
				// No demo data: a new installation, with the administrator created at
				// start.
				"--spring.profiles.active=production");
		return ((WebServerApplicationContext) this.portal).getWebServer().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
