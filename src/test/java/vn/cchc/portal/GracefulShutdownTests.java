package vn.cchc.portal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import org.springframework.test.context.support.DirtiesContextTestExecutionListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cchc.portal.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the portal (SIGTERM: the context closes) with a request in flight: no new
 * connection is accepted, and the request finishes, database work included, before the
 * portal stops ({@code server.shutdown=graceful} in application.properties). A context of
 * its own, closed by the test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(GracefulShutdownTests.SlowPage.class)
// Only injection and the removal of the closed context from the cache: the other
// listeners would ask the cache to restart it after the test.
@TestExecutionListeners(
		listeners = { DependencyInjectionTestExecutionListener.class, DirtiesContextTestExecutionListener.class },
		mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
@DirtiesContext
class GracefulShutdownTests {

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext portal;

	@Test
	void aRequestInFlightFinishesWhileTheShutdownRefusesNewConnections() throws Exception {
		Browser admin = Browser.signedIn(this.port, "admin");
		CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture
			.supplyAsync(() -> admin.get("/test-only/slow"));
		assertThat(SlowPage.STARTED.await(30, TimeUnit.SECONDS)).as("the request reached the page").isTrue();

		Thread stopping = new Thread(this.portal::close, "stopping-the-portal");
		stopping.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (accepts(this.port)) {
			assertThat(System.nanoTime()).as("new connections refused once the shutdown began").isLessThan(deadline);
			Thread.sleep(20);
		}
		// Still running: the shutdown waits for the request.
		assertThat(stopping.isAlive()).isTrue();
		assertThat(inFlight).isNotDone();

		SlowPage.PROCEED.countDown();
		HttpResponse<String> finished = inFlight.get(30, TimeUnit.SECONDS);
		assertThat(finished.statusCode()).isEqualTo(200);
		assertThat(finished.body()).matches("finished, \\d+ plans");
		stopping.join(Duration.ofSeconds(30));
		assertThat(this.portal.isActive()).isFalse();
	}

	private static boolean accepts(int port) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			return true;
		}
		catch (ConnectException refused) {
			return false;
		}
	}

	/**
	 * A page that holds its request until the test lets it go, then reads the database.
	 */
	@TestConfiguration
	@RestController
	static class SlowPage {

		static final CountDownLatch STARTED = new CountDownLatch(1);

		static final CountDownLatch PROCEED = new CountDownLatch(1);

		private final JdbcClient jdbc;

		SlowPage(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/test-only/slow")
		String slow() throws InterruptedException {
			STARTED.countDown();
			PROCEED.await(60, TimeUnit.SECONDS);
			return "finished, " + this.jdbc.sql("select count(*) from plan").query(Long.class).single() + " plans";
		}

	}

}
