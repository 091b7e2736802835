package vn.cchc.portal;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The authorisation matrix: every endpoint the application maps, found from the request
 * mappings (so a new one is checked the day it is added), against every role and an
 * anonymous visitor; then, for endpoints that take an object of an agency, the person's
 * own agency against another agency against an object that does not exist.
 * <p>
 * A refusal happens before anything is looked up, or answers a foreign object exactly
 * like a missing one: it never tells whether the object in the URL exists.
 */
@PortalWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointSecurityTests {

	/** The people the matrix is checked for: the demo accounts, and nobody signed in. */
	enum Who {

		ADMIN("admin"), PLANNER("planner"), HEAD("head"), OFFICER("officer"), LEADER("leader"), ANONYMOUS(null);

		final String username;

		Who(String username) {
			this.username = username;
		}

	}

	/** Who may reach an endpoint, decided by its path (see {@link #RULES}). */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC(EnumSet.allOf(Who.class)),

		/** Any signed-in user; the page itself then scopes the data to their agency. */
		SIGNED_IN(EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),

		/** Administrators only. */
		ADMIN(EnumSet.of(Who.ADMIN)),

		/**
		 * Sở Nội vụ's work (periods, importing plan documents): planners, administrators.
		 */
		PLANNER(EnumSet.of(Who.ADMIN, Who.PLANNER)),

		/**
		 * Writing plans: planners and administrators any plan, agency heads their own
		 * agency's plan only (decided by the plan: see the object checks).
		 */
		PLAN_WRITER(EnumSet.of(Who.ADMIN, Who.PLANNER, Who.HEAD)),

		/** Following the agencies' reports of a period: Sở Nội vụ and leadership. */
		REVIEWER(EnumSet.of(Who.ADMIN, Who.PLANNER, Who.LEADER)),

		/**
		 * Dashboards: leadership and Sở Nội vụ (the province), agency heads (their
		 * agency).
		 */
		DASHBOARD(EnumSet.of(Who.ADMIN, Who.PLANNER, Who.LEADER, Who.HEAD)),

		/** Submitting the agency's report, sending items back: the agency head. */
		AGENCY_HEAD(EnumSet.of(Who.HEAD)),

		/** The JSON API: HTTP Basic for any account, no session, no cookie. */
		API(EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS)));

		final Set<Who> allowed;

		Access(Set<Who> allowed) {
			this.allowed = allowed;
		}

	}

	/** A path rule: the first that matches decides. */
	record Rule(Pattern path, Access access) {

		static Rule of(String regex, Access access) {
			return new Rule(Pattern.compile(regex), access);
		}

	}

	/** Who may reach what, by path. A path no rule matches is for any signed-in user. */
	static final List<Rule> RULES = List.of(Rule.of("/login", Access.PUBLIC), Rule.of("/api/.*", Access.API),
			Rule.of("/admin/.*|/v3/api-docs.*|/swagger-ui.*", Access.ADMIN),
			Rule.of("/periods/[^/]+/review|/periods/[^/]+/agencies/[^/]+|/plans/.+/history|/reports(/.*)?",
					Access.REVIEWER),
			Rule.of("/dashboard(/.*)?", Access.DASHBOARD), Rule.of("/periods/.+|/plans/import(/.*)?", Access.PLANNER),
			Rule.of("/agency-report/(submit|items/.*)", Access.AGENCY_HEAD),
			Rule.of("/plans/(.+/)?(new|edit|submit|return|issue|amend|close|agency-plan|copy|delete|restore|move"
					+ "|duplicate|section|bulk)", Access.PLAN_WRITER));

	/**
	 * Values for path variables, so every mapped URL can be called; {@code id},
	 * {@code sectionId} and {@code taskId} are those of a draft plan made for this test
	 * (see {@link #findObjects}).
	 */
	private final Map<String, String> sampleVariables = new java.util.HashMap<>(
			Map.of("code", "DEPARTMENTS", "token", "no-such-token", "assignmentId", "1", "evidenceId", "1", "productId",
					"1", "agencyId", "1", "targetId", "1", "index", "0"));

	/** An id no object has: what a refusal must look like for it too. */
	private static final String MISSING_ID = "987654321";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<Who, Browser> browsers = new EnumMap<>(Who.class);

	private final Map<Who, String> csrfTokens = new EnumMap<>(Who.class);

	/** The objects of the own / foreign / missing checks. */
	private long provincePlan;

	private long headsAgencyPlan;

	private long otherAgencysPlan;

	private long tuPhapAssignment;

	private long xayDungAssignment;

	static Access accessOf(String path) {
		return RULES.stream()
			.filter((rule) -> rule.path().matcher(path).matches())
			.map(Rule::access)
			.findFirst()
			.orElse(Access.SIGNED_IN);
	}

	@BeforeAll
	void signInEveryoneAndFindObjects() {
		for (Who who : Who.values()) {
			Browser browser = (who.username != null) ? Browser.signedIn(this.port, who.username)
					: new Browser(this.port);
			this.browsers.put(who, browser);
			this.csrfTokens.put(who, browser.csrfTokenOf((who.username != null) ? "/" : "/login"));
		}
		findObjects();
	}

	/**
	 * An issued province plan; the agency plans of Sở Tư pháp (the demo head's) and of Sở
	 * Xây dựng (another head's); a task assigned to each of the two agencies.
	 */
	private void findObjects() {
		this.provincePlan = this.jdbc
			.queryForObject("select min(id) from plan where parent_plan_id is null and status = 'ISSUED'", Long.class);
		String page = "/plans/" + this.provincePlan;
		this.headsAgencyPlan = Browser
			.createdId(this.browsers.get(Who.HEAD).submit(page, page + "/agency-plan", Map.of()));
		String otherHead = "head-sxd-" + System.nanoTime();
		this.jdbc.update(
				"insert into user_account (username, password_hash, full_name, role, agency_id) "
						+ "select ?, password_hash, 'Trưởng phòng Sở Xây dựng', 'AGENCY_HEAD', "
						+ "(select id from agency where code = 'SXD') from user_account where username = 'head'",
				otherHead);
		this.otherAgencysPlan = Browser
			.createdId(Browser.signedIn(this.port, otherHead).submit(page, page + "/agency-plan", Map.of()));

		Browser planner = this.browsers.get(Who.PLANNER);
		long draft = Browser.createdId(
				planner.submit("/plans/new", "/plans/new", Map.of("year", "2031", "title", "KH phân quyền 2031")));
		String draftPage = "/plans/" + draft;
		long section = Browser.createdId(planner.submit(draftPage + "/sections/new", draftPage + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String taskForm = draftPage + "/sections/" + section + "/tasks/new";
		long tuPhapTask = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Việc của Sở Tư pháp", "leads", "Sở Tư pháp")));
		long xayDungTask = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "b)", "text", "Việc của Sở Xây dựng", "leads", "Sở Xây dựng")));
		this.tuPhapAssignment = assignmentOf(tuPhapTask);
		this.xayDungAssignment = assignmentOf(xayDungTask);
		this.sampleVariables.putAll(Map.of("id", String.valueOf(draft), "sectionId", String.valueOf(section), "taskId",
				String.valueOf(tuPhapTask)));
		// A closed period of a year without issued plans: its province report is small.
		this.jdbc.update("insert into reporting_period (plan_year, kind, cutoff_from, cutoff_to, due_date, status) "
				+ "values (2031, 'Q1', date '2030-12-15', date '2031-03-14', date '2031-03-15', 'CLOSED') "
				+ "on conflict (plan_year, kind) do nothing");
		this.sampleVariables.put("periodId", String.valueOf(this.jdbc
			.queryForObject("select id from reporting_period where plan_year = 2031 and kind = 'Q1'", Long.class)));
	}

	@Test
	void theListOfEndpointsIsComplete() {
		Set<String> endpoints = endpoints();
		// A sanity check that the discovery works: these exist today.
		assertThat(endpoints).contains("GET /", "GET /agencies", "GET /agencies/{id}", "POST /admin/agencies/merge",
				"GET /api/v1/agencies", "GET /api/v1/domains", "GET /my-tasks/{assignmentId}", "POST /plans/{id}/edit");
		assertThat(accessOf("/periods")).isEqualTo(Access.SIGNED_IN);
		assertThat(accessOf("/periods/{id}/open")).isEqualTo(Access.PLANNER);
		assertThat(accessOf("/plans/{id}/sections/{sectionId}/tasks/new")).isEqualTo(Access.PLAN_WRITER);
		assertThat(accessOf("/plans/new")).isEqualTo(Access.PLAN_WRITER);
		assertThat(accessOf("/plans/{id}")).isEqualTo(Access.SIGNED_IN);
		// The dashboard's task list and its exports: leadership and heads, not officers.
		assertThat(endpoints).contains("GET /dashboard", "GET /dashboard/tasks", "GET /dashboard/tasks.csv",
				"GET /dashboard/tasks.xlsx");
		assertThat(accessOf("/dashboard/tasks.xlsx")).isEqualTo(Access.DASHBOARD);
		assertThat(accessOf("/dashboard/tasks.csv")).isEqualTo(Access.DASHBOARD);
	}

	/**
	 * Every endpoint × every role: those the path refuses get the login page (anonymous)
	 * or 403, the same for an object that exists and one that does not; those allowed
	 * reach the page. State-changing requests are only sent where they must be refused,
	 * so the matrix changes no data.
	 */
	@Test
	void everyRoleReachesExactlyWhatItsRoleAllows() {
		assertSoftly((softly) -> {
			for (String endpoint : endpoints()) {
				String method = endpoint.substring(0, endpoint.indexOf(' '));
				String template = endpoint.substring(endpoint.indexOf(' ') + 1);
				Access access = accessOf(template);
				for (Who who : Who.values()) {
					if (access == Access.API) {
						checkApi(softly, who, method, template);
					}
					else if (!access.allowed.contains(who)) {
						checkRefused(softly, who, method, template);
					}
					else if (method.equals("GET") && !(who == Who.HEAD && access == Access.PLAN_WRITER)) {
						// A head's access to a plan depends on whose plan it is: see
						// below.
						HttpResponse<String> response = call(who, method, concrete(template));
						softly.assertThat(response.statusCode()).as("%s %s", who, endpoint).isNotIn(401, 403);
						softly.assertThat(location(response)).as("%s %s", who, endpoint).doesNotEndWith("/login");
					}
				}
			}
		});
	}

	/**
	 * Pages of one plan that only its writers open: an agency head opens the agency's own
	 * plan; another agency's plan answers exactly like a plan that does not exist.
	 */
	@Test
	void anAgencyHeadWritesTheAgencysOwnPlanAndAnotherAgencysIsLikeAMissingOne() {
		assertThat(call(Who.HEAD, "GET", "/plans/" + this.headsAgencyPlan + "/edit").statusCode()).isEqualTo(200);
		assertSoftly((softly) -> {
			for (String endpoint : endpoints()) {
				String template = endpoint.substring(endpoint.indexOf(' ') + 1);
				if (!endpoint.startsWith("GET ") || accessOf(template) != Access.PLAN_WRITER
						|| !template.matches("/plans/\\{id}/[a-z-]+")) {
					continue;
				}
				int foreign = call(Who.HEAD, "GET", template.replace("{id}", String.valueOf(this.otherAgencysPlan)))
					.statusCode();
				int missing = call(Who.HEAD, "GET", template.replace("{id}", MISSING_ID)).statusCode();
				softly.assertThat(foreign).as("another agency's plan: %s", endpoint).isIn(403, 404);
				softly.assertThat(foreign).as("foreign = missing: %s", endpoint).isEqualTo(missing);
			}
			// The province plan is the province's, not the head's: read, never written.
			softly.assertThat(call(Who.HEAD, "GET", "/plans/" + this.provincePlan).statusCode()).isEqualTo(200);
			softly.assertThat(call(Who.HEAD, "GET", "/plans/" + this.provincePlan + "/edit").statusCode())
				.isEqualTo(403);
		});
	}

	/**
	 * "Nhiệm vụ của tôi": an assignment of the person's agency opens; another agency's
	 * answers 404 exactly like one that does not exist, to read and to update, whatever
	 * the role.
	 */
	@Test
	void anAssignmentOfAnotherAgencyIsLikeAMissingOneForEveryRole() {
		assertSoftly((softly) -> {
			for (Who who : List.of(Who.HEAD, Who.OFFICER)) {
				softly.assertThat(call(who, "GET", "/my-tasks/" + this.tuPhapAssignment).statusCode())
					.as("%s, own agency", who)
					.isEqualTo(200);
			}
			for (Who who : EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))) {
				List<String> foreign = new ArrayList<>(List.of("/my-tasks/" + this.xayDungAssignment));
				if (who != Who.HEAD && who != Who.OFFICER) {
					foreign.add("/my-tasks/" + this.tuPhapAssignment);
				}
				for (String path : foreign) {
					for (String method : List.of("GET", "POST")) {
						softly.assertThat(call(who, method, path).statusCode())
							.as("%s %s %s (another agency's)", who, method, path)
							.isEqualTo(404);
					}
				}
				for (String method : List.of("GET", "POST")) {
					softly.assertThat(call(who, method, "/my-tasks/" + MISSING_ID).statusCode())
						.as("%s %s missing", who, method)
						.isEqualTo(404);
				}
			}
		});
	}

	/**
	 * Every state change of the pages (any mapped method but GET, outside the API) needs
	 * the session's CSRF token, for everyone: without one, or with a forged one, it is
	 * refused before anything happens.
	 */
	@Test
	void everyStateChangeNeedsTheCsrfToken() {
		assertSoftly((softly) -> {
			for (String endpoint : endpoints()) {
				String method = endpoint.substring(0, endpoint.indexOf(' '));
				String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
				if (method.equals("GET") || accessOf(path) == Access.API) {
					continue;
				}
				softly.assertThat(method).as("only POST is mapped outside the API").isEqualTo("POST");
				for (Who who : Who.values()) {
					for (String token : java.util.Arrays.asList(null, "forged-" + this.csrfTokens.get(who))) {
						HttpResponse<String> response = this.browsers.get(who).post(path, Map.of(), token);
						softly.assertThat(response.statusCode())
							.as("%s %s with %s", who, endpoint, (token != null) ? "a forged token" : "no token")
							.isEqualTo(403);
					}
				}
			}
		});
	}

	@Test
	void theApiIgnoresSessionCookiesSoItNeedsNoCsrfToken() {
		// A signed-in browser's cookie is not a credential for the API: a forged
		// cross-site request to it gets 401.
		HttpResponse<String> response = this.browsers.get(Who.ADMIN).get("/api/v1/domains");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	private void checkRefused(SoftAssertions softly, Who who, String method, String template) {
		// The same refusal for an object that exists and one that does not.
		for (String path : List.of(concrete(template), template.replaceAll("\\{[^}]+}", MISSING_ID))) {
			HttpResponse<String> response = call(who, method, path);
			if (who == Who.ANONYMOUS) {
				softly.assertThat(response.statusCode()).as("%s %s %s", who, method, path).isEqualTo(302);
				softly.assertThat(location(response)).as("%s %s %s", who, method, path).endsWith("/login");
			}
			else {
				softly.assertThat(response.statusCode()).as("%s %s %s", who, method, path).isEqualTo(403);
				softly.assertThat(response.body())
					.as("%s %s %s", who, method, path)
					.contains("Không có quyền truy cập");
			}
		}
	}

	private void checkApi(SoftAssertions softly, Who who, String method, String template) {
		Browser client = this.browsers.get(who);
		if (who == Who.ANONYMOUS) {
			for (String path : List.of(concrete(template), template.replaceAll("\\{[^}]+}", MISSING_ID))) {
				softly.assertThat(client.api(method, path, null, null, "{}").statusCode())
					.as("%s %s %s", who, method, path)
					.isEqualTo(401);
			}
		}
		else if (method.equals("GET")) {
			// Authorised: any answer but a refusal (a missing parameter is a 400).
			softly.assertThat(client.api(concrete(template), who.username, "cchc-demo").statusCode())
				.as("%s GET %s", who, template)
				.isNotIn(401, 403);
		}
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
				if (path.equals("/error") || path.contains("/test-only/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(method.name() + " " + path);
				}
			}
		}
		return endpoints;
	}

	private String concrete(String template) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = this.sampleVariables.get(matcher.group(1));
			assertThat(value).as("a sample value for {%s} in %s: add it to sampleVariables", matcher.group(1), template)
				.isNotNull();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	private HttpResponse<String> call(Who who, String method, String path) {
		Browser browser = this.browsers.get(who);
		return switch (method) {
			case "GET" -> browser.get(path);
			case "POST" -> browser.post(path, Map.of(), this.csrfTokens.get(who));
			default -> throw new IllegalStateException("Add " + method + " to EndpointSecurityTests.call");
		};
	}

	private long assignmentOf(long task) {
		return this.jdbc.queryForObject("select id from assignment where task_id = ? and active", Long.class, task);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
