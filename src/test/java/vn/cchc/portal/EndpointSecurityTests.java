package vn.cchc.portal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.cchc.portal.progress.ReportingFixture;
import vn.cchc.portal.support.ApiClient;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The authorisation matrix: every endpoint the application maps, found from the request
 * mappings, against every role and an anonymous visitor, pages and JSON API alike; then,
 * for endpoints that take an object of an agency, the person's own agency against another
 * agency against an object that does not exist.
 * <p>
 * Deny by default: every endpoint must match a rule of {@link #RULES} (method and path),
 * or the matrix fails naming it, so a new endpoint is classified the day it is added.
 * <p>
 * What an answer counts as:
 * <ul>
 * <li><b>refused</b>: a page sends an anonymous visitor to the login page (302) and
 * answers a signed-in person 403 with the refusal page; the API answers 401 to a request
 * without credentials and 403 to the others. The same for an object that exists and one
 * that does not, so a refusal never tells which ids exist. An agency's work
 * ({@link Access#AGENCY_WORK}) is refused with 404, the answer for a missing object.</li>
 * <li><b>allowed</b>: the request reached its handler: 2xx, 3xx other than to the login
 * page, or 4xx other than 401 and 403 (400 for a missing parameter, 409 for the stale
 * version sent on purpose); for an agency's work not 404 either.</li>
 * <li><b>5xx</b>: neither; it fails the test wherever it comes.</li>
 * </ul>
 * A head refused the province's plan gets a plain 403 without the comparison: that plan
 * is published, everyone reads it.
 * <p>
 * State changes of the pages are only sent where they must be refused. API writes are
 * sent as every role (HTTP Basic, no session, so no CSRF token: see
 * {@link ApiClient#cloneOf} for the accounts): on the test's own draft plan and
 * assignment, and with a stale version on what is shared (Sở Tư pháp's report), so
 * nothing but the test's data changes.
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

	/**
	 * Everyone of {@link Who} signed in once: a browser, its CSRF token, and an API
	 * account that sees the same data ({@link ApiClient#cloneOf}).
	 */
	static void signInEveryone(int port, JdbcTemplate jdbc, Map<Who, Browser> browsers, Map<Who, String> csrfTokens,
			Map<Who, String> apiUsers) {
		for (Who who : Who.values()) {
			Browser browser = (who.username != null) ? Browser.signedIn(port, who.username) : new Browser(port);
			browsers.put(who, browser);
			csrfTokens.put(who, browser.csrfTokenOf((who.username != null) ? "/" : "/login"));
			apiUsers.put(who, ApiClient.cloneOf(jdbc, who.username));
		}
	}

	/** Who may reach an endpoint, decided by its method and path (see {@link #RULES}). */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC(EnumSet.allOf(Who.class)),

		/** Any signed-in user; the page itself then scopes the data to their agency. */
		SIGNED_IN(EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),

		/** Administrators only. */
		ADMIN(EnumSet.of(Who.ADMIN)),

		/**
		 * Sở Nội vụ's work (periods, imports, reviewing reports, province plans):
		 * planners, administrators.
		 */
		PLANNER(EnumSet.of(Who.ADMIN, Who.PLANNER)),

		/**
		 * Writing plans: planners and administrators any plan, agency heads their own
		 * agency's plan only (the matrix's plan is the province's: see the object
		 * checks).
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

		/**
		 * An agency's own work (its assignments, their updates, evidence and products):
		 * its officers and head. For anyone else the object is like a missing one (404).
		 */
		AGENCY_WORK(EnumSet.of(Who.HEAD, Who.OFFICER));

		final Set<Who> allowed;

		Access(Set<Who> allowed) {
			this.allowed = allowed;
		}

	}

	/** A rule: these methods on paths matching this; the first that matches decides. */
	record Rule(Set<String> methods, Pattern path, Access access) {

		static Rule of(String methods, String regex, Access access) {
			return new Rule(Set.of(methods.split("\\|")), Pattern.compile(regex), access);
		}

	}

	private static final String ID = "[^/]+";

	/**
	 * Who may reach what. Path variables are written {@code [^/]+}; an endpoint no rule
	 * matches fails the matrix.
	 */
	static final List<Rule> RULES = List.of(
			// SecurityConfiguration: the login page open, administration and the API
			// docs for administrators.
			Rule.of("GET", "/login", Access.PUBLIC), Rule.of("GET|POST", "/admin/.*", Access.ADMIN),
			Rule.of("GET", "/v3/api-docs.*|/swagger-ui.*", Access.ADMIN),
			// The JSON API: reads for every account (scoped to its agency), writes as the
			// pages.
			Rule.of("GET", "/api/v1/.*", Access.SIGNED_IN), Rule.of("POST", "/api/v1/plans", Access.PLANNER),
			Rule.of("POST|PUT", "/api/v1/plans/" + ID + "/.+", Access.PLAN_WRITER),
			Rule.of("POST", "/api/v1/assignments/" + ID + "/(updates|evidence)", Access.AGENCY_WORK),
			Rule.of("POST", "/api/v1/agency-reports/" + ID + "/submit", Access.AGENCY_HEAD),
			Rule.of("POST", "/api/v1/agency-reports/" + ID + "/(accept|return)", Access.PLANNER),
			Rule.of("POST", "/api/v1/imports", Access.PLANNER),
			// Reference pages and the person's own things.
			Rule.of("GET", "/|/domains|/agencies(/.*)?", Access.SIGNED_IN),
			Rule.of("GET|POST", "/account/password", Access.SIGNED_IN),
			Rule.of("GET", "/notifications", Access.SIGNED_IN),
			Rule.of("POST", "/notifications/(read-all|" + ID + "/open)", Access.SIGNED_IN),
			// Plans: everyone reads them (published documents); writing them.
			Rule.of("GET|POST", "/plans/import(/.*)?", Access.PLANNER),
			Rule.of("GET|POST", "/plans/new", Access.PLAN_WRITER),
			Rule.of("GET", "/plans|/plans/(deadline-preview|parties-preview|agency-suggestions)", Access.SIGNED_IN),
			Rule.of("GET", "/plans/" + ID + "(/appendix\\.docx|/appendix\\.xlsx|/versions/compare)?", Access.SIGNED_IN),
			Rule.of("GET", "/plans/" + ID + "/tasks/" + ID + "/history", Access.REVIEWER),
			Rule.of("POST", "/plans/" + ID + "/agency-plan", Access.AGENCY_HEAD),
			Rule.of("GET|POST",
					"/plans/" + ID + "/(edit|issue|sections/new|targets/new|sections/" + ID + "/tasks/new|tasks/" + ID
							+ "/(edit|activities/new)|targets/" + ID + "/edit)",
					Access.PLAN_WRITER),
			Rule.of("POST",
					"/plans/" + ID + "/(submit|return|amend|close|copy|tasks/bulk|tasks/" + ID
							+ "/(delete|restore|move|section|duplicate)|targets/" + ID + "/(move|delete))",
					Access.PLAN_WRITER),
			// Progress: the agency's tasks, evidence, report; Sở Nội vụ's periods and
			// reviews.
			Rule.of("GET", "/my-tasks|/evidence|/evidence/" + ID + "|/agency-report|/periods", Access.SIGNED_IN),
			Rule.of("GET", "/my-tasks/" + ID + "(/evidence)?", Access.AGENCY_WORK),
			Rule.of("POST", "/my-tasks/" + ID + "(/evidence|/products)?", Access.AGENCY_WORK),
			Rule.of("POST", "/my-tasks/" + ID + "/(evidence|products)/" + ID + "/delete", Access.AGENCY_WORK),
			Rule.of("POST", "/agency-report/targets/" + ID, Access.AGENCY_WORK),
			Rule.of("POST", "/agency-report/(submit|items/" + ID + "/send-back)", Access.AGENCY_HEAD),
			Rule.of("POST", "/periods/" + ID + "/(schedule|open|close|remind)", Access.PLANNER),
			Rule.of("GET", "/periods/" + ID + "/(review|agencies/" + ID + ")", Access.REVIEWER),
			Rule.of("POST", "/periods/" + ID + "/agencies/" + ID + "/(accept|return)", Access.PLANNER),
			// The province's periodic report, the dashboards.
			Rule.of("GET", "/reports(/" + ID + "(/report\\.(docx|xlsx|pdf))?)?", Access.REVIEWER),
			Rule.of("POST", "/reports/" + ID, Access.PLANNER),
			Rule.of("GET", "/dashboard(/tasks(\\.csv|\\.xlsx)?)?", Access.DASHBOARD));

	/**
	 * What a form sends, where the handler checks its fields before the person: without
	 * them a refusal would never be reached. Any other form is posted empty.
	 */
	private final Map<String, Supplier<Map<String, String>>> formBodies = Map.ofEntries(
			Map.entry("POST /plans/{id}/issue",
					() -> Map.of("decisionNumber", "1/QĐ-UBND", "decisionDate", "2031-01-05")),
			Map.entry("POST /plans/{id}/tasks/bulk",
					() -> Map.of("tasks", this.draftTask + ":" + version("plan_task", this.draftTask), "leads",
							"Sở Tư pháp")),
			Map.entry("POST /my-tasks/{assignmentId}/products", () -> Map.of("product", "Quyết định công bố")),
			Map.entry("POST /agency-report/items/{assignmentId}/send-back",
					() -> Map.of("comment", "Bổ sung số liệu")));

	/**
	 * A valid body for every API write, so that a refusal is the person's, not the
	 * body's. Versions are current on the test's own objects (what an allowed person
	 * changes is the test's) and stale on the shared report (nothing is submitted or
	 * decided).
	 */
	private final Map<String, Supplier<String>> apiBodies = Map.ofEntries(
			Map.entry("POST /api/v1/plans", () -> "{\"year\": 2031, \"title\": \"KH phân quyền API\"}"),
			Map.entry("POST /api/v1/plans/{id}/sections", () -> "{\"title\": \"Mục thêm qua API\"}"),
			Map.entry("POST /api/v1/plans/{id}/sections/{sectionId}/tasks", () -> "{\"text\": \"Việc thêm qua API\"}"),
			Map.entry("PUT /api/v1/plans/{id}/tasks/{taskId}",
					() -> "{\"text\": \"Việc của Sở Tư pháp\", \"leads\": \"Sở Tư pháp\", \"version\": "
							+ version("plan_task", this.draftTask) + "}"),
			Map.entry("POST /api/v1/plans/{id}/targets", () -> "{\"wording\": \"Chỉ tiêu thêm qua API\"}"),
			Map.entry("PUT /api/v1/plans/{id}/targets/{targetId}",
					() -> "{\"wording\": \"Chỉ tiêu của kế hoạch\", \"version\": "
							+ version("plan_target", this.draftTarget) + "}"),
			Map.entry("POST /api/v1/assignments/{id}/updates",
					() -> "{\"status\": \"IN_PROGRESS\", \"percent\": 10, \"version\": " + this.jdbc.queryForObject(
							"select coalesce(max(revision), 0) from assignment_progress where assignment_id = ?",
							Integer.class, this.ownAssignment) + "}"),
			Map.entry("POST /api/v1/agency-reports/{id}/submit", () -> "{\"version\": -1}"),
			Map.entry("POST /api/v1/agency-reports/{id}/accept", () -> "{\"version\": -1}"),
			Map.entry("POST /api/v1/agency-reports/{id}/return", () -> "{\"version\": -1, \"comment\": \"Bổ sung\"}"));

	/** An id no object has: what a refusal must look like for it too. */
	private static final String MISSING_ID = "987654321";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/** Not a document of any kind the portal keeps: an upload of it is refused. */
	private static final byte[] NOT_A_DOCUMENT = "không phải văn bản".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private final Map<Who, Browser> browsers = new EnumMap<>(Who.class);

	private final Map<Who, String> csrfTokens = new EnumMap<>(Who.class);

	/** API accounts like the demo ones (see {@link ApiClient#cloneOf}). */
	private final Map<Who, String> apiUsers = new EnumMap<>(Who.class);

	private ApiClient api;

	/** The province plan everyone reads; Sở Tư pháp's own agency plan. */
	private long provincePlan;

	private long headsAgencyPlan;

	/** The test's draft province plan, its section, a task of Sở Tư pháp, a target. */
	private long draft;

	private long draftSection;

	private long draftTask;

	private long draftTarget;

	/** Sở Tư pháp's (the demo head's and officer's) objects. */
	private long ownAssignment;

	private long ownEvidence;

	private long ownProduct;

	private long ownReport;

	private long stp;

	/** A closed period of a year without issued plans: its province report is small. */
	private long period;

	/** The same kinds of objects of another agency (the fixture's agency A). */
	private final Map<String, Long> foreign = new TreeMap<>();

	@BeforeAll
	void signInEveryoneAndFindObjects() {
		this.api = new ApiClient(this.port);
		signInEveryone(this.port, this.jdbc, this.browsers, this.csrfTokens, this.apiUsers);
		this.stp = this.jdbc.queryForObject("select id from agency where code = 'STP'", Long.class);
		this.provincePlan = this.jdbc
			.queryForObject("select min(id) from plan where parent_plan_id is null and status = 'ISSUED'", Long.class);
		String page = "/plans/" + this.provincePlan;
		this.headsAgencyPlan = Browser
			.createdId(this.browsers.get(Who.HEAD).submit(page, page + "/agency-plan", Map.of()));
		draftAPlanWithSoTuPhapsWork();
		anotherAgencysWork();
		// A closed period of a year without issued plans: its province report is small.
		this.jdbc.update("insert into reporting_period (plan_year, kind, cutoff_from, cutoff_to, due_date, status) "
				+ "values (2031, 'Q1', date '2030-12-15', date '2031-03-14', date '2031-03-15', 'CLOSED') "
				+ "on conflict (plan_year, kind) do nothing");
		this.period = this.jdbc.queryForObject("select id from reporting_period where plan_year = 2031 and kind = 'Q1'",
				Long.class);
	}

	/**
	 * The draft the plan checks write to, with a task of Sở Tư pháp: its assignment gets
	 * an evidence file and a product from the demo officer.
	 */
	private void draftAPlanWithSoTuPhapsWork() {
		Browser planner = this.browsers.get(Who.PLANNER);
		this.draft = Browser.createdId(
				planner.submit("/plans/new", "/plans/new", Map.of("year", "2031", "title", "KH phân quyền 2031")));
		String draftPage = "/plans/" + this.draft;
		this.draftSection = Browser.createdId(planner.submit(draftPage + "/sections/new", draftPage + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String taskForm = draftPage + "/sections/" + this.draftSection + "/tasks/new";
		this.draftTask = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Việc của Sở Tư pháp", "leads", "Sở Tư pháp")));
		planner.submit(draftPage + "/targets/new", draftPage + "/targets/new",
				Map.of("wording", "Chỉ tiêu của kế hoạch", "taskIds", String.valueOf(this.draftTask)));
		this.draftTarget = this.jdbc.queryForObject("select id from plan_target where plan_id = ?", Long.class,
				this.draft);
		this.ownAssignment = assignmentOf(this.draftTask);
		long[] evidenceAndProduct = evidenceAndProduct(this.browsers.get(Who.OFFICER), this.ownAssignment);
		this.ownEvidence = evidenceAndProduct[0];
		this.ownProduct = evidenceAndProduct[1];
		this.ownReport = reportOf(this.apiUsers.get(Who.HEAD));
	}

	/**
	 * Agency A of a reporting fixture: an issued plan of this year with a task of A and a
	 * target it serves; evidence, a product and the report of the period; A's own agency
	 * plan under the province plan.
	 */
	private void anotherAgencysWork() {
		// In the demo data's year, the one the clock starts in, beside the demo agencies'
		// own
		// work: what refuses it is the agency, not the period. Nothing here counts a
		// year.
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, this.clock.today().getYear());
		f.plan((planner, page) -> planner.submit(page + "/targets/new", page + "/targets/new",
				Map.of("wording", "Chỉ tiêu của Sở Alpha " + f.tag, "taskIds", String.valueOf(f.tasks.get("a)")))),
				"a)", "Việc của Sở Alpha " + f.tag, f.agencyName(f.agencyA), "", "Quý IV/" + f.year);
		long assignment = f.assignment("a)", f.agencyA);
		long[] evidenceAndProduct = evidenceAndProduct(f.signedIn("officerA"), assignment);
		Browser head = f.signedIn("headA");
		String page = "/plans/" + this.provincePlan;
		this.foreign.putAll(Map.of("assignment", assignment, "evidence", evidenceAndProduct[0], "product",
				evidenceAndProduct[1], "target",
				this.jdbc.queryForObject("select target_id from plan_task_target where task_id = ?", Long.class,
						f.tasks.get("a)")),
				"report", reportOf(ApiClient.cloneOf(this.jdbc, f.username("headA"))), "plan",
				Browser.createdId(head.submit(page, page + "/agency-plan", Map.of()))));
	}

	private long[] evidenceAndProduct(Browser officer, long assignment) {
		String task = "/my-tasks/" + assignment;
		HttpResponse<String> uploaded = officer.upload(task + "/evidence", "file", "quyet-dinh.pdf",
				"%PDF-1.4\n% minh chứng\n".getBytes(StandardCharsets.UTF_8), Map.of("title", "Quyết định"),
				officer.csrfTokenOf(task));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		officer.submit(task, task + "/products", Map.of("product", "Quyết định công bố"));
		return new long[] {
				this.jdbc.queryForObject("select max(id) from evidence where assignment_id = ?", Long.class,
						assignment),
				this.jdbc.queryForObject("select max(id) from delivered_product where assignment_id = ?", Long.class,
						assignment) };
	}

	/** The id of the agency's report of the period being reported (made if need be). */
	private long reportOf(String apiUser) {
		HttpResponse<String> mine = this.api.json("GET", "/api/v1/agency-reports/mine", apiUser, null);
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(mine.body());
		assertThat(id.find()).as(mine.body()).isTrue();
		return Long.parseLong(id.group(1));
	}

	@Test
	void theListOfEndpointsIsComplete() {
		Map<String, Set<MediaType>> endpoints = endpoints();
		// A sanity check that the discovery works: these exist today.
		assertThat(endpoints).containsKeys("GET /", "GET /agencies", "GET /agencies/{id}", "POST /admin/agencies/merge",
				"GET /api/v1/agencies", "GET /api/v1/domains", "GET /my-tasks/{assignmentId}", "POST /plans/{id}/edit",
				"POST /api/v1/plans", "PUT /api/v1/plans/{id}/tasks/{taskId}", "POST /api/v1/assignments/{id}/updates");
		assertThat(accessOf("GET", "/periods")).contains(Access.SIGNED_IN);
		assertThat(accessOf("POST", "/periods/{id}/open")).contains(Access.PLANNER);
		assertThat(accessOf("POST", "/plans/{id}/sections/{sectionId}/tasks/new")).contains(Access.PLAN_WRITER);
		assertThat(accessOf("GET", "/plans/new")).contains(Access.PLAN_WRITER);
		assertThat(accessOf("GET", "/plans/{id}")).contains(Access.SIGNED_IN);
		assertThat(accessOf("PUT", "/api/v1/plans/{id}/tasks/{taskId}")).contains(Access.PLAN_WRITER);
		// The dashboard's task list and its exports: leadership and heads, not officers.
		assertThat(endpoints).containsKeys("GET /dashboard", "GET /dashboard/tasks", "GET /dashboard/tasks.csv",
				"GET /dashboard/tasks.xlsx");
		assertThat(accessOf("GET", "/dashboard/tasks.xlsx")).contains(Access.DASHBOARD);
		// Deny by default: what no rule names is no one's.
		assertThat(accessOf("DELETE", "/plans/{id}")).isEmpty();
		assertThat(accessOf("GET", "/something-new")).isEmpty();
	}

	/** Every mapped endpoint is classified by a rule: a new one must be given one. */
	@Test
	void everyEndpointHasARule() {
		assertSoftly((softly) -> endpoints().keySet()
			.forEach((endpoint) -> softly.assertThat(accessOf(method(endpoint), template(endpoint)))
				.as("add a rule for %s to EndpointSecurityTests.RULES", endpoint)
				.isPresent()));
	}

	/**
	 * Every endpoint × every role: refused ones get the refusal, the same for an object
	 * that exists and one that does not; allowed ones reach the handler. Page state
	 * changes are sent only where they must be refused; API writes as everyone.
	 */
	@Test
	void everyRoleReachesExactlyWhatItsRoleAllows() {
		Map<String, Set<MediaType>> endpoints = endpoints();
		assertSoftly((softly) -> endpoints.forEach((endpoint, consumes) -> {
			String method = method(endpoint);
			String template = template(endpoint);
			Optional<Access> access = accessOf(method, template);
			softly.assertThat(access).as("add a rule for %s to EndpointSecurityTests.RULES", endpoint).isPresent();
			if (access.isEmpty()) {
				return;
			}
			boolean api = template.startsWith("/api/");
			for (Who who : Who.values()) {
				String what = who + " " + endpoint;
				if (!access.get().allowed.contains(who)) {
					Refusal refusal = (who == Who.ANONYMOUS) ? Refusal.SIGN_IN
							: (access.get() == Access.AGENCY_WORK) ? Refusal.NOT_FOUND : Refusal.FORBIDDEN;
					for (String path : List.of(concrete(template), missing(template))) {
						checkRefused(softly, what + " as " + path, refusal, api,
								send(who, method, template, path, consumes));
					}
				}
				else if (who == Who.HEAD && access.get() == Access.PLAN_WRITER && template.contains("{id}")) {
					// The matrix's plan is the province's, published: a plain 403. The
					// head's own agency plan is checked below.
					checkRefused(softly, what, Refusal.FORBIDDEN, api,
							send(who, method, template, concrete(template), consumes));
				}
				else if (api || method.equals("GET")) {
					checkAllowed(softly, what, access.get(), send(who, method, template, concrete(template), consumes));
				}
			}
		}));
	}

	/**
	 * An agency head writes the agency's own plan; another agency's plan answers exactly
	 * like a plan that does not exist, on every writer page and API write, to read the
	 * form and to send it.
	 */
	@Test
	void anAgencyHeadWritesTheAgencysOwnPlanAndAnotherAgencysIsLikeAMissingOne() {
		assertThat(call(Who.HEAD, "GET", "/plans/" + this.headsAgencyPlan + "/edit").statusCode()).isEqualTo(200);
		assertThat(this.api
			.json("POST", "/api/v1/plans/" + this.headsAgencyPlan + "/sections", this.apiUsers.get(Who.HEAD),
					"{\"title\": \"Mục của Sở Tư pháp\"}")
			.statusCode()).isEqualTo(201);
		Map<String, Set<MediaType>> endpoints = endpoints();
		List<String> checked = new ArrayList<>();
		assertSoftly((softly) -> {
			endpoints.forEach((endpoint, consumes) -> {
				String template = template(endpoint);
				if (accessOf(method(endpoint), template).orElse(null) != Access.PLAN_WRITER
						|| !template.matches("(/api/v1)?/plans/\\{id}/.+")) {
					return;
				}
				checked.add(endpoint);
				String foreignPlan = String.valueOf(this.foreign.get("plan"));
				checkLikeMissing(softly, Who.HEAD, endpoint, consumes,
						concrete(template).replaceFirst("/plans/" + this.draft + "(?=/|$)", "/plans/" + foreignPlan),
						missing(template));
			});
			// The province plan is the province's, not the head's: read, never written.
			softly.assertThat(call(Who.HEAD, "GET", "/plans/" + this.provincePlan).statusCode()).isEqualTo(200);
			softly.assertThat(call(Who.HEAD, "GET", "/plans/" + this.provincePlan + "/edit").statusCode())
				.isEqualTo(403);
		});
		assertThat(checked).contains("GET /plans/{id}/edit", "POST /plans/{id}/targets/new",
				"PUT /api/v1/plans/{id}/tasks/{taskId}");
	}

	/**
	 * An agency's work (assignments, their evidence and products, targets, the period's
	 * report), pages and API: another agency's answers its officer and head exactly like
	 * an object that does not exist, to read and to write.
	 */
	@Test
	void anotherAgencysWorkIsLikeAMissingObjectForItsOfficerAndHead() {
		for (Who who : List.of(Who.HEAD, Who.OFFICER)) {
			assertThat(call(who, "GET", "/my-tasks/" + this.ownAssignment).statusCode()).as("%s, own agency", who)
				.isEqualTo(200);
			assertThat(call(who, "GET", "/evidence/" + this.ownEvidence).statusCode()).as("%s, own file", who)
				.isEqualTo(200);
		}
		Map<String, Set<MediaType>> endpoints = endpoints();
		List<String> checked = new ArrayList<>();
		assertSoftly((softly) -> endpoints.forEach((endpoint, consumes) -> {
			String template = template(endpoint);
			String foreignPath = concrete(template, this::foreignObject);
			if (foreignPath.equals(concrete(template))) {
				return;
			}
			checked.add(endpoint);
			for (Who who : List.of(Who.HEAD, Who.OFFICER)) {
				checkLikeMissing(softly, who, endpoint, consumes, foreignPath, missing(template));
			}
		}));
		assertThat(checked).contains("GET /my-tasks/{assignmentId}", "POST /my-tasks/{assignmentId}",
				"GET /evidence/{evidenceId}", "POST /my-tasks/{assignmentId}/products/{productId}/delete",
				"POST /agency-report/targets/{targetId}", "POST /api/v1/assignments/{id}/updates",
				"POST /api/v1/agency-reports/{id}/submit");
	}

	/** An assignment of another agency is refused to everyone else as well: 404. */
	@Test
	void anAssignmentOfAnotherAgencyIsLikeAMissingOneForEveryRole() {
		String foreignTask = "/my-tasks/" + this.foreign.get("assignment");
		assertSoftly((softly) -> {
			for (Who who : EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))) {
				List<String> paths = new ArrayList<>(List.of(foreignTask, "/my-tasks/" + MISSING_ID));
				if (who != Who.HEAD && who != Who.OFFICER) {
					paths.add("/my-tasks/" + this.ownAssignment);
				}
				for (String path : paths) {
					for (String method : List.of("GET", "POST")) {
						softly.assertThat(call(who, method, path).statusCode())
							.as("%s %s %s", who, method, path)
							.isEqualTo(404);
					}
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
			for (String endpoint : endpoints().keySet()) {
				String method = method(endpoint);
				String path = concrete(template(endpoint));
				if (method.equals("GET") || path.startsWith("/api/")) {
					continue;
				}
				softly.assertThat(method).as("only POST is mapped outside the API").isEqualTo("POST");
				for (Who who : Who.values()) {
					for (String token : Arrays.asList(null, "forged-" + this.csrfTokens.get(who))) {
						HttpResponse<String> response = this.browsers.get(who).post(path, Map.of(), token);
						softly.assertThat(response.statusCode())
							.as("%s %s with %s", who, endpoint, (token != null) ? "a forged token" : "no token")
							.isEqualTo(403);
					}
				}
			}
		});
	}

	/**
	 * The API takes HTTP Basic only and keeps no session: a signed-in browser's cookie is
	 * no credential there, so a forged cross-site request, read or write, gets 401 and
	 * changes nothing; that is why the API needs no CSRF token.
	 */
	@Test
	void theApiIgnoresSessionCookiesSoItNeedsNoCsrfToken() {
		Browser admin = this.browsers.get(Who.ADMIN);
		assertThat(admin.get("/api/v1/domains").statusCode()).isEqualTo(401);
		int sections = this.jdbc.queryForObject("select count(*) from plan_section where plan_id = ?", Integer.class,
				this.draft);
		HttpResponse<String> forged = admin.post("/api/v1/plans/" + this.draft + "/sections",
				Map.of("title", "Mục giả mạo"), this.csrfTokens.get(Who.ADMIN));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from plan_section where plan_id = ?", Integer.class,
				this.draft))
			.isEqualTo(sections);
	}

	/** How a refusal looks. */
	enum Refusal {

		/** The login page for a page, 401 for the API. */
		SIGN_IN,

		/** 403: the refusal page, or a 403 problem. */
		FORBIDDEN,

		/** 404, as for an object that does not exist. */
		NOT_FOUND

	}

	private static void checkRefused(SoftAssertions softly, String what, Refusal refusal, boolean api,
			HttpResponse<String> response) {
		int status = response.statusCode();
		switch (refusal) {
			case SIGN_IN -> {
				softly.assertThat(status).as(what).isEqualTo(api ? 401 : 302);
				if (!api) {
					softly.assertThat(location(response)).as(what).endsWith("/login");
				}
			}
			case FORBIDDEN -> {
				softly.assertThat(status).as(what).isEqualTo(403);
				softly.assertThat(response.body().contains(api ? "\"status\":403" : "Không có quyền truy cập"))
					.as("%s: the refusal page or problem", what)
					.isTrue();
			}
			case NOT_FOUND -> softly.assertThat(status).as(what).isEqualTo(404);
		}
	}

	/**
	 * The request reached its handler: no refusal, no failure (see the class comment).
	 */
	private static void checkAllowed(SoftAssertions softly, String what, Access access, HttpResponse<String> response) {
		int status = response.statusCode();
		softly.assertThat(status).as("%s: %s", what, abbreviate(response.body())).isBetween(200, 499).isNotIn(401, 403);
		if (access == Access.AGENCY_WORK) {
			softly.assertThat(status).as("%s, own agency's", what).isNotEqualTo(404);
		}
		softly.assertThat(location(response)).as(what).doesNotEndWith("/login");
	}

	/** Another agency's object answers as a missing one: refused, and the same answer. */
	private void checkLikeMissing(SoftAssertions softly, Who who, String endpoint, Set<MediaType> consumes,
			String foreignPath, String missingPath) {
		String method = method(endpoint);
		String template = template(endpoint);
		HttpResponse<String> foreign = send(who, method, template, foreignPath, consumes);
		HttpResponse<String> missing = send(who, method, template, missingPath, consumes);
		softly.assertThat(foreign.statusCode())
			.as("%s %s %s (another agency's): %s", who, method, foreignPath, abbreviate(foreign.body()))
			.isIn(403, 404)
			.isEqualTo(missing.statusCode());
	}

	/**
	 * A request as the person: a page with the session and its CSRF token (a form's
	 * fields where it needs them), the API with HTTP Basic and a valid body.
	 */
	private HttpResponse<String> send(Who who, String method, String template, String path, Set<MediaType> consumes) {
		String endpoint = method + " " + template;
		if (!template.startsWith("/api/")) {
			Map<String, String> form = this.formBodies.getOrDefault(endpoint, Map::of).get();
			return switch (method) {
				case "GET" -> this.browsers.get(who).get(path);
				case "POST" -> this.browsers.get(who).post(path, form, this.csrfTokens.get(who));
				default -> throw new IllegalStateException("Add " + method + " to EndpointSecurityTests.send");
			};
		}
		String user = this.apiUsers.get(who);
		if (method.equals("GET")) {
			return this.api.json("GET", path, user, null);
		}
		if (consumes.contains(MediaType.MULTIPART_FORM_DATA)) {
			return this.api.multipart(method, path, user, "file", NOT_A_DOCUMENT, Map.of());
		}
		Supplier<String> body = this.apiBodies.get(endpoint);
		assertThat(body).as("a valid body for %s in EndpointSecurityTests.apiBodies", endpoint).isNotNull();
		return this.api.json(method, path, user, body.get());
	}

	private HttpResponse<String> call(Who who, String method, String path) {
		return switch (method) {
			case "GET" -> this.browsers.get(who).get(path);
			case "POST" -> this.browsers.get(who).post(path, Map.of(), this.csrfTokens.get(who));
			default -> throw new IllegalStateException(method);
		};
	}

	/** The rule's access for an endpoint; none when no rule names it. */
	static Optional<Access> accessOf(String method, String template) {
		String path = template.replaceAll("\\{[^}]+}", "x");
		return RULES.stream()
			.filter((rule) -> rule.methods().contains(method) && rule.path().matcher(path).matches())
			.map(Rule::access)
			.findFirst();
	}

	/**
	 * "GET /agencies/{id}" for every mapped method and path, with the media types it
	 * consumes; test-only and error endpoints left out.
	 */
	private Map<String, Set<MediaType>> endpoints() {
		Map<String, Set<MediaType>> endpoints = new TreeMap<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (path.equals("/error") || path.contains("/test-only/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.computeIfAbsent(method.name() + " " + path, (key) -> new java.util.HashSet<>())
						.addAll(info.getConsumesCondition().getConsumableMediaTypes());
				}
			}
		}
		return endpoints;
	}

	/** The template with the matrix's objects: the test's own, or Sở Tư pháp's. */
	private String concrete(String template) {
		return concrete(template, (variable) -> null);
	}

	/**
	 * The template with {@code override}'s value where it has one, the matrix's object
	 * elsewhere.
	 */
	private String concrete(String template, java.util.function.BiFunction<String, String, String> override) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			String value = override.apply(template, variable);
			if (value == null) {
				value = sample(template, variable);
			}
			assertThat(value)
				.as("a sample value for {%s} in %s: add it to EndpointSecurityTests.sample", variable, template)
				.isNotNull();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	private String concrete(String template, java.util.function.Function<String, String> override) {
		return concrete(template, (t, variable) -> override.apply(variable));
	}

	private String missing(String template) {
		return template.replaceAll("\\{[^}]+}", MISSING_ID).replace("/**", "/x");
	}

	/**
	 * The object the matrix names in a path variable: the test's own, or Sở Tư pháp's.
	 */
	private String sample(String template, String variable) {
		Object value = switch (variable) {
			case "id" -> sampleId(template);
			case "sectionId" -> this.draftSection;
			case "taskId" -> this.draftTask;
			// Sở Tư pháp reports no target of the test's: that one is only sent where it
			// is refused.
			case "targetId" -> template.startsWith("/agency-report/") ? MISSING_ID : this.draftTarget;
			case "assignmentId" -> this.ownAssignment;
			case "evidenceId" -> this.ownEvidence;
			case "productId" -> this.ownProduct;
			case "agencyId" -> this.stp;
			case "periodId" -> this.period;
			case "code" -> "DEPARTMENTS";
			case "token" -> "no-such-token";
			case "index" -> 0;
			default -> null;
		};
		return (value != null) ? String.valueOf(value) : null;
	}

	private Object sampleId(String template) {
		if (template.startsWith("/api/v1/assignments/")) {
			return this.ownAssignment;
		}
		if (template.startsWith("/api/v1/agency-reports/")) {
			return this.ownReport;
		}
		if (template.startsWith("/periods/")) {
			return this.period;
		}
		if (template.matches("(/admin)?/agencies/.*")) {
			return this.stp;
		}
		if (template.startsWith("/admin/users/")) {
			return this.jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
		}
		if (template.matches("(/api/v1)?/plans/.*")) {
			return this.draft;
		}
		// Everyone signed in opens their own notifications: only sent to nobody signed
		// in.
		return template.startsWith("/notifications/") ? MISSING_ID : null;
	}

	/** Another agency's object in this variable of this template, if it names one. */
	private String foreignObject(String template, String variable) {
		Long value = switch (variable) {
			case "assignmentId" -> this.foreign.get("assignment");
			case "evidenceId" -> this.foreign.get("evidence");
			case "productId" -> this.foreign.get("product");
			case "targetId" -> template.startsWith("/agency-report/") ? this.foreign.get("target") : null;
			case "id" -> template.startsWith("/api/v1/assignments/") ? this.foreign.get("assignment")
					: template.startsWith("/api/v1/agency-reports/") ? this.foreign.get("report") : null;
			default -> null;
		};
		return (value != null) ? String.valueOf(value) : null;
	}

	private long assignmentOf(long task) {
		return this.jdbc.queryForObject("select id from assignment where task_id = ? and active", Long.class, task);
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private static String method(String endpoint) {
		return endpoint.substring(0, endpoint.indexOf(' '));
	}

	private static String template(String endpoint) {
		return endpoint.substring(endpoint.indexOf(' ') + 1);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String abbreviate(String body) {
		String text = (body != null) ? body.replaceAll("\\s+", " ") : "";
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

}
