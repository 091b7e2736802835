package vn.cchc.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring: health and its liveness and readiness groups are open to probes; metrics
 * (for Prometheus) and the rest of Actuator are for administrators, signed in or with
 * HTTP Basic under the same sign-in throttle.
 */
@PortalWebTest
class ActuatorTests {

	@LocalServerPort
	int port;

	@Test
	void healthAndItsProbesAreOpenAndSayNothingMore() {
		Browser anonymous = new Browser(this.port);
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = anonymous.api(path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("postgres", "jdbc");
		}
	}

	@Test
	void prometheusMetricsAreForAdministratorsOnly() throws Exception {
		HttpResponse<String> scraped = scrape("admin:cchc-demo");
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
				"http_server_requests_seconds", "application=\"cchc-portal\"");

		assertThat(scrape(null).statusCode()).isEqualTo(401);
		assertThat(scrape("officer:cchc-demo").statusCode()).isEqualTo(403);
		assertThat(new Browser(this.port).api("/actuator/metrics", "planner", "cchc-demo").statusCode()).isEqualTo(403);
		assertThat(scrape("admin:wrong-password").statusCode()).isEqualTo(401);
		// A signed-in administrator's browser too.
		assertThat(Browser.signedIn(this.port, "admin").get("/actuator/metrics").statusCode()).isEqualTo(200);
	}

	/** Asks for the metrics as Prometheus does: plain text, HTTP Basic. */
	private HttpResponse<String> scrape(String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
			.header("Accept", "text/plain;version=0.0.4;q=0.3,*/*;q=0.2");
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
