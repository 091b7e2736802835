package vn.cchc.portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Hostile input. Every search and filter parameter of every GET endpoint (found from the
 * request mappings, so new ones are covered the day they are added) and every path
 * variable gets SQL injection and odd Unicode: the answer is a normal page or a 400,
 * never a 500. Script payloads typed into the text fields that are shown again come back
 * as text, never as markup.
 */
@PortalWebTest
class InputBatteryTests {

	/** SQL injection, Unicode oddities (RTL override, NUL, combining marks), length. */
	static final List<String> PAYLOADS = List.of("' OR '1'='1", "1; DROP TABLE plan; --",
			"%' UNION SELECT password_hash FROM user_account --", "\\'; select pg_sleep(5); --", "\u202Egnp.exe",
			"a\u0000b", "e" + "\u0301\u0302\u0303".repeat(200), "\uFEFF\u200B\u200D", "x".repeat(3000), "%", "_", "-1",
			"99999999999999999999", "1e309", "NaN", "2024-13-45", "\uD83D\uDE00 Sở Tư pháp",
			"<script>alert(1)</script>");

	/** Markup that would run if a page printed it unescaped. */
	static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg/onload=alert(2)>";

	/** Path variables: a value of the right kind; the battery replaces each in turn. */
	private static final Map<String, String> SAMPLE_VARIABLES = Map.ofEntries(Map.entry("id", "1"),
			Map.entry("code", "DEPARTMENTS"), Map.entry("token", "no-such-token"), Map.entry("sectionId", "1"),
			Map.entry("taskId", "1"), Map.entry("assignmentId", "1"), Map.entry("evidenceId", "1"),
			Map.entry("productId", "1"), Map.entry("agencyId", "1"), Map.entry("targetId", "1"),
			Map.entry("index", "0"));

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBatteryReachesTheSearchesItShould() {
		Map<String, Set<String>> parameters = getParameters();
		assertThat(parameters).containsKeys("/agencies", "/admin/users", "/my-tasks", "/api/v1/agencies",
				"/admin/audit");
		assertThat(parameters.get("/admin/users")).contains("q", "sort", "page");
	}

