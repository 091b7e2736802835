package vn.cchc.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Security headers on every kind of answer (pages, error pages, assets), HSTS once the
 * portal is reached over https, templates with nothing the Content-Security-Policy would
 * have to allow, and errors provoked on purpose that tell nothing about their cause.
 */
@PortalWebTest
class HeadersAndErrorsTests {

	/** What an answer must never show: stack traces, exception names, SQL. */
	private static final List<String> LEAKS = List.of("Exception", "at vn.cchc", "at org.", "secret", "no_such_table",
			"select ", "SQL", "trace", "java.");

	@LocalServerPort
	int port;

	@Test
	void everyKindOfAnswerCarriesTheSecurityHeaders() {
		Browser officer = Browser.signedIn(this.port, "officer");
		assertSoftly((softly) -> {
			for (String path : List.of("/", "/plans", "/no-such-page", "/admin/users", "/test-only/failure",
					"/css/app.css", "/login?error")) {
				HttpResponse<String> response = officer.get(path);
				String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
				softly.assertThat(policy)
					.as(path)
					.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
							"base-uri 'self'", "form-action 'self'")
					.doesNotContain("unsafe-inline", "unsafe-eval", "*");
				softly.assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
				softly.assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
				softly.assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
				softly.assertThat(response.headers().firstValue("Strict-Transport-Security"))
					.as("no HSTS over plain http: %s", path)
					.isEmpty();
			}
		});
		HttpResponse<String> api = new Browser(this.port).api("/api/v1/domains", "officer", "cchc-demo");
		assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(api.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

	@Test
	void overHttpsBehindTheProxyBrowsersAreToldToStayOnHttps() throws Exception {
		// The reverse proxy terminates TLS and says so; Tomcat trusts it on a private
		// address (server.forward-headers-strategy=native).
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
	}

	/**
	 * Every template, today's and tomorrow's: no inline script, no event handler
	 * attribute, no javascript: link, no inline style, and no unescaped output
	 * ({@code th:utext}), so whatever a user typed is shown as text.
	 */
	@Test
	void noTemplateNeedsAnythingThePolicyForbidsOrPrintsUnescapedText() throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
		assertThat(templates).hasSizeGreaterThan(20);
		assertSoftly((softly) -> {
			for (Path template : templates) {
				String html = readString(template);
				softly.assertThat(html)
					.as(template.toString())
					.doesNotContainPattern("<script(?![^>]*\\b(th:)?src=)[^>]*>")
					.doesNotContainPattern("\\s(th:)?on[a-z]+=\"")
					.doesNotContainPattern("(?i)javascript:")
					.doesNotContain(" style=\"", "th:style=", "th:utext", "data-th-utext", "[(${");
			}
		});
	}

	@Test
	void aFailingPageShowsTheFriendlyPageAndNothingOfTheCause() {
		Browser officer = Browser.signedIn(this.port, "officer");
		for (String path : List.of("/test-only/failure", "/test-only/sql-failure")) {
			HttpResponse<String> response = officer.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(500);
			assertThat(response.body()).as(path).contains("Hệ thống đang gặp sự cố");
			assertNoLeak(path, response.body());
		}
		// A malformed id is a 400 page, not a conversion error.
		HttpResponse<String> badId = officer.get("/plans/abc'--");
		assertThat(badId.statusCode()).isEqualTo(400);
		assertNoLeak("/plans/abc'--", badId.body());
	}

	@Test
	void apiErrorsAreProblemDetailsThatTellNothingOfTheCause() {
		Browser client = new Browser(this.port);
		for (String path : List.of("/api/v1/test-only/failure", "/api/v1/test-only/sql-failure")) {
			HttpResponse<String> response = client.api(path, "admin", "cchc-demo");
			assertThat(response.statusCode()).as(path).isEqualTo(500);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertNoLeak(path, response.body());
		}
		HttpResponse<String> badParameter = client.api("/api/v1/plans?year=20x4", "admin", "cchc-demo");
		assertThat(badParameter.statusCode()).isEqualTo(400);
		assertNoLeak("bad parameter", badParameter.body());

		HttpResponse<String> badJson = client.api("POST", "/api/v1/plans", "admin", "cchc-demo", "{\"year\": [");
		assertThat(badJson.statusCode()).isEqualTo(400);
		assertNoLeak("malformed JSON", badJson.body());
		assertThat(badJson.body()).doesNotContain("jackson", "Source");

		HttpResponse<String> missing = client.api("/api/v1/no-such-thing", "admin", "cchc-demo");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertNoLeak("unknown API path", missing.body());
	}

	@Test
	void anErrorPageAskedForDirectlyShowsNothingEither() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/error"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertNoLeak("/error", response.body());
	}

	private static void assertNoLeak(String what, String body) {
		// The CSRF token is random letters: "…vSQLk…" in it is no leak.
		String shown = body.replaceAll("(name=\"_csrf\"\\s+(?:value|content)=\")[^\"]*", "$1");
		assertSoftly((softly) -> {
			for (String leak : LEAKS) {
				softly.assertThat(shown).as("%s shows %s", what, leak).doesNotContain(leak);
			}
		});
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
