package vn.cchc.portal;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.EndpointSecurityTests.Access;
import vn.cchc.portal.EndpointSecurityTests.Who;
import vn.cchc.portal.support.ApiClient;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input. Every value an endpoint binds from the request is found from the handler
 * methods with Spring MVC's own argument resolvers (so a new one is covered the day it is
 * added, and one the battery cannot send fails it): request parameters, path variables,
 * headers, the fields of form and filter records bound as model attributes (annotated or
 * implicit), a paged list's page, size and sort, the components of a JSON body. Each
 * gets, one at a time, every hostile value of its kind (overlong, SQL quotes, HTML and
 * script, NUL, invalid UTF-8, huge and negative numbers, malformed dates, empty), the
 * demo people with data whose role reaches the endpoint taking turns (the administrator
 * only for administration). The answer is never a 5xx, never shows an exception or SQL,
 * and never gives the script back as markup.
 * <p>
 * Reads use the demo data, so that the officer has tasks and the leader figures; writes
 * (and the writers' pages) go to the battery's own draft plan, assignment, period, agency
 * and account. No hostile number is a small non-negative one, so none can be the current
 * version of a shared object (Sở Tư pháp's report, which the head may submit).
 */
@PortalWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputBatteryTests {

	/** Markup that would run if a page printed it unescaped. */
	static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg/onload=alert(2)>";

	/** What a bound value is, which decides its hostile values. */
	enum Kind {

		TEXT, NUMBER, DATE, BOOLEAN, ENUM

	}

	/**
	 * A hostile value as it is sent in a query string or a path: percent-encoded, raw
	 * where it is not UTF-8 on purpose.
	 */
	record Hostile(String label, String encoded) {

		static Hostile text(String value) {
			return new Hostile(value, URLEncoder.encode(value, StandardCharsets.UTF_8));
		}

		static Hostile raw(String encoded) {
			return new Hostile(encoded, encoded);
		}

		/** The bytes the encoded form stands for (for a multipart field). */
		byte[] bytes() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (int i = 0; i < this.encoded.length(); i++) {
				char c = this.encoded.charAt(i);
				if (c == '%' && i + 2 < this.encoded.length()) {
					out.write(Integer.parseInt(this.encoded.substring(i + 1, i + 3), 16));
					i += 2;
				}
				else {
					out.write((c == '+') ? ' ' : c);
				}
			}
			return out.toByteArray();
		}

	}

	/**
	 * The values of each kind: what a careless handler mistakes (quotes, markup,
	 * wildcards, overflow, impossible dates), and what a decoder chokes on (NUL, invalid
	 * UTF-8, empty).
	 */
	static final Map<Kind, List<Hostile>> VALUES = Map.of(Kind.TEXT,
			List.of(Hostile.text("x".repeat(5000)), Hostile.text("' OR '1'='1' --"), Hostile.text(XSS),
					Hostile.text("a\u0000b"), Hostile.raw("%C3%28%FF%FE"), Hostile.text(""), Hostile.text("%_\\"),
					Hostile.text("\u202Egnp.exe\u200B\uFEFF e" + "\u0301\u0302".repeat(50) + "\uD83D\uDE00")),
			Kind.NUMBER, List.of(Hostile.raw("99999999999999999999"), Hostile.raw("9223372036854775807"),
					Hostile.raw("2147483647"), Hostile.raw("-2147483648"), Hostile.raw("-1"), Hostile.raw("1e309"),
					Hostile.text("' OR '1'='1"), Hostile.text(""), Hostile.raw("%00"), Hostile.raw("%C3%28")),
			Kind.DATE,
			List.of(Hostile.raw("2024-13-45"), Hostile.text("+999999999-12-31"), Hostile.raw("-999999999-01-01"),
					Hostile.raw("0000-00-00"), Hostile.text("' OR '1'='1"), Hostile.text(""), Hostile.raw("%00"),
					Hostile.raw("%FF")),
			Kind.BOOLEAN, List.of(Hostile.raw("maybe"), Hostile.text(""), Hostile.raw("%00"), Hostile.raw("%FF")),
			Kind.ENUM, List.of(Hostile.raw("NOT_A_VALUE"), Hostile.text(""), Hostile.text("' OR '1'='1"),
					Hostile.raw("%00"), Hostile.raw("%C3%28")));

	/**
	 * The same for a JSON body, as raw JSON (the invalid UTF-8 as bytes in a string). No
	 * number rounds to a small one: Jackson would round 1.5 to the version 1.
	 */
	static final Map<Kind, List<byte[]>> JSON_VALUES = Map
		.of(Kind.TEXT, List.of(json("\"" + "x".repeat(100_000) + "\""), json("\"' OR '1'='1' --\""),
				json("\"" + XSS.replace("\"", "\\\"") + "\""), json("\"a\\u0000b\""), json("\"\""),
				new byte[] { '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"' }, json("12345"), json("{\"$ne\": \"\"}")),
				Kind.NUMBER, List.of(json("1e400"), json("99999999999999999999"), json("9223372036854775807"),
						json("-1"), json("-99999999999999999999"), json("\"abc\""), json("\"\""), json("[]")),
				Kind.DATE,
				List.of(json("\"2024-13-45\""), json("\"+999999999-12-31\""), json("\"0000-00-00\""), json("\"\""),
						json("12")),
				Kind.BOOLEAN, List.of(json("\"maybe\""), json("\"\""), json("2")), Kind.ENUM,
				List.of(json("\"NOT_A_VALUE\""), json("\"\""), json("\"' OR '1'='1\""), json("1")));

	/** A small plan document: two sections, three tasks. */
	private static final String IMPORTED_PLAN = """
			KẾ HOẠCH Cải cách hành chính năm 2034
			II. NHIỆM VỤ TRỌNG TÂM
			1. Cải cách thể chế
			a) Rà soát văn bản quy phạm pháp luật của tỉnh.
			- Cơ quan chủ trì: Sở Tư pháp.
			- Thời gian thực hiện: Quý II/2034.
			b) Kiểm tra văn bản sau khi ban hành.
			- Cơ quan chủ trì: Sở Tư pháp.
			- Thời gian thực hiện: Quý III/2034.
			2. Cải cách thủ tục hành chính
			a) Công khai thủ tục hành chính trên Cổng dịch vụ công.
			- Cơ quan chủ trì: Sở Nội vụ.
			- Thời gian thực hiện: Thường xuyên trong năm 2034.
			""";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/**
	 * Resolvers that hand the handler the framework's objects or the configuration's
	 * values: nothing the client sends.
	 */
	private static final Set<String> NOT_FROM_THE_REQUEST = Set.of("ServletRequestMethodArgumentResolver",
			"ServletResponseMethodArgumentResolver", "ModelMethodProcessor", "MapMethodProcessor",
			"ErrorsMethodArgumentResolver", "RedirectAttributesMethodArgumentResolver",
			"AuthenticationPrincipalArgumentResolver", "SessionStatusMethodArgumentResolver",
			"PrincipalMethodArgumentResolver", "CurrentSecurityContextArgumentResolver", "CsrfTokenArgumentResolver",
			"ExpressionValueMethodArgumentResolver", "UriComponentsBuilderMethodArgumentResolver");

	/** The persons the battery is sent as: the demo accounts with data. */
	private static final List<Who> WITH_DATA = List.of(Who.PLANNER, Who.HEAD, Who.OFFICER, Who.LEADER);

	/** Where a bound value comes from. */
	enum Source {

		/**
		 * A request parameter, or a field of a model attribute (the same to the client).
		 */
		PARAMETER,

		/** A path variable. */
		PATH,

		/** A component of a JSON body. */
		JSON,

		/** A request header. */
		HEADER

	}

	record Bound(Source source, String name, Kind kind, boolean many) {
	}

	/** An endpoint with every value it binds. */
	record Endpoint(String method, String template, boolean multipart, boolean jsonBody, Set<Bound> bound) {

		String key() {
			return this.method + " " + this.template;
		}

		boolean api() {
			return this.template.startsWith("/api/");
		}

	}

	/**
	 * One hostile request: the i-th value of its kind in one bound value, as one person.
	 */
	record Probe(Endpoint endpoint, Who who, Bound bound, int value) {

		@Override
		public String toString() {
			String label = (this.bound.source() == Source.JSON)
					? new String(JSON_VALUES.get(this.bound.kind()).get(this.value), StandardCharsets.UTF_8)
					: hostile(this.bound).get(this.value).label();
			label = label.replace("\u0000", "\\0");
			return "%s %s with %s=%s".formatted(this.who, this.endpoint.key(), this.bound.name(),
					(label.length() > 30) ? label.substring(0, 30) + "…" : label);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	RequestMappingHandlerAdapter adapter;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<Who, Browser> browsers = new EnumMap<>(Who.class);

	private final Map<Who, String> csrfTokens = new EnumMap<>(Who.class);

	private final Map<Who, String> apiUsers = new EnumMap<>(Who.class);

	private ApiClient api;

	/** Path variables of reads: the demo data, so every person sees something. */
	private final Map<String, Object> readSamples = new TreeMap<>();

	/** Path variables of writes: the battery's own objects. */
	private final Map<String, Object> writeSamples = new TreeMap<>();

	@BeforeAll
	void signInAndMakeTheBatterysObjects() {
		this.api = new ApiClient(this.port);
		EndpointSecurityTests.signInEveryone(this.port, this.jdbc, this.browsers, this.csrfTokens, this.apiUsers);
		long stp = this.jdbc.queryForObject("select id from agency where code = 'STP'", Long.class);
		// The demo plan issued for this year (DemoPlans), a task of Sở Tư pháp in it with
		// updates (DemoProgress).
		long plan = this.jdbc.queryForObject("select min(id) from plan where parent_plan_id is null "
				+ "and status = 'ISSUED' and title like '%(dữ liệu minh họa)'", Long.class);
		int year = this.jdbc.queryForObject("select plan_year from plan where id = ?", Integer.class, plan);
		long assignment = this.jdbc.queryForObject(
				"select min(p.assignment_id) from assignment_progress p "
						+ "join assignment a on a.id = p.assignment_id where a.plan_id = ? and a.agency_id = ?",
				Long.class, plan, stp);
		long task = this.jdbc.queryForObject("select task_id from assignment where id = ?", Long.class, assignment);
		this.readSamples.putAll(Map.of("plan", plan, "section",
				this.jdbc.queryForObject("select section_id from plan_task where id = ?", Long.class, task), "task",
				task, "assignment", assignment, "period",
				this.jdbc.queryForObject("select id from reporting_period where plan_year = ? and kind = 'YEAR'",
						Long.class, year),
				"agency", stp, "account",
				this.jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class),
				"report", reportOf(this.apiUsers.get(Who.HEAD))));
		makeTheBatterysObjects(stp);
		// No demo evidence, product or target to read: the battery's.
		this.readSamples.put("target", this.writeSamples.get("target"));
		this.readSamples.put("evidence", this.writeSamples.get("evidence"));
		this.readSamples.put("product", this.writeSamples.get("product"));
	}

	/** Sở Tư pháp's report of the period being reported (made if need be). */
	private long reportOf(String apiUser) {
		HttpResponse<String> mine = this.api.json("GET", "/api/v1/agency-reports/mine", apiUser, null);
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(mine.body());
		assertThat(id.find()).as(mine.body()).isTrue();
		return Long.parseLong(id.group(1));
	}

	/**
	 * A draft plan with a task of Sở Tư pháp (its evidence and product from the demo
	 * officer) and a target; a closed period of a year without plans; an agency closed
	 * long ago (so aliases typed at it never name anything today) with an account.
	 */
	private void makeTheBatterysObjects(long stp) {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Browser planner = this.browsers.get(Who.PLANNER);
		long draft = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", "2033", "title", "KH kiểm thử đầu vào " + tag)));
		String page = "/plans/" + draft;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String taskForm = page + "/sections/" + section + "/tasks/new";
		long task = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Việc kiểm thử của Sở Tư pháp", "leads", "Sở Tư pháp")));
		planner.submit(page + "/targets/new", page + "/targets/new",
				Map.of("wording", "Chỉ tiêu kiểm thử", "taskIds", String.valueOf(task)));
		long assignment = this.jdbc.queryForObject("select id from assignment where task_id = ? and active", Long.class,
				task);
		Browser officer = this.browsers.get(Who.OFFICER);
		String taskPage = "/my-tasks/" + assignment;
		assertThat(officer
			.upload(taskPage + "/evidence", "file", "minh-chung.pdf",
					"%PDF-1.4\n% kiểm thử\n".getBytes(StandardCharsets.UTF_8), Map.of(), officer.csrfTokenOf(taskPage))
			.statusCode()).isEqualTo(302);
		officer.submit(taskPage, taskPage + "/products", Map.of("product", "Văn bản kiểm thử"));
		// A plan document waiting in the planner's session, for the import's preview
		// pages.
		HttpResponse<String> imported = planner.upload("/plans/import", "file", "", new byte[0],
				Map.of("text", IMPORTED_PLAN), planner.csrfTokenOf("/plans/import"));
		assertThat(imported.statusCode()).as("the document is read").isEqualTo(302);
		String importToken = imported.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		this.jdbc.update("insert into reporting_period (plan_year, kind, cutoff_from, cutoff_to, due_date, status) "
				+ "values (2093, 'Q1', date '2092-12-15', date '2093-03-14', date '2093-03-15', 'CLOSED') "
				+ "on conflict (plan_year, kind) do nothing");
		long agency = TestData.agency(this.jdbc, "Sở Kiểm thử đầu vào " + tag, "DEPARTMENT", LocalDate.of(2000, 1, 1));
		this.jdbc.update("update agency set valid_to = date '2000-12-31' where id = ?", agency);
		String username = "battery-" + tag;
		TestData.person(this.jdbc, username, "Người kiểm thử " + tag, "OFFICER", agency, null);
		this.writeSamples.putAll(Map.of("plan", draft, "section", section, "task", task, "target",
				this.jdbc.queryForObject("select id from plan_target where plan_id = ?", Long.class, draft),
				"assignment", assignment, "evidence",
				this.jdbc
					.queryForObject("select max(id) from evidence where assignment_id = ?", Long.class, assignment),
				"product",
				this.jdbc.queryForObject(
						"select max(id) from delivered_product where assignment_id = ?", Long.class, assignment),
				"period",
				this.jdbc.queryForObject("select id from reporting_period where plan_year = 2093 and kind = 'Q1'",
						Long.class),
				"agency", agency, "account",
				this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username)));
		// The agency report (shared): the battery never sends a version that could be
		// current.
		this.writeSamples.put("report", this.readSamples.get("report"));
		this.writeSamples.put("import", importToken);
		this.readSamples.put("import", importToken);
	}

	/**
	 * The battery finds what it should: request parameters, path variables, the fields of
	 * model attributes (the dashboard's filter, the audit filter, forms), a paged list's
	 * parameters and JSON bodies.
	 */
	@Test
	void theBatteryReachesEveryKindOfBoundValue() {
		Map<String, Set<String>> names = new TreeMap<>();
		for (Endpoint endpoint : endpoints()) {
			endpoint.bound()
				.forEach((bound) -> names.computeIfAbsent(endpoint.key(), (key) -> new java.util.TreeSet<>())
					.add(bound.source() + " " + bound.name()));
		}
		assertThat(names.get("GET /dashboard")).contains("PARAMETER year", "PARAMETER period", "PARAMETER domain",
				"PARAMETER kind", "PARAMETER agency", "PARAMETER category", "PARAMETER target");
		assertThat(names.get("GET /dashboard/tasks.xlsx")).contains("PARAMETER year", "PARAMETER agency");
		assertThat(names.get("GET /admin/audit")).contains("PARAMETER actor", "PARAMETER from", "PARAMETER page",
				"PARAMETER sort");
		assertThat(names.get("GET /admin/users")).contains("PARAMETER q", "PARAMETER sort", "PARAMETER page");
		assertThat(names.get("GET /my-tasks")).contains("PARAMETER q", "PARAMETER dueBy", "PARAMETER status");
		assertThat(names.get("POST /my-tasks/{assignmentId}")).contains("PATH assignmentId", "PARAMETER percent",
				"PARAMETER status", "PARAMETER results");
		assertThat(names.get("POST /plans/{id}/targets/{targetId}/edit")).contains("PATH id", "PATH targetId",
				"PARAMETER value", "PARAMETER taskIds", "PARAMETER cumulative");
		assertThat(names.get("POST /plans/import")).contains("PARAMETER text").doesNotContain("PARAMETER file");
		assertThat(names.get("POST /api/v1/assignments/{id}/updates")).contains("PATH id", "JSON status",
				"JSON percent", "JSON version");
		assertThat(names.get("POST /api/v1/assignments/{id}/evidence")).contains("PARAMETER title",
				"PARAMETER documentDate");
		assertThat(names.get("GET /api/v1/agencies")).contains("PARAMETER q", "PARAMETER at");
		assertThat(names.get("GET /plans/import/{token}/tasks/{index}")).contains("HEADER HX-Request");
		// Sent as those with data whom the endpoint lets in; administration as the
		// administrator.
		Map<String, Endpoint> byKey = new TreeMap<>();
		endpoints().forEach((endpoint) -> byKey.put(endpoint.key(), endpoint));
		assertThat(sentAs(byKey.get("GET /dashboard"))).containsExactly(Who.PLANNER, Who.HEAD, Who.LEADER);
		assertThat(sentAs(byKey.get("GET /my-tasks"))).containsExactly(Who.PLANNER, Who.HEAD, Who.OFFICER, Who.LEADER);
		assertThat(sentAs(byKey.get("POST /my-tasks/{assignmentId}"))).containsExactly(Who.HEAD, Who.OFFICER);
		assertThat(sentAs(byKey.get("POST /plans/{id}/edit"))).containsExactly(Who.PLANNER);
		assertThat(sentAs(byKey.get("GET /admin/audit"))).containsExactly(Who.ADMIN);
	}

	/**
	 * The persons the battery is sent as see data: otherwise their hostile requests would
	 * only ever reach empty pages.
	 */
	@Test
	void thePersonsTheBatteryIsSentAsSeeData() {
		String assignment = "/my-tasks/" + this.readSamples.get("assignment");
		for (Who who : List.of(Who.OFFICER, Who.HEAD)) {
			assertThat(this.browsers.get(who).get("/my-tasks").body()).as("%s's tasks", who).contains(assignment);
			assertThat(this.browsers.get(who).get(assignment).statusCode()).as("%s's task", who).isEqualTo(200);
		}
		for (Who who : List.of(Who.PLANNER, Who.LEADER)) {
			assertThat(this.browsers.get(who).get("/periods/" + this.readSamples.get("period") + "/review").body())
				.as("%s's review", who)
				.contains("Sở Tư pháp");
		}
		String tasks = "/dashboard/tasks?agency=" + this.readSamples.get("agency");
		for (Who who : List.of(Who.PLANNER, Who.LEADER)) {
			assertThat(this.browsers.get(who).get(tasks).body()).as("%s's dashboard tasks", who)
				.contains("/plans/" + this.readSamples.get("plan") + "/tasks/" + this.readSamples.get("task")
						+ "/history");
		}
		assertThat(this.browsers.get(Who.HEAD).get(tasks).body()).as("the head's dashboard tasks").contains(assignment);
		assertThat(this.api.json("GET", "/api/v1/assignments", this.apiUsers.get(Who.OFFICER), null).body())
			.contains("\"id\":" + this.readSamples.get("assignment"));
	}

	/**
	 * Every bound value of every endpoint gets every hostile value of its kind, the
	 * persons who may reach the endpoint taking turns (each sends hostile values to each
	 * bound value, without the product of persons and values): never a 5xx, an exception
	 * or SQL, or the script as markup. Reads go three at a time, writes one after the
	 * other.
	 */
	@Test
	void hostileValuesInEveryBoundValueNeverBreakAPage() throws Exception {
		List<Probe> reads = new ArrayList<>();
		List<Probe> writes = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			List<Who> persons = sentAs(endpoint);
			int turn = 0;
			for (Bound bound : endpoint.bound()) {
				for (int i = 0; i < values(bound); i++) {
					Probe probe = new Probe(endpoint, persons.get(turn++ % persons.size()), bound, i);
					(endpoint.method().equals("GET") ? reads : writes).add(probe);
				}
			}
		}
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			for (Future<?> read : threads.invokeAll(reads.stream().map((probe) -> (Callable<Void>) () -> {
				check(failures, probe, send(probe));
				return null;
			}).toList())) {
				read.get();
			}
		}
		finally {
			threads.shutdown();
		}
		for (Probe write : writes) {
			check(failures, write, send(write));
		}
		assertThat(failures).as("of %d reads and %d writes", reads.size(), writes.size()).isEmpty();
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

	/** No failure, no leak, no markup given back. */
	private static void check(Queue<String> failures, Probe probe, HttpResponse<String> response) {
		String body = response.body();
		String type = response.headers().firstValue("Content-Type").orElse("");
		String what = probe.toString();
		if (response.statusCode() >= 500) {
			failures.add(what + ": " + response.statusCode());
		}
		else if ((type.startsWith("text/html") || type.contains("json"))
				&& (body.contains("Exception") || body.contains("PSQL") || body.contains("SQL state"))) {
			failures.add(what + ": shows an exception or SQL");
		}
		else if (type.startsWith("text/html")
				&& (body.contains("<script>alert(") || body.contains("<img src=x") || body.contains("<svg/onload"))) {
			failures.add(what + ": the script comes back as markup");
		}
	}

	/**
	 * Those who may reach the endpoint (by {@link EndpointSecurityTests#RULES}) among the
	 * persons with data; the administrator for administration. A head is not sent to the
	 * battery's plan: it is the province's, which no head writes.
	 */
	private static List<Who> sentAs(Endpoint endpoint) {
		Access access = EndpointSecurityTests.accessOf(endpoint.method(), endpoint.template())
			.orElseThrow(() -> new AssertionError("add a rule for " + endpoint.key() + " to EndpointSecurityTests"));
		if (access == Access.PUBLIC) {
			return List.of(Who.ANONYMOUS);
		}
		List<Who> who = WITH_DATA.stream()
			.filter(access.allowed::contains)
			.filter((person) -> !(person == Who.HEAD && access == Access.PLAN_WRITER
					&& endpoint.template().contains("{id}")))
			.toList();
		return who.isEmpty() ? List.of(Who.ADMIN) : who;
	}

	private static int values(Bound bound) {
		return (bound.source() == Source.JSON) ? JSON_VALUES.get(bound.kind()).size() : hostile(bound).size();
	}

	/** The values of a bound value's kind; in a header only those HTTP lets through. */
	private static List<Hostile> hostile(Bound bound) {
		List<Hostile> values = VALUES.get(bound.kind());
		return (bound.source() != Source.HEADER) ? values
				: values.stream().filter((value) -> value.label().matches("[\\x20-\\x7E]*")).toList();
	}

	/**
	 * One request: the i-th hostile value of its kind in this bound value, everything
	 * else at the samples.
	 */
	private HttpResponse<String> send(Probe probe) {
		Endpoint endpoint = probe.endpoint();
		Who who = probe.who();
		Bound bound = probe.bound();
		int i = probe.value();
		Hostile value = (bound.source() != Source.JSON) ? hostile(bound).get(i) : null;
		String path = concrete(endpoint, (bound.source() == Source.PATH) ? bound.name() : null,
				(bound.source() == Source.PATH) ? value.encoded() : null);
		Hostile parameter = (bound.source() == Source.PARAMETER) ? value : null;
		if (!endpoint.api()) {
			String url = (parameter != null) ? path + "?" + bound.name() + "=" + parameter.encoded() : path;
			if (bound.source() == Source.HEADER) {
				String csrf = endpoint.method().equals("GET") ? ""
						: "?_csrf=" + URLEncoder.encode(this.csrfTokens.get(who), StandardCharsets.UTF_8);
				return this.api.page(endpoint.method(), url + csrf, this.browsers.get(who).sessionId(),
						Map.of(bound.name(), value.label()));
			}
			return switch (endpoint.method()) {
				case "GET" -> this.browsers.get(who).get(url);
				case "POST" -> this.browsers.get(who).post(url, Map.of(), this.csrfTokens.get(who));
				default -> throw new IllegalStateException("Add " + endpoint.method() + " to InputBatteryTests.send");
			};
		}
		String user = this.apiUsers.get(who);
		if (endpoint.multipart()) {
			return this.api.multipart(endpoint.method(), path, user, "file",
					"không phải văn bản".getBytes(StandardCharsets.UTF_8),
					(parameter != null) ? Map.of(bound.name(), parameter.bytes()) : Map.of());
		}
		String url = (parameter != null) ? path + "?" + bound.name() + "=" + parameter.encoded() : path;
		byte[] body = null;
		if (endpoint.jsonBody()) {
			body = "{}".getBytes(StandardCharsets.UTF_8);
			if (bound.source() == Source.JSON) {
				byte[] json = JSON_VALUES.get(bound.kind()).get(i);
				body = concat("{\"" + bound.name() + "\": " + (bound.many() ? "[" : ""), json,
						(bound.many() ? "]" : "") + "}");
			}
		}
		return this.api.send(endpoint.method(), url, user, (body != null) ? "application/json" : null, body);
	}

	/** The path with the samples in its variables, and {@code value} in {@code name}. */
	private String concrete(Endpoint endpoint, String name, String value) {
		// A writer's page reads the battery's draft: the demo plans are issued.
		boolean reads = endpoint.method().equals("GET")
				&& EndpointSecurityTests.accessOf(endpoint.method(), endpoint.template())
					.orElse(null) != Access.PLAN_WRITER;
		Map<String, Object> samples = reads ? this.readSamples : this.writeSamples;
		Matcher matcher = VARIABLE.matcher(endpoint.template());
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			Object sample = variable.equals(name) ? value : sample(samples, endpoint.template(), variable);
			assertThat(sample)
				.as("a sample for {%s} in %s: add it to InputBatteryTests.sample", variable, endpoint.template())
				.isNotNull();
			matcher.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(sample)));
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	/** Which object a path variable names. */
	private static Object sample(Map<String, Object> samples, String template, String variable) {
		return switch (variable) {
			case "id" -> {
				if (template.startsWith("/api/v1/assignments/")) {
					yield samples.get("assignment");
				}
				if (template.startsWith("/api/v1/agency-reports/")) {
					yield samples.get("report");
				}
				if (template.startsWith("/periods/")) {
					yield samples.get("period");
				}
				if (template.matches("(/admin)?/agencies/.*")) {
					yield samples.get("agency");
				}
				if (template.startsWith("/admin/users/")) {
					yield samples.get("account");
				}
				if (template.matches("(/api/v1)?/plans/.*")) {
					yield samples.get("plan");
				}
				yield template.startsWith("/notifications/") ? 987654321 : null;
			}
			case "sectionId" -> samples.get("section");
			case "taskId" -> samples.get("task");
			case "targetId" -> samples.get("target");
			case "assignmentId" -> samples.get("assignment");
			case "evidenceId" -> samples.get("evidence");
			case "productId" -> samples.get("product");
			case "agencyId" -> samples.get("agency");
			case "periodId" -> samples.get("period");
			case "code" -> "DEPARTMENTS";
			case "token" -> template.startsWith("/plans/import/") ? samples.get("import") : "no-such-token";
			case "index" -> 0;
			default -> null;
		};
	}

	/**
	 * Every mapped endpoint with the values it binds, as Spring MVC's resolvers bind
	 * them; test-only and error endpoints left out.
	 */
	private List<Endpoint> endpoints() {
		List<HandlerMethodArgumentResolver> resolvers = this.adapter.getArgumentResolvers();
		Map<String, Endpoint> endpoints = new TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<Bound> bound = new LinkedHashSet<>();
			boolean jsonBody = false;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				HandlerMethodArgumentResolver resolver = resolvers.stream()
					.filter((candidate) -> candidate.supportsParameter(parameter))
					.findFirst()
					.orElseThrow();
				jsonBody |= resolver.getClass().getSimpleName().equals("RequestResponseBodyMethodProcessor");
				bound.addAll(bound(handler, parameter, resolver));
			}
			for (String path : info.getPatternValues()) {
				if (path.equals("/error") || path.contains("/test-only/")) {
					continue;
				}
				for (String method : methods(info)) {
					boolean multipart = info.getConsumesCondition()
						.getConsumableMediaTypes()
						.contains(MediaType.MULTIPART_FORM_DATA);
					Endpoint endpoint = new Endpoint(method, path, multipart, jsonBody, bound);
					// Two handlers of one address (a file or text): the values of both.
					endpoints.merge(endpoint.key(), endpoint, (one, other) -> {
						Set<Bound> both = new LinkedHashSet<>(one.bound());
						both.addAll(other.bound());
						return new Endpoint(method, path, one.multipart() || other.multipart(),
								one.jsonBody() || other.jsonBody(), both);
					});
				}
			}
		});
		return List.copyOf(endpoints.values());
	}

	private static Set<String> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? Set.of("GET")
				: methods.stream().map(RequestMethod::name).collect(java.util.stream.Collectors.toSet());
	}

	/** What one handler parameter binds from the request. */
	private static List<Bound> bound(HandlerMethod handler, MethodParameter parameter,
			HandlerMethodArgumentResolver resolver) {
		String resolverName = resolver.getClass().getSimpleName();
		ResolvableType type = ResolvableType.forMethodParameter(parameter);
		return switch (resolverName) {
			case "RequestParamMethodArgumentResolver" -> isFile(type) ? List.of()
					: List.of(new Bound(Source.PARAMETER, requestParamName(parameter), kindOf(type), isMany(type)));
			case "RequestHeaderMethodArgumentResolver" ->
				List.of(new Bound(Source.HEADER, requestHeaderName(parameter), kindOf(type), false));
			case "PathVariableMethodArgumentResolver" ->
				List.of(new Bound(Source.PATH, pathVariableName(parameter), kindOf(type), false));
			case "ServletModelAttributeMethodProcessor" -> fields(parameter.getParameterType(), Source.PARAMETER);
			case "RequestResponseBodyMethodProcessor" -> fields(parameter.getParameterType(), Source.JSON);
			case "PageableHandlerMethodArgumentResolver" ->
				List.of(new Bound(Source.PARAMETER, "page", Kind.NUMBER, false),
						new Bound(Source.PARAMETER, "size", Kind.NUMBER, false),
						new Bound(Source.PARAMETER, "sort", Kind.TEXT, false));
			default -> {
				assertThat(NOT_FROM_THE_REQUEST)
					.as("how to send %s of %s (resolved by %s): teach InputBatteryTests", parameter.getParameterName(),
							handler.getShortLogMessage(), resolverName)
					.contains(resolverName);
				yield List.of();
			}
		};
	}

	/** The fields a record or bean binds: its components, or its writable properties. */
	private static List<Bound> fields(Class<?> type, Source source) {
		List<Bound> fields = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				ResolvableType componentType = ResolvableType.forType(component.getGenericType());
				if (!isFile(componentType)) {
					fields.add(new Bound(source, component.getName(), kindOf(componentType), isMany(componentType)));
				}
			}
		}
		else {
			for (var property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					ResolvableType propertyType = ResolvableType.forMethodParameter(property.getWriteMethod(), 0);
					if (!isFile(propertyType)) {
						fields.add(new Bound(source, property.getName(), kindOf(propertyType), isMany(propertyType)));
					}
				}
			}
		}
		return fields;
	}

	private static String requestParamName(MethodParameter parameter) {
		RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
		String name = (annotation != null) ? (annotation.name().isEmpty() ? annotation.value() : annotation.name())
				: "";
		return name.isEmpty() ? parameter.getParameterName() : name;
	}

	private static String requestHeaderName(MethodParameter parameter) {
		RequestHeader annotation = parameter.getParameterAnnotation(RequestHeader.class);
		String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
		return name.isEmpty() ? parameter.getParameterName() : name;
	}

	private static String pathVariableName(MethodParameter parameter) {
		PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
		String name = (annotation != null) ? (annotation.name().isEmpty() ? annotation.value() : annotation.name())
				: "";
		return name.isEmpty() ? parameter.getParameterName() : name;
	}

	private static boolean isMany(ResolvableType type) {
		return Collection.class.isAssignableFrom(type.toClass()) || type.isArray();
	}

	private static boolean isFile(ResolvableType type) {
		ResolvableType single = isMany(type) ? type.asCollection().getGeneric(0) : type;
		return MultipartFile.class.isAssignableFrom(single.toClass())
				|| jakarta.servlet.http.Part.class.isAssignableFrom(single.toClass());
	}

	private static Kind kindOf(ResolvableType type) {
		Class<?> single = (isMany(type) ? type.asCollection().getGeneric(0) : type).toClass();
		if (single == java.util.Optional.class) {
			single = type.getGeneric(0).toClass();
		}
		if (Number.class.isAssignableFrom(single) || (single.isPrimitive() && single != boolean.class)) {
			return Kind.NUMBER;
		}
		if (single == Boolean.class || single == boolean.class) {
			return Kind.BOOLEAN;
		}
		if (Temporal.class.isAssignableFrom(single)) {
			return Kind.DATE;
		}
		if (single.isEnum()) {
			return Kind.ENUM;
		}
		return Kind.TEXT;
	}

	private static byte[] json(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(String before, byte[] value, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(value);
		out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