	@Test
	void hostileSearchAndFilterValuesGetANormalAnswerOrA400() {
		Browser admin = Browser.signedIn(this.port, "admin");
		Browser api = new Browser(this.port);
		assertSoftly((softly) -> {
			getParameters().forEach((template, names) -> {
				String path = concrete(template, Map.of());
				for (String name : names) {
					for (String payload : PAYLOADS) {
						String url = path + "?" + name + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
						HttpResponse<String> response = template.startsWith("/api/")
								? api.api(url, "admin", "cchc-demo") : admin.get(url);
						String what = "%s ?%s=%s".formatted(template, name, abbreviate(payload));
						softly.assertThat(response.statusCode()).as(what).isLessThan(500);
						softly.assertThat(response.body()).as(what).doesNotContain("Exception", "PSQL", "SQL state");
						if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
							softly.assertThat(response.body()).as(what).doesNotContain("<script>alert(1)</script>");
						}
					}
				}
			});
		});
	}

	@Test
	void hostilePathVariablesGetA400OrA404() {
		Browser admin = Browser.signedIn(this.port, "admin");
		Browser api = new Browser(this.port);
		assertSoftly((softly) -> {
			for (String template : getTemplates()) {
				Matcher matcher = VARIABLE.matcher(template);
				while (matcher.find()) {
					for (String payload : List.of("1' OR '1'='1", "-1", "99999999999999999999", "\u202E1",
							"1;drop table plan")) {
						String path = concrete(template,
								Map.of(matcher.group(1), URLEncoder.encode(payload, StandardCharsets.UTF_8)));
						HttpResponse<String> response = template.startsWith("/api/")
								? api.api(path, "admin", "cchc-demo") : admin.get(path);
						softly.assertThat(response.statusCode())
							.as("%s with {%s}=%s", template, matcher.group(1), payload)
							.isLessThan(500);
					}
				}
			}
		});
	}

	@Test
	void scriptsTypedIntoPlansSectionsAndTasksComeBackAsText() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser
			.createdId(planner.submit("/plans/new", "/plans/new", Map.of("year", "2032", "title", "KH " + XSS)));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Mục " + XSS, "domainCode", "THE_CHE")));
		String taskForm = page + "/sections/" + section + "/tasks/new";
		long task = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Nhiệm vụ " + XSS, "leads", "Sở Tư pháp", "products", XSS)));
		assertShownAsText(planner.get(page));
		assertShownAsText(planner.get("/plans"));
		assertShownAsText(planner.get(page + "/tasks/" + task + "/edit"));
		assertShownAsText(planner.get(page + "/edit"));

		// What an officer types in an update, shown again beside a rejected field.
		long assignment = this.jdbc.queryForObject("select id from assignment where task_id = ? and active", Long.class,
				task);
		Browser officer = Browser.signedIn(this.port, "officer");
		assertShownAsText(officer.submit("/my-tasks/" + assignment, "/my-tasks/" + assignment,
				Map.of("status", "IN_PROGRESS", "percent", "140", "results", XSS, "difficulties", XSS)));
	}

	@Test
	void scriptsTypedIntoNamesComeBackAsText() {
		Browser admin = Browser.signedIn(this.port, "admin");
		String username = "xss-" + System.nanoTime();
		Long agency = this.jdbc.queryForObject("select agency_id from user_account where username = 'leader'",
				Long.class);
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users",
				Map.of("username", username, "fullName", XSS, "role", "LEADER", "agencyId", String.valueOf(agency)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertShownAsText(admin.get("/admin/users?q=" + username));
		assertShownAsText(
				admin.get(created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")));

		long sxd = this.jdbc.queryForObject("select id from agency where code = 'SXD'", Long.class);
		admin.submit("/agencies/" + sxd, "/admin/agencies/" + sxd + "/aliases", Map.of("alias", XSS));
		assertShownAsText(admin.get("/agencies/" + sxd));

		// The username typed at a failed sign-in is shown again in the form.
		Browser visitor = new Browser(this.port);
		visitor.login(XSS, "wrong-password");
		assertShownAsText(visitor.get("/login?error"));
	}

	/** The payload is on the page as text: present once unescaped, never as markup. */
	private static void assertShownAsText(HttpResponse<String> response) {
		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).doesNotContain("<script>alert(", "<img src=x", "<svg/onload");
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains(XSS);
	}

	/** The request parameters of every GET endpoint, by path template. */
	private Map<String, Set<String>> getParameters() {
		Map<String, Set<String>> parameters = new TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!isGet(info)) {
				return;
			}
			Set<String> names = parameterNames(handler);
			if (names.isEmpty()) {
				return;
			}
			for (String path : info.getPatternValues()) {
				if (!path.contains("/test-only/") && !path.equals("/error")) {
					parameters.computeIfAbsent(path, (key) -> new TreeSet<>()).addAll(names);
				}
			}
		});
		return parameters;
	}

	private Set<String> getTemplates() {
		Set<String> templates = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (isGet(info)) {
				info.getPatternValues()
					.stream()
					.filter((path) -> !path.contains("/test-only/") && !path.equals("/error"))
					.forEach(templates::add);
			}
		});
		return templates;
	}

	private static boolean isGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	private static Set<String> parameterNames(HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
				String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
				if (name.isEmpty()) {
					parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
					name = parameter.getParameterName();
				}
				names.add(name);
			}
			if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
				names.addAll(List.of("page", "size", "sort"));
			}
		}
		return names;
	}

	private static String concrete(String template, Map<String, String> overrides) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = overrides.getOrDefault(matcher.group(1), SAMPLE_VARIABLES.get(matcher.group(1)));
			assertThat(value).as("a sample value for {%s} in %s", matcher.group(1), template).isNotNull();
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	private static String abbreviate(String payload) {
		return (payload.length() > 30) ? payload.substring(0, 30) + "…" : payload;
	}

}
