package vn.cchc.portal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.cchc.portal.bench.Province.Agency;
import vn.cchc.portal.shared.deadline.Deadline;

/**
 * Ten years of a large province, for the benchmarks ({@code docs/benchmarks.md}):
 * agencies with the 2025 reorganisation, accounts, a province plan (some amended) and a
 * plan per agency each year, their tasks and assignments, four reporting periods a year
 * with the progress updates, evidence, delivered products, agency reports and audit rows
 * they leave. Scale 1 is one large province (≈ 60,000 tasks, ≈ 150,000 assignments, ≥
 * 1,000,000 updates, 200,000 evidence files); {@code --scale 0.01} is what the tests
 * load.
 * <p>
 * Writes into an empty, migrated database (it runs the migrations itself) through
 * {@code COPY}. Every account's password is {@link #PASSWORD}. Random but repeatable: the
 * same scale and day give the same data.
 */
public final class BenchData {

	/** The password of every generated account. */
	public static final String PASSWORD = "cchc-bench-2026";

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String[] PERIODS = { "Q1", "H1", "M9", "YEAR" };

	private static final String[] DOMAINS = { "CHI_DAO_DIEU_HANH", "THE_CHE", "TTHC", "TO_CHUC_BO_MAY", "CONG_VU",
			"TAI_CHINH_CONG", "CHINH_PHU_SO" };

	private static final String[] DOMAIN_TITLES = { "Công tác chỉ đạo, điều hành cải cách hành chính",
			"Cải cách thể chế", "Cải cách thủ tục hành chính (TTHC)", "Cải cách tổ chức bộ máy",
			"Cải cách chế độ công vụ", "Cải cách tài chính công",
			"Xây dựng và phát triển chính quyền điện tử hướng đến chính quyền số" };

	/** The department that leads a domain's tasks in the province plan. */
	private static final String[] DOMAIN_LEADS = { "SNV", "STP", "VP-UBND", "SNV", "SNV", "STC", "STTTT" };

	/** Deadline wordings of the seed plans, with their weight. */
	private static final String[][] DEADLINES = { { "Thường xuyên trong năm {year}", "30" },
			{ "Quý I năm {year}", "8" }, { "Quý II năm {year}", "6" }, { "Quý III năm {year}", "6" },
			{ "Quý IV năm {year}", "6" }, { "Tháng 12 năm {year}", "6" }, { "Trong năm {year}", "8" },
			{ "Hàng quý", "5" }, { "Định kỳ hàng tháng trong năm {year}", "3" },
			{ "Quý I năm {year} ban hành Kế hoạch; báo cáo kết quả thực hiện vào Quý IV năm {year}", "6" },
			{ "Hoàn thành trong Quý I năm {year}", "4" }, { "6 tháng đầu năm {year}", "4" },
			{ "Chậm nhất ngày 01/3/{year}", "2" }, { "Theo quy định của Chính phủ và hướng dẫn của Bộ Nội vụ", "2" } };

	private static final String[] PRODUCTS = { "Quyết định của UBND tỉnh", "Kế hoạch được ban hành",
			"Báo cáo kết quả thực hiện", "Văn bản triển khai; Báo cáo kết quả thực hiện",
			"Quyết định phê duyệt của UBND tỉnh", "Văn bản hướng dẫn" };

	private static final String[] RESULTS = { "Đã ban hành Kế hoạch số %d/KH-%s triển khai đến các phòng, đơn vị.",
			"Đã tổ chức rà soát, tổng hợp kết quả; dự thảo báo cáo trình lãnh đạo.",
			"Đang triển khai theo kế hoạch; đã hoàn thành %d%% khối lượng công việc.",
			"Đã ban hành văn bản số %d/%s về việc triển khai thực hiện.",
			"Đã niêm yết, công khai đầy đủ TTHC tại Bộ phận Một cửa và trên Cổng thông tin điện tử.",
			"Đã cập nhật dữ liệu lên Hệ thống thông tin giải quyết TTHC tỉnh." };

	private static final String[] DIFFICULTIES = { "Thiếu nhân lực chuyên trách.",
			"Hạ tầng công nghệ thông tin chưa đồng bộ.", "Kinh phí được giao chậm." };

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Đặng",
			"Bùi", "Đỗ", "Ngô" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Hữu" };

