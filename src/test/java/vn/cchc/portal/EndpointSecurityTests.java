package vn.cchc.portal;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every endpoint the application maps, found from the request mappings (so a new one is
 * checked the day it is added), against who may reach it: anonymous visitors, an agency
 * officer and an administrator. A refusal happens before the handler runs, so it never
 * tells whether the object in the URL exists.
 */
@PortalWebTest
class EndpointSecurityTests {

	/** Who may reach an endpoint, decided by its path (see {@link #accessOf}). */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,

		/** Any signed-in user; the page itself then scopes the data to their agency. */
		SIGNED_IN,

		/** Administrators only. */
		ADMIN,

		/**
		 * Those who write plans (planners, administrators, agency heads for their own
		 * plan).
		 */
		PLAN_EDITOR,

		/** The JSON API: HTTP Basic, no session. */
		API

	}

	/** Values for path variables, so every mapped URL can be called. */
	private static final Map<String, String> SAMPLE_VARIABLES = Map.of("id", "1", "code", "DEPARTMENTS", "token",
			"no-such-token", "sectionId", "1", "taskId", "1", "assignmentId", "1", "index", "0");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	static Access accessOf(String path) {
		if (path.equals("/login")) {
			return Access.PUBLIC;
		}
		if (path.startsWith("/api/")) {
			return Access.API;
		}
		if (path.startsWith("/admin/") || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
			return Access.ADMIN;
		}
		if (path.startsWith("/periods/")) {
			// Setting, opening and closing reporting periods: Sở Nội vụ.
			return Access.PLAN_EDITOR;
		}
		if (path.equals("/plans/import") || path.startsWith("/plans/import/")) {
			// Importing a plan document: planners and administrators.
			return Access.PLAN_EDITOR;
		}
		if (path.startsWith("/plans/") && java.util.stream.Stream
			.of("/new", "/edit", "/submit", "/return", "/issue", "/amend", "/close", "/agency-plan", "/copy", "/delete",
					"/restore", "/move", "/duplicate", "/section")
			.anyMatch(path::endsWith)) {
			return Access.PLAN_EDITOR;
		}
		return Access.SIGNED_IN;
	}

	@Test
	void theListOfEndpointsIsComplete() {
		Set<String> endpoints = endpoints();
		// A sanity check that the discovery works: these exist today.
		assertThat(endpoints).contains("GET /", "GET /agencies", "GET /agencies/{id}", "POST /admin/agencies/merge",
				"GET /api/v1/agencies", "GET /api/v1/domains");
	}

	@Test
	void anonymousVisitorsReachOnlyPublicPages() {
		Browser anonymous = new Browser(this.port);
		String csrf = anonymous.csrfTokenOf("/login");
		assertSoftly((softly) -> {
			for (String endpoint : endpoints()) {
				String method = endpoint.substring(0, endpoint.indexOf(' '));
				String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
				Access access = accessOf(path);
				if (access == Access.PUBLIC) {
					continue;
				}
				HttpResponse<String> response = (access == Access.API) ? anonymous.api(path, null, null)
						: call(anonymous, method, path, csrf);
				if (access == Access.API) {
					softly.assertThat(response.statusCode()).as(endpoint).isEqualTo(401);
				}
				else {
					softly.assertThat(response.statusCode()).as(endpoint).isEqualTo(302);
					softly.assertThat(response.headers().firstValue("Location").orElse(""))
						.as(endpoint)
						.endsWith("/login");
				}
			}
		});
	}

	@Test
	void officersAreRefusedAdministrationWhateverTheIdAndReachTheRest() {
		Browser officer = new Browser(this.port);
		officer.login("officer", "cchc-demo");
		String csrf = officer.csrfTokenOf("/");
		assertSoftly((softly) -> {
			for (String endpoint : endpoints()) {
				String method = endpoint.substring(0, endpoint.indexOf(' '));
				String template = endpoint.substring(endpoint.indexOf(' ') + 1);
				Access access = accessOf(template);
				if (access == Access.ADMIN || access == Access.PLAN_EDITOR) {
					// The same refusal for an object that exists and one that does not.
					for (String path : List.of(concrete(template), template.replaceAll("\\{[^}]+}", "987654321"))) {
						HttpResponse<String> response = call(officer, method, path, csrf);
						softly.assertThat(response.statusCode()).as(method + " " + path).isEqualTo(403);
						softly.assertThat(response.body()).as(method + " " + path).contains("Không có quyền truy cập");
					}
				}
				else if (access == Access.SIGNED_IN && method.equals("GET")) {
					HttpResponse<String> response = call(officer, method, concrete(template), csrf);
					softly.assertThat(response.statusCode()).as(endpoint).isNotIn(302, 401, 403);
				}
				else if (access == Access.API && method.equals("GET")) {
					// Authorised: any answer but a refusal (a missing parameter is a
					// 400).
					softly.assertThat(officer.api(concrete(template), "officer", "cchc-demo").statusCode())
						.as(endpoint)
						.isNotIn(401, 403);
				}
			}
		});
	}

	@Test
	void administratorsReachAdministration() {
		Browser admin = new Browser(this.port);
		admin.login("admin", "cchc-demo");
		assertSoftly((softly) -> {
			for (String endpoint : endpoints()) {
				String template = endpoint.substring(endpoint.indexOf(' ') + 1);
				if (endpoint.startsWith("GET ") && accessOf(template) == Access.ADMIN) {
					HttpResponse<String> response = admin.get(concrete(template));
					// Some pages answer with a redirect to their real address
					// (/swagger-ui.html).
					softly.assertThat(response.statusCode()).as(endpoint).isIn(200, 302);
					softly.assertThat(response.headers().firstValue("Location").orElse(""))
						.as(endpoint)
						.doesNotEndWith("/login");
				}
			}
		});
	}

	@Test
	void stateChangesWithoutACsrfTokenAreRefused() {
		Browser admin = new Browser(this.port);
		admin.login("admin", "cchc-demo");
		assertSoftly((softly) -> {
			for (String endpoint : endpoints()) {
				if (endpoint.startsWith("POST ") && accessOf(endpoint.substring(5)) != Access.API) {
					HttpResponse<String> response = admin.post(concrete(endpoint.substring(5)), Map.of(), null);
					softly.assertThat(response.statusCode()).as(endpoint).isEqualTo(403);
				}
			}
		});
	}

	/**
	 * "GET /agencies/{id}" for every mapped method and path, test-only and error
	 * endpoints left out.
	 */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (path.equals("/error") || path.startsWith("/test-only/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(method.name() + " " + path);
				}
			}
		}
		return endpoints;
	}

	private static String concrete(String template) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = SAMPLE_VARIABLES.get(matcher.group(1));
			assertThat(value)
				.as("a sample value for {%s} in %s: add it to SAMPLE_VARIABLES", matcher.group(1), template)
				.isNotNull();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	private static HttpResponse<String> call(Browser browser, String method, String path, String csrf) {
		return switch (method) {
			case "GET" -> browser.get(path);
			case "POST" -> browser.post(path, Map.of(), csrf);
			default -> throw new IllegalStateException("Add " + method + " to EndpointSecurityTests.call");
		};
	}

}