	private static final String[] GIVEN = { "An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Linh", "Mai",
			"Nam", "Phong", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến" };

	private final double scale;

	private final LocalDate today;

	private final int lastYear;

	private final Random random;

	private final Path spool;

	private final Province province;

	private final List<String[]> vocabulary;

	private final Map<String, Deadline> deadlines = new HashMap<>();

	private final Map<Long, List<String>> staff = new HashMap<>();

	private final Map<String, CopyStream> tables = new LinkedHashMap<>();

	private final String passwordHash;

	private long planId;

	private long sectionId;

	private long taskId;

	private long targetId;

	private long assignmentId;

	private long updateId;

	private long progressId;

	private long evidenceId;

	private long productId;

	private long reportId;

	private long auditId;

	private long otherId;

	private final List<Period> periods = new ArrayList<>();

	private final List<Work> work = new ArrayList<>();

	/**
	 * Task, agency and role of every active assignment: one at most, as the schema says.
	 */
	private final Set<String> active = new HashSet<>();

	private BenchData(double scale, LocalDate today, Path spool) throws IOException {
		this.scale = scale;
		this.today = today;
		this.lastYear = today.getYear();
		this.random = new Random(Objects.hash(scale, today));
		this.spool = spool;
		this.province = new Province(scale);
		this.vocabulary = readVocabulary();
		this.passwordHash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
	}

	/** A reporting period as generated. */
	private record Period(long id, int year, String kind, LocalDate from, LocalDate to, LocalDate due, String status) {
	}

	/** An assignment as generated, with the periods it is reported in. */
	private record Work(long id, long taskId, Agency agency, int year, String product, LocalDate reportedUntil,
			LocalDate reportedFrom) {
	}

	/** What was loaded, by table. */
	public record Summary(Map<String, Long> rows, long millis) {
	}

	/**
	 * Fills an empty, migrated database: {@code --scale} (1 = one large province),
	 * {@code --today} (the day the data ends; the current year's plans are issued and its
	 * period that day is open), connection from SPRING_DATASOURCE_URL, _USERNAME,
	 * _PASSWORD or {@code --url}, {@code --user}, {@code --password}.
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		String url = options.getOrDefault("url", System.getenv("SPRING_DATASOURCE_URL"));
		String user = options.getOrDefault("user", System.getenv("SPRING_DATASOURCE_USERNAME"));
		String password = options.getOrDefault("password", System.getenv("SPRING_DATASOURCE_PASSWORD"));
		double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
		LocalDate today = LocalDate.parse(options.getOrDefault("today", LocalDate.now(ZONE).toString()));
		Objects.requireNonNull(url, "--url or SPRING_DATASOURCE_URL");
		migrate(url, user, password);
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			Summary summary = generate(connection, scale, today);
			summary.rows().forEach((table, rows) -> System.out.printf("%-22s %,12d%n", table, rows));
			System.out.printf("scale %s loaded in %.1f s; every account's password: %s%n", scale,
					summary.millis() / 1000.0, PASSWORD);
		}
	}

	/** Runs the application's migrations (without demo data) on the database. */
	public static void migrate(String url, String user, String password) {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
	}

	/** Generates and loads the data; the database must be migrated and hold no agency. */
	public static Summary generate(Connection connection, double scale, LocalDate today)
			throws SQLException, IOException {
		long start = System.currentTimeMillis();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from agency")) {
			rs.next();
			if (rs.getLong(1) > 0) {
				throw new IllegalStateException("The database already holds agencies: generate into an empty one.");
			}
		}
		Path spool = Files.createTempDirectory("cchc-bench");
		try {
			BenchData data = new BenchData(scale, today, spool);
			data.build();
			Map<String, Long> rows = data.load(connection);
			return new Summary(rows, System.currentTimeMillis() - start);
		}
		finally {
			try (var files = Files.list(spool)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(spool);
		}
	}

	private CopyStream table(String table, String columns) {
		return this.tables.computeIfAbsent(table, (name) -> new CopyStream(this.spool, name, columns));
	}

	private void build() {
		agencies();
		users();
		for (int year = this.lastYear - 9; year <= this.lastYear; year++) {
			periods(year);
			plans(year);
		}
		progress();
	}

	private void agencies() {
		CopyStream agencies = table("agency",
				"id, code, name, short_name, kind, parent_id, valid_from, valid_to, name_since");
		for (Agency a : this.province.all) {
			agencies.row(a.id, a.code, a.name, a.shortName, a.kind, (a.parent != null) ? a.parent.id : null,
					a.validFrom, a.validTo, a.validFrom);
		}
		CopyStream events = table("agency_event", "id, type, effective_date, decision, recorded_by, recorded_at");
		CopyStream parties = table("agency_event_party", "event_id, agency_id, role");
		for (Province.Event e : this.province.events) {
			events.row(e.id(), e.type(), e.effective(), e.decision(), "admin", at(e.effective().minusDays(20), 9));
			for (Agency p : e.predecessors()) {
				parties.row(e.id(), p.id, "DISSOLVE".equals(e.type()) ? "SUBJECT" : "PREDECESSOR");
			}
			for (Agency s : e.successors()) {
				parties.row(e.id(), s.id, "SUCCESSOR");
			}
		}
	}

	private void users() {
		CopyStream users = table("user_account",
				"id, username, password_hash, full_name, role, agency_id, unit_id, enabled, created_at");
		int total = Math.max(60, (int) Math.round(1500 * this.scale));
		long id = 0;
		Instant created = at(LocalDate.of(this.lastYear - 9, 1, 2), 8);
		users.row(++id, "admin", this.passwordHash, "Quản trị hệ thống", "ADMIN", null, null, true, created);
		for (int i = 1; i <= 5; i++) {
			users.row(++id, "planner" + i, this.passwordHash, person(), "PLANNER", this.province.homeAffairs.id,
					this.province.homeAffairs.units.get(0).id, true, created);
		}
		for (int i = 1; i <= 3; i++) {
			users.row(++id, "leader" + i, this.passwordHash, person(), "LEADER", this.province.committee.id, null, true,
					created);
		}
		List<Agency> current = this.province.reportingOn(this.today);
		List<Agency> former = this.province.all.stream()
			.filter((a) -> !a.isUnit() && a != this.province.committee && a.validTo != null)
			.toList();
		for (Agency a : current) {
			users.row(++id, "head." + a.login(), this.passwordHash, person(), "AGENCY_HEAD", a.id, null, true, created);
		}
		for (Agency a : former) {
			// The accounts of agencies that no longer exist stay, locked, for the
			// history.
			String name = "officer." + a.login() + ".1";
			this.staff.computeIfAbsent(a.id, (k) -> new ArrayList<>()).add(name);
			users.row(++id, name, this.passwordHash, person(), "OFFICER", a.id, null, false, created);
		}
		long officers = Math.max(current.size(), total - id);
		for (int i = 0; i < officers; i++) {
			Agency a = current.get(i % current.size());
			int n = i / current.size() + 1;
			Long unit = a.units.isEmpty() ? null : a.units.get(n % a.units.size()).id;
			String name = "officer." + a.login() + "." + n;
			this.staff.computeIfAbsent(a.id, (k) -> new ArrayList<>()).add(name);
			users.row(++id, name, this.passwordHash, person(), "OFFICER", a.id, unit, true, created);
		}
	}

	private String person() {
		return pick(SURNAMES) + " " + pick(MIDDLE) + " " + pick(GIVEN);
	}

	private void periods(int year) {
		CopyStream rows = table("reporting_period",
				"id, plan_year, kind, cutoff_from, cutoff_to, due_date, status, version");
		LocalDate from = LocalDate.of(year - 1, 12, 15);
		boolean openTaken = false;
		for (int i = 0; i < PERIODS.length; i++) {
			LocalDate to = LocalDate.of(year, 3 * (i + 1), 14);
			LocalDate due = to.plusDays(1);
			String status;
			if (due.isBefore(this.today) && !(year == this.lastYear && i == PERIODS.length - 1)) {
				status = "CLOSED";
			}
			else if (!openTaken) {
				status = "OPEN";
				openTaken = true;
			}
			else {
				status = "PLANNED";
			}
			Period period = new Period(this.periods.size() + 1, year, PERIODS[i], from, to, due, status);
			this.periods.add(period);
			rows.row(period.id(), year, period.kind(), from, to, due, status, 0);
		}
	}

	private void plans(int year) {
		LocalDate issued = LocalDate.of(year, 1, 10 + this.random.nextInt(15));
		String status = (year < this.lastYear) ? "CLOSED" : "ISSUED";
		int provinceTasks = Math.max(8, (int) Math.round(150 * Math.min(1, Math.sqrt(this.scale))));
		long provincePlan = plan(year, this.province.committee, null, issued, status, provinceTasks,
				year % 10 != 3 && year % 10 != 7);
		List<Agency> owners = this.province.reportingOn(LocalDate.of(year, 1, 1));
		double budget = 58_500 * this.scale;
		double weights = owners.stream().mapToDouble(BenchData::weight).sum();
		for (Agency owner : owners) {
			int tasks = Math.max(1,
					(int) Math.round(budget * weight(owner) / weights / 10 * (0.7 + 0.6 * this.random.nextDouble())));
			plan(year, owner, provincePlan, issued.plusDays(10 + this.random.nextInt(20)), status, tasks, false);
		}
	}

	/** Departments write longer plans than communes. */
	private static double weight(Agency agency) {
		return switch (agency.kind) {
			case "DEPARTMENT" -> 3.0;
			case "DISTRICT_COMMITTEE" -> 2.0;
			case "COMMUNE_COMMITTEE" -> 0.8;
			default -> 1.2;
		};
	}

	private long plan(int year, Agency owner, Long parent, LocalDate issued, String status, int taskCount,
			boolean amended) {
		long id = ++this.planId;
		boolean provincial = parent == null;
		String decision = provincial ? (100 + this.random.nextInt(3000)) + "/QĐ-UBND"
				: (1 + this.random.nextInt(400)) + "/KH-" + owner.code;
		String title = provincial ? "Kế hoạch cải cách hành chính năm " + year + " của tỉnh Quảng Ngãi"
				: "Kế hoạch cải cách hành chính năm " + year + " của " + owner.name;
		String creator = provincial ? "planner1" : "head." + owner.login();
		table("plan",
				"id, plan_year, owner_agency_id, parent_plan_id, title, decision_number, decision_date, signer, "
						+ "purposes, status, version, created_at, created_by")
			.row(id, year, owner.id, parent, title, decision, issued, provincial ? "Chủ tịch UBND tỉnh" : "Thủ trưởng",
					"Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính năm " + year + ".", status,
					amended ? 6 : 3, at(issued.minusDays(30), 8), creator);
		CopyStream transitions = table("plan_transition",
				"id, plan_id, from_status, to_status, decision_number, decision_date, actor, at");
		CopyStream versions = table("plan_version",
				"id, plan_id, number, decision_number, decision_date, snapshot, created_at, created_by");
		List<String[]> steps = new ArrayList<>(
				List.of(new String[] { "DRAFT", "SUBMITTED" }, new String[] { "SUBMITTED", "ISSUED" }));
		LocalDate amendedOn = issued.plusDays(120 + this.random.nextInt(60));
		if (amended) {
			steps.addAll(List.of(new String[] { "ISSUED", "DRAFT" }, new String[] { "DRAFT", "SUBMITTED" },
					new String[] { "SUBMITTED", "ISSUED" }));
		}
		if ("CLOSED".equals(status)) {
			steps.add(new String[] { "ISSUED", "CLOSED" });
		}
		int version = 0;
		for (int i = 0; i < steps.size(); i++) {
			String[] step = steps.get(i);
			LocalDate day = (i < 2) ? issued : (amended && i < 5) ? amendedOn : LocalDate.of(year + 1, 1, 20);
			boolean issue = "ISSUED".equals(step[1]);
			String number = (issue && version > 0) ? (100 + this.random.nextInt(3000)) + "/QĐ-UBND" : decision;
			transitions.row(++this.otherId, id, step[0], step[1], issue ? number : null, issue ? day : null, creator,
					at(day, 10 + i));
			audit(at(day, 10 + i), creator, "PLAN_" + step[1], "PLAN", id,
					step[0] + " → " + step[1] + (issue ? " (" + number + ")" : ""));
			if (issue) {
				version++;
				versions.row(++this.otherId, id, version, number, day, snapshot(id, year, title, number, day),
						at(day, 11), creator);
			}
		}
		long[] sections = new long[DOMAINS.length];
		CopyStream sectionRows = table("plan_section", "id, plan_id, position, label, title, domain_code");
		for (int d = 0; d < DOMAINS.length; d++) {
			sections[d] = ++this.sectionId;
			sectionRows.row(sections[d], id, d + 1, provincial ? String.valueOf(d + 1) : roman(d + 1), DOMAIN_TITLES[d],
					DOMAINS[d]);
		}
		if (provincial) {
			targets(id);
		}
		int[] positions = new int[DOMAINS.length];
		long parentTask = 0;
		int parentDomain = 0;
		for (int t = 0; t < taskCount; t++) {
			String[] entry = this.vocabulary.get(this.random.nextInt(this.vocabulary.size()));
			int domain = List.of(DOMAINS).indexOf(entry[0]);
			// One task in five is an activity of the task before it (plans with a
			// framework table).
			boolean activity = provincial && parentTask != 0 && t % 5 == 4;
			if (activity) {
				domain = parentDomain;
			}
			int position = ++positions[domain];
			String text = entry[1].replace("{year}", String.valueOf(year))
				.replace("{next}", String.valueOf(year + 1))
				.replace("{prev}", String.valueOf(year - 1));
			long task = task(id, year, sections[domain], activity ? parentTask : null, position,
					activity ? "-" : label(position), text);
			if (!activity) {
				parentTask = task;
				parentDomain = domain;
			}
			if (provincial) {
				provinceParties(task, domain, year, issued);
			}
			else {
				agencyParties(task, owner, year, domain);
			}
		}
		return id;
	}

	private String snapshot(long id, int year, String title, String decision, LocalDate day) {
		// The plan's header as issued; the benchmarks never compare versions, so no task
		// list.
		return "{\"id\":%d,\"year\":%d,\"title\":\"%s\",\"decisionNumber\":\"%s\",\"decisionDate\":\"%s\","
			.formatted(id, year, title, decision, day)
				+ "\"status\":\"ISSUED\",\"version\":0,\"editable\":false,\"targets\":[],\"sections\":[],\"domainCounts\":[]}";
	}

	private void targets(long planId) {
		CopyStream targets = table("plan_target",
				"id, plan_id, position, label, wording, metric, comparator, target_value, unit, level, cumulative");
		String[][] rows = { { "Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% trở lên", "80", "PROVINCE" },
				{ "100% TTHC được công khai đầy đủ, đúng hạn trên Cơ sở dữ liệu quốc gia về TTHC", "100", "PROVINCE" },
				{ "Mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%", "90", "PROVINCE" },
				{ "100% hồ sơ TTHC được số hóa khi tiếp nhận", "100", "COMMUNE" } };
		for (int i = 0; i < rows.length; i++) {
			targets.row(++this.targetId, planId, i + 1, String.valueOf(i + 1), rows[i][0], "Tỷ lệ", "GE", rows[i][1],
					"%", rows[i][2], true);
		}
	}

	private long task(long planId, int year, long section, Long parent, int position, String label, String text) {
		long id = ++this.taskId;
		String wording = weighted(DEADLINES).replace("{year}", String.valueOf(year));
		Deadline deadline = this.deadlines.computeIfAbsent(wording + "|" + year, (k) -> Deadline.parse(wording, year));
		table("plan_task",
				"id, plan_id, section_id, parent_task_id, position, label, text, deadline_text, "
						+ "deadline_kind, deadline_due, lead_wording, coordinator_wording, version")
			.row(id, planId, section, parent, position, label, text, wording, deadline.kind().name(),
					deadline.dueDate().orElse(null), null, null, 0);
		table("plan_task_product", "task_id, position, text").row(id, 0, pick(PRODUCTS));
		return id;
	}

	/**
	 * The province plan names a department, or a group ("các sở, ban ngành; UBND cấp
	 * huyện", "UBND cấp xã") that becomes one assignment per member agency.
	 */
	private void provinceParties(long task, int domain, int year, LocalDate issued) {
		double draw = this.random.nextDouble();
		List<Agency> leads;
		String leadWording;
		String leadGroup = null;
		if (draw < 0.08) {
			leads = this.province.ofKind("COMMUNE_COMMITTEE", issued);
			leadWording = "UBND cấp xã";
			leadGroup = "COMMUNE_COMMITTEES";
		}
		else if (draw < 0.22) {
			leads = new ArrayList<>(this.province.ofKind("DEPARTMENT", issued));
			leads.addAll(this.province.ofKind("DISTRICT_COMMITTEE", issued));
			leadWording = leads.stream().anyMatch((a) -> "DISTRICT_COMMITTEE".equals(a.kind))
					? "Các sở, ban ngành; UBND cấp huyện" : "Các sở, ban ngành";
			leadGroup = "DEPARTMENTS";
		}
		else {
			Agency lead = current(this.province.byCode(DOMAIN_LEADS[domain]), issued);
			leads = List.of(lead);
			leadWording = lead.name;
		}
		List<Agency> coordinators = new ArrayList<>();
		String coordinatorWording;
		String coordinatorGroup = null;
		draw = this.random.nextDouble();
		if (draw < 0.4 && leadGroup == null) {
			coordinators.addAll(this.province.ofKind("DEPARTMENT", issued));
			coordinators.addAll(this.province.ofKind("DISTRICT_COMMITTEE", issued));
			coordinators.removeAll(leads);
			coordinatorWording = "Các sở, ban ngành; UBND cấp huyện";
			coordinatorGroup = "DEPARTMENTS";
		}
		else if (draw < 0.7) {
			coordinatorWording = "Các cơ quan, đơn vị có liên quan";
			coordinatorGroup = "RELATED_AGENCIES";
		}
		else {
			Agency other = current(this.province.byCode(DOMAIN_LEADS[(domain + 1 + this.random.nextInt(6)) % 7]),
					issued);
			if (!leads.contains(other)) {
				coordinators.add(other);
			}
			coordinatorWording = "Sở Nội vụ và các cơ quan, đơn vị liên quan";
		}
		words(task, leadWording, coordinatorWording);
		CopyStream parties = table("plan_task_party", "task_id, role, position, agency_id, group_code, wording");
		// Positions run over the task's whole list of parties (the entity's order
		// column).
		parties.row(task, "LEAD", 0, (leads.size() == 1) ? leads.get(0).id : null, leadGroup, leadWording);
		parties.row(task, "COORDINATOR", 1, (coordinators.size() == 1) ? coordinators.get(0).id : null,
				coordinatorGroup, coordinatorWording);
		String product = "Báo cáo kết quả thực hiện";
		for (Agency lead : leads) {
			assign(task, lead, "LEAD", (leadGroup != null) ? leadGroup : null, year, product);
		}
		for (Agency coordinator : coordinators) {
			assign(task, coordinator, "COORDINATOR", coordinatorGroup, year, product);
		}
	}

	private void words(long task, String lead, String coordinator) {
		// plan_task was written before its parties: the wordings are set in one update
		// after loading.
		table("task_wording", "task_id, lead_wording, coordinator_wording").row(task, lead, coordinator);
	}

	/** The department that exists on a day: a merged one's successor. */
	private static Agency current(Agency agency, LocalDate day) {
		Agency found = agency;
		while (!found.validOn(day) && found.successor != null) {
			found = found.successor;
		}
		return found;
	}

	/**
	 * An agency's own plan: led by the agency or one of its units, others coordinating.
	 */
	private void agencyParties(long task, Agency owner, int year, int domain) {
		LocalDate day = LocalDate.of(year, 1, 1);
		List<Agency> units = owner.units.stream().filter((u) -> u.validOn(day)).toList();
		Agency lead = (!units.isEmpty() && this.random.nextBoolean()) ? pick(units) : owner;
		List<Agency> coordinators = new ArrayList<>();
		for (Agency unit : units) {
			if (unit != lead && this.random.nextDouble() < 0.6) {
				coordinators.add(unit);
			}
		}
		if (lead != owner && this.random.nextDouble() < 0.5) {
			coordinators.add(owner);
		}
		if ("COMMUNE_COMMITTEE".equals(owner.kind) && "DISTRICT_COMMITTEE".equals(owner.parent.kind)
				&& owner.parent.validOn(day) && this.random.nextDouble() < 0.5) {
			coordinators.add(owner.parent);
		}
		// The department in charge of the domain follows part of every agency's work
		// ("phối hợp: Sở Tư pháp").
		Agency domainLead = current(this.province.byCode(DOMAIN_LEADS[domain]), day);
		if (owner != domainLead && domainLead.validOn(day) && this.random.nextDouble() < 0.15) {
			coordinators.add(domainLead);
		}
		CopyStream parties = table("plan_task_party", "task_id, role, position, agency_id, group_code, wording");
		parties.row(task, "LEAD", 0, lead.id, null, lead.name);
		for (int i = 0; i < coordinators.size(); i++) {
			parties.row(task, "COORDINATOR", i + 1, coordinators.get(i).id, null, coordinators.get(i).name);
		}
		words(task, lead.name,
				coordinators.isEmpty() ? null : String.join(", ", coordinators.stream().map((a) -> a.name).toList()));
		assign(task, lead, "LEAD", null, year, "Báo cáo kết quả thực hiện");
		for (Agency coordinator : coordinators) {
			assign(task, coordinator, "COORDINATOR", null, year, "Báo cáo kết quả thực hiện");
		}
	}

	/**
	 * One assignment; when its agency ends within the year (the 2025 reorganisation), it
	 * is moved to the successor: the old one stays inactive with the periods before.
	 */
	private void assign(long task, Agency agency, String role, String group, int year, String product) {
		CopyStream rows = table("assignment", "id, task_id, agency_id, role, via_group_code, active, "
				+ "moved_from_agency_id, moved_by_event_id, moved_on, version");
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		Agency reporting = agency.reporting();
		LocalDate ends = (agency.validTo != null) ? agency.validTo
				: (reporting.validTo != null) ? reporting.validTo : null;
		if (ends == null || ends.isAfter(yearEnd)) {
			if (this.active.add(task + ":" + agency.id + ":" + role)) {
				long id = ++this.assignmentId;
				rows.row(id, task, agency.id, role, group, true, null, null, null, 0);
				this.work.add(new Work(id, task, agency, year, product, null, null));
			}
			return;
		}
		long old = ++this.assignmentId;
		rows.row(old, task, agency.id, role, group, false, null, null, null, 1);
		this.work.add(new Work(old, task, agency, year, product, ends, null));
		Agency successor = (agency.successor != null) ? agency.successor : reporting.successor;
		// Merged agencies often shared a task: the successor carries it once.
		if (successor != null && this.active.add(task + ":" + successor.id + ":" + role)) {
			long id = ++this.assignmentId;
			long event = this.province.events.stream()
				.filter((e) -> e.predecessors().contains(reporting) || e.predecessors().contains(agency))
				.findFirst()
				.orElseThrow()
				.id();
			rows.row(id, task, successor.id, role, group, true, agency.id, event, ends, 0);
			this.work.add(new Work(id, task, successor, year, product, null, ends));
		}
	}

	/**
	 * Where each assignment stood in each period, with the updates that got it there,
	 * their evidence, products and audit rows; then the agencies' period reports.
	 */
	private void progress() {
		CopyStream updates = table("progress_update", "id, assignment_id, period_id, status, percent, results, "
				+ "difficulties, proposals, late, author, created_at");
		CopyStream states = table("assignment_progress", "id, assignment_id, period_id, agency_id, status, percent, "
				+ "late, revision, latest_update_id, updated_by, updated_at");
		CopyStream evidence = table("evidence", "id, agency_id, assignment_id, period_id, file_name, media_type, "
				+ "size_bytes, sha256, title, document_number, document_date, issuer, uploaded_by, uploaded_at");
		CopyStream files = table("evidence_file", "evidence_id, content");
		CopyStream products = table("delivered_product", "id, agency_id, assignment_id, period_id, product, "
				+ "document_number, document_date, recorded_by, recorded_at");
		Map<String, long[]> reported = new LinkedHashMap<>();
		long expectedStates = 0;
		for (Work w : this.work) {
			for (Period p : this.periods) {
				if (p.year() == w.year() && !"PLANNED".equals(p.status())) {
					expectedStates++;
				}
			}
		}
		double evidenceChance = Math.min(1, 200_000 * this.scale / Math.max(1, expectedStates * 0.9));
		for (Work w : this.work) {
			Agency agency = w.agency().reporting();
			double progressSoFar = 0;
			for (Period p : this.periods) {
				if (p.year() != w.year() || "PLANNED".equals(p.status())) {
					continue;
				}
				if (w.reportedUntil() != null && !p.due().isBefore(w.reportedUntil())) {
					continue;
				}
				if (w.reportedFrom() != null && p.due().isBefore(w.reportedFrom())) {
					continue;
				}
				boolean open = "OPEN".equals(p.status());
				if (this.random.nextDouble() > (open ? 0.5 : 0.97)) {
					continue;
				}
				double share = switch (p.kind()) {
					case "Q1" -> 0.25;
					case "H1" -> 0.5;
					case "M9" -> 0.75;
					default -> 1.0;
				};
				String status;
				int percent;
				double draw = this.random.nextDouble();
				if (draw < 0.02) {
					status = "NOT_STARTED";
					percent = 0;
				}
				else if (draw < 0.05) {
					status = "SUSPENDED";
					percent = (int) (progressSoFar * 100);
				}
				else if (draw < share * (open ? 0.5 : 0.8)) {
					status = (this.random.nextDouble() < 0.1) ? "DONE_LATE" : "DONE_ON_TIME";
					percent = 100;
				}
				else {
					status = "IN_PROGRESS";
					percent = Math.max(5, Math.min(95, (int) (share * 100 * (0.6 + 0.5 * this.random.nextDouble()))));
				}
				progressSoFar = percent / 100.0;
				double count = this.random.nextDouble();
				int revisions = (count < 0.25) ? 1 : (count < 0.65) ? 2 : 3;
				List<String> people = this.staff.getOrDefault(agency.id, List.of("head." + agency.login()));
				LocalDate last = open ? (this.today.isBefore(p.due()) ? this.today : p.due()) : p.due();
				long windowDays = Math.max(1, last.toEpochDay() - p.to().minusDays(40).toEpochDay());
				Instant when = at(p.to().minusDays(40), 8);
				long latest = 0;
				String author = null;
				for (int r = 1; r <= revisions; r++) {
					boolean isLast = r == revisions;
					String s = isLast ? status : "IN_PROGRESS";
					int pc = isLast ? percent : Math.max(1, percent * r / (revisions + 1));
					when = when.plusSeconds(
							(long) (windowDays * 86_400L / (revisions + 1) * (0.5 + this.random.nextDouble())));
					if (when.isAfter(at(last, 17))) {
						when = at(last, 8).plusSeconds(r * 600L);
					}
					boolean late = !open && this.random.nextDouble() < 0.03;
					author = pick(people);
					latest = ++this.updateId;
					String result = RESULTS[this.random.nextInt(RESULTS.length)]
						.formatted(10 + this.random.nextInt(900), agency.code, pc);
					updates.row(latest, w.id(), p.id(), s, pc, result,
							(this.random.nextDouble() < 0.1) ? pick(DIFFICULTIES) : null, null, late, author, when);
					audit(when, author, "PROGRESS_UPDATED", "ASSIGNMENT", w.id(), s + " " + pc + "%");
				}
				states.row(++this.progressId, w.id(), p.id(), agency.id, status, percent, false, revisions, latest,
						author, when);
				reported.computeIfAbsent(agency.id + ":" + p.id(), (k) -> new long[] { agency.id, p.id() });
				if (!"NOT_STARTED".equals(status) && this.random.nextDouble() < evidenceChance / 0.98) {
					byte[] body = pdf(w.id(), p.id());
					long e = ++this.evidenceId;
					String number = (10 + this.random.nextInt(900)) + "/BC-" + agency.code;
					evidence.row(e, agency.id, w.id(), p.id(), "bao-cao-" + e + ".pdf", "application/pdf", body.length,
							sha256(body), "Báo cáo kết quả thực hiện nhiệm vụ", number, when.atZone(ZONE).toLocalDate(),
							agency.name, author, when);
					files.row(e, body);
					audit(when, author, "EVIDENCE_ADDED", "ASSIGNMENT", w.id(), "bao-cao-" + e + ".pdf");
				}
				if (status.startsWith("DONE") && this.random.nextDouble() < 0.3) {
					products.row(++this.productId, agency.id, w.id(), p.id(), w.product(),
							(10 + this.random.nextInt(900)) + "/QĐ-UBND", when.atZone(ZONE).toLocalDate(), author,
							when);
				}
			}
		}
		reports(reported);
	}

	/**
	 * Each agency's report for each period it reported in: closed periods submitted (some
	 * returned once and sent again) and accepted; none yet for the open period.
	 */
	private void reports(Map<String, long[]> reported) {
		CopyStream reports = table("agency_report",
				"id, agency_id, period_id, status, summary, submitted_at, late, version");
		CopyStream events = table("agency_report_event", "id, report_id, action, comment, actor, at");
		Map<Long, Agency> byId = new HashMap<>();
		this.province.all.forEach((a) -> byId.put(a.id, a));
		for (long[] key : reported.values()) {
			Period period = this.periods.get((int) key[1] - 1);
			if (!"CLOSED".equals(period.status())) {
				continue;
			}
			Agency agency = byId.get(key[0]);
			long id = ++this.reportId;
			String head = "head." + agency.login();
			Instant submitted = at(period.due().minusDays(this.random.nextInt(4)), 15);
			boolean late = this.random.nextDouble() < 0.05;
			if (late) {
				submitted = at(period.due().plusDays(1 + this.random.nextInt(5)), 15);
			}
			boolean returned = this.random.nextDouble() < 0.1;
			boolean latestClosed = this.periods.stream()
				.filter((p) -> "CLOSED".equals(p.status()))
				.reduce((a, b) -> b)
				.map((p) -> p.id() == period.id())
				.orElse(false);
			boolean accepted = !latestClosed || this.random.nextDouble() < 0.85;
			reports.row(id, agency.id, period.id(), accepted ? "ACCEPTED" : "SUBMITTED",
					"Cơ quan đã triển khai đầy đủ các nhiệm vụ được giao trong kỳ.", submitted, late, returned ? 4 : 2);
			events.row(++this.otherId, id, "SUBMITTED", null, head, submitted);
			audit(submitted, head, "REPORT_SUBMITTED", "AGENCY_REPORT", id, null);
			Instant decided = submitted.plusSeconds(2 * 86_400L);
			if (returned) {
				events.row(++this.otherId, id, "RETURNED", "Đề nghị bổ sung tài liệu kiểm chứng.", "planner1", decided);
				audit(decided, "planner1", "REPORT_RETURNED", "AGENCY_REPORT", id, null);
				decided = decided.plusSeconds(86_400L);
				events.row(++this.otherId, id, "SUBMITTED", null, head, decided);
				audit(decided, head, "REPORT_SUBMITTED", "AGENCY_REPORT", id, null);
				decided = decided.plusSeconds(86_400L);
			}
			if (accepted) {
				events.row(++this.otherId, id, "ACCEPTED", null, "planner1", decided);
				audit(decided, "planner1", "REPORT_ACCEPTED", "AGENCY_REPORT", id, null);
			}
		}
	}

	private void audit(Instant when, String actor, String action, String targetType, long targetId, String details) {
		table("audit_event", "id, occurred_at, actor, action, target_type, target_id, details").row(++this.auditId,
				when, actor, action, targetType, String.valueOf(targetId), details);
	}

	/** A small, valid-looking PDF: the benchmarks need many files, not large ones. */
	private byte[] pdf(long assignment, long period) {
		StringBuilder text = new StringBuilder("%PDF-1.4\n% Bao cao ket qua thuc hien nhiem vu ").append(assignment)
			.append(" ky ")
			.append(period)
			.append('\n');
		int lines = 8 + this.random.nextInt(24);
		for (int i = 0; i < lines; i++) {
			text.append("BT /F1 10 Tf 72 ").append(720 - i * 14).append(" Td (Noi dung ").append(i).append(") Tj ET\n");
		}
		return text.append("%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Loads the spooled tables in foreign-key order, then moves the identity sequences
	 * past the generated ids and refreshes the planner's statistics.
	 */
	private Map<String, Long> load(Connection connection) throws SQLException, IOException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement()) {
			statement.execute("create temporary table task_wording (task_id bigint primary key, "
					+ "lead_wording varchar(2000), coordinator_wording varchar(2000)) on commit drop");
			for (CopyStream table : this.tables.values()) {
				rows.put(table.table(), table.load(connection));
			}
			statement.execute("update plan_task t set lead_wording = w.lead_wording, "
					+ "coordinator_wording = w.coordinator_wording from task_wording w where w.task_id = t.id");
			rows.remove("task_wording");
			for (String table : List.of("agency", "agency_event", "user_account", "reporting_period", "plan",
					"plan_section", "plan_target", "plan_task", "assignment", "plan_transition", "plan_version",
					"progress_update", "assignment_progress", "evidence", "delivered_product", "agency_report",
					"agency_report_event", "audit_event")) {
				statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
						+ "(select coalesce(max(id), 0) + 1 from " + table + "), false)");
			}
			connection.commit();
			connection.setAutoCommit(true);
			statement.execute("vacuum analyze");
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		return rows;
	}

	private static List<String[]> readVocabulary() throws IOException {
		List<String[]> entries = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				BenchData.class.getResourceAsStream("/bench/tasks.tsv"), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.startsWith("#") && line.contains("\t")) {
					entries.add(line.split("\t", 2));
				}
			}
		}
		return entries;
	}

	private String weighted(String[][] choices) {
		int total = 0;
		for (String[] c : choices) {
			total += Integer.parseInt(c[1]);
		}
		int draw = this.random.nextInt(total);
		for (String[] c : choices) {
			draw -= Integer.parseInt(c[1]);
			if (draw < 0) {
				return c[0];
			}
		}
		return choices[0][0];
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ZONE).toInstant();
	}

	private static String label(int position) {
		String letters = "abcdeghiklmnopqrstuvxy";
		return (position <= letters.length()) ? letters.charAt(position - 1) + ")" : position + ")";
	}

	private static String roman(int n) {
		return new String[] { "I", "II", "III", "IV", "V", "VI", "VII" }[n - 1];
	}

}
