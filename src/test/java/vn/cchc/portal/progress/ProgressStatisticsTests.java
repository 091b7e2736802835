package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.progress.ProgressStatistics.Scope;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestData;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures, counted in SQL, equal what the agencies reported: per agency,
 * domain, period and year, the targets met or not, the tasks behind each number; and the
 * whole province's, in SQL and in the Java lines of the province report, equal the counts
 * written by hand for the stage.
 */
@PortalWebTest
class ProgressStatisticsTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ProgressStatistics statistics;

	@Autowired
	ProgressFigures figures;

	/** Built by the first test that needs it, see {@link #stage()}. */
	private static Stage stage;

	@Test
	void theFiguresAreWhatTheAgenciesReported() {
		ReportingFixture f = stage().fixture();
		PeriodView period = this.figures.period(f.periodId).orElseThrow();

		Map<Long, ProgressStatistics.AgencyTally> byAgency = new java.util.HashMap<>();
		this.statistics.byAgency(period, Scope.ALL).forEach((row) -> byAgency.put(row.agencyId(), row));
		ProgressStatistics.AgencyTally a = byAgency.get(f.agencyA);
		assertThat(a.counts().byCategory()).containsEntry(Category.DONE_ON_TIME, 1)
			.containsEntry(Category.IN_PROGRESS, 1)
			.containsEntry(Category.OVERDUE, 1)
			.containsEntry(Category.DONE_LATE, 0)
			.containsEntry(Category.NOT_STARTED, 0);
		assertThat(a.counts().total()).isEqualTo(3);
		assertThat(a.submitted()).isTrue();
		assertThat(a.onTime()).isTrue();
		ProgressStatistics.AgencyTally b = byAgency.get(f.agencyB);
		assertThat(b.counts().byCategory()).containsEntry(Category.DONE_LATE, 1).containsEntry(Category.NOT_STARTED, 1);
		// Suspended or cancelled: apart, outside the total and the share.
		assertThat(b.counts().suspended()).isEqualTo(1);
		assertThat(b.counts().total()).isEqualTo(2);
		assertThat(b.counts().percentDone()).isEqualTo(50.0);
		assertThat(b.submitted()).isFalse();

		Scope onlyA = new Scope(null, null, f.agencyA, null, null);
		assertThat(this.statistics.byDomain(period, onlyA)).singleElement().satisfies((tally) -> {
			assertThat(tally.key()).isEqualTo("TTHC");
			assertThat(tally.counts().total()).isEqualTo(3);
		});
		assertThat(this.statistics.byDomain(period, new Scope("THE_CHE", null, f.agencyA, null, null))).isEmpty();
		assertThat(this.statistics.byDomain(period, new Scope(null, "COMMUNE_COMMITTEE", f.agencyA, null, null)))
			.isEmpty();
		assertThat(this.statistics.byPeriod(f.year, List.of(f.periodId), onlyA)).singleElement()
			.satisfies((tally) -> assertThat(tally.counts().overdue()).isEqualTo(1));
		assertThat(this.statistics.byYear(f.year - 4, f.year, onlyA)).singleElement().satisfies((year) -> {
			assertThat(year.year()).isEqualTo(f.year);
			assertThat(year.total()).isEqualTo(3);
			assertThat(year.done()).isEqualTo(1);
			assertThat(year.reported()).isTrue();
		});

		// The tasks behind a number, and those serving a target.
		assertThat(this.statistics.tasks(period, new Scope(null, null, f.agencyB, Category.NOT_STARTED, null), 0, 0)
			.lines()).extracting(ProgressStatistics.TaskLine::taskLabel).containsExactly("d)");
		ProgressStatistics.TaskPage all = this.statistics.tasks(period, onlyA, 0, 2);
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.lines()).hasSize(2);
		long online = target("Tỷ lệ hồ sơ trực tuyến " + f.tag);
		long published = target("Công khai TTHC " + f.tag);
		assertThat(this.statistics.tasks(period, new Scope(null, null, null, null, online), 0, 0).lines())
			.extracting(ProgressStatistics.TaskLine::taskLabel)
			.containsExactly("a)");
		assertThat(this.statistics.tasks(period, onlyA, 0, 0).lines())
			.filteredOn((line) -> line.taskLabel().equals("b)"))
			.singleElement()
			.satisfies((line) -> assertThat(line.evidence()).isEqualTo(1));

		// Targets: A met the first, missed the second; B, expected for the agency-level
		// one, reported nothing.
		Map<Long, ProgressStatistics.TargetTally> targets = new java.util.HashMap<>();
		this.statistics.targets(period, Scope.ALL).forEach((row) -> targets.put(row.targetId(), row));
		assertThat(targets.get(online).met()).isEqualTo(1);
		assertThat(targets.get(online).agencies()).isEqualTo(1);
		assertThat(targets.get(online).actual()).isEqualByComparingTo("94.5");
		assertThat(targets.get(published).notMet()).isEqualTo(1);
		assertThat(targets.get(published).notReported()).isEqualTo(1);
		// One agency reported: its value is the actual.
		assertThat(targets.get(published).actual()).isEqualByComparingTo("90");
		ProgressStatistics.TargetTally ofB = this.statistics
			.targets(period, new Scope(null, null, f.agencyB, null, null))
			.stream()
			.filter((row) -> row.targetId() == published)
			.findFirst()
			.orElseThrow();
		assertThat(ofB.notReported()).isEqualTo(1);
		assertThat(ofB.agencies()).isEqualTo(1);
	}

	/**
	 * The whole province in the stage's year, counted by hand per domain and category:
	 * the SQL of the dashboards and the Java lines of the province report must both say
	 * so. Suspended or cancelled tasks are apart (SQL) or left out (Java); coordinators
	 * and plans not issued are never counted.
	 */
	@Test
	void theProvinceIsCountedByDomainAndCategoryAsByHand() {
		Stage staged = stage();
		ReportingFixture f = staged.fixture();
		PeriodView period = this.figures.period(f.periodId).orElseThrow();
		// On time, late, in progress, not started, overdue; suspended apart.
		Map<String, List<Integer>> expected = Map.of("TTHC", List.of(1, 1, 1, 1, 1, 1), "THE_CHE",
				List.of(1, 0, 0, 1, 1, 0), "CHINH_PHU_SO", List.of(0, 1, 1, 0, 0, 1));

		Map<String, List<Integer>> sql = new HashMap<>();
		this.statistics.byDomain(period, Scope.ALL)
			.forEach((tally) -> sql.put(tally.key(), withSuspended(tally.counts())));
		assertThat(sql).isEqualTo(expected);

		Map<String, List<Integer>> java = new HashMap<>();
		this.figures.lines(period).forEach((line) -> {
			List<Integer> counts = java.computeIfAbsent(line.item().domainCode(),
					(domain) -> new ArrayList<>(List.of(0, 0, 0, 0, 0)));
			counts.set(line.category().ordinal(), counts.get(line.category().ordinal()) + 1);
		});
		assertThat(java).isEqualTo(Map.of("TTHC", List.of(1, 1, 1, 1, 1), "THE_CHE", List.of(1, 0, 0, 1, 1),
				"CHINH_PHU_SO", List.of(0, 1, 1, 0, 0)));

		// The same by period, by agency, by year and behind a number.
		assertThat(this.statistics.byPeriod(f.year, List.of(f.periodId), Scope.ALL)).singleElement()
			.satisfies((tally) -> assertThat(withSuspended(tally.counts())).containsExactly(2, 2, 2, 2, 2, 2));
		assertThat(this.statistics.byAgency(period, Scope.ALL))
			.filteredOn((tally) -> tally.agencyId() == staged.gamma())
			.singleElement()
			.satisfies((tally) -> assertThat(withSuspended(tally.counts())).containsExactly(1, 1, 1, 1, 1, 1));
		assertThat(this.statistics.byYear(f.year, f.year, Scope.ALL)).singleElement().satisfies((year) -> {
			// 12 lead lines, 2 of them suspended: 4 done of 10.
			assertThat(List.of(year.total(), year.done(), year.suspended())).containsExactly(12, 4, 2);
			assertThat(year.percentDone()).isEqualTo(40.0);
		});
		assertThat(this.statistics.tasks(period, new Scope(null, null, null, Category.OVERDUE, null), 0, 0).lines())
			.extracting(ProgressStatistics.TaskLine::taskLabel)
			.containsExactly("a)", "h)");
		assertThat(this.statistics.tasks(period, new Scope("THE_CHE", null, null, null, null), 0, 0).lines())
			.extracting((line) -> line.taskLabel() + " " + line.category())
			.containsExactly("g) DONE_ON_TIME", "h) OVERDUE", "i) NOT_STARTED");
	}

	private static List<Integer> withSuspended(ProgressStatistics.Counts counts) {
		List<Integer> all = new ArrayList<>();
		for (Category category : Category.values()) {
			all.add(counts.get(category));
		}
		all.add(counts.suspended());
		return all;
	}

	/**
	 * The year's stage, built by the first test that needs it (the province-wide figures
	 * count every line of the year, so no test adds its own). Plan 1, Cải cách TTHC:
	 * agency A: a) overdue (Quý I, no update, serves a target), b) done on time with
	 * evidence, c) in progress; agency B: d) not started, e) done late, f) suspended. A
	 * reports two targets and submits its report on time. Plan 2, agency C: Cải cách thể
	 * chế: g) done on time, h) overdue (Quý I, its update says in progress), i) not
	 * started (A coordinates and reports done: not counted); Chính quyền số: j) in
	 * progress, k) cancelled (suspended), l) done late. A plan of the year never issued
	 * gives C one more task, never counted.
	 */
	private Stage stage() {
		if (stage != null) {
			this.clock.setTo(LocalDate.of(stage.fixture().year, 6, 15));
			return stage;
		}
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.PROGRESS_STATISTICS);
		String a = f.agencyName(f.agencyA);
		String b = f.agencyName(f.agencyB);
		f.plan((planner, page) -> {
			long task = this.jdbc.queryForObject("select t.id from plan_task t where t.plan_id = ? and t.label = 'a)'",
					Long.class, Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
			target(planner, page, Map.of("wording", "Tỷ lệ hồ sơ trực tuyến " + f.tag, "comparator", "≥", "value", "80",
					"unit", "%", "level", "PROVINCE", "taskIds", List.of(task)));
			target(planner, page, Map.of("wording", "Công khai TTHC " + f.tag, "comparator", "≥", "value", "100",
					"unit", "%", "level", "AGENCY"));
		}, "a)", "Rà soát " + f.tag, a, "", "Quý I/" + f.year, "b)", "Ban hành " + f.tag, a, "", "Năm " + f.year, "c)",
				"Số hóa " + f.tag, a, "", "Thường xuyên", "d)", "Kiểm tra " + f.tag, b, "", "Năm " + f.year, "e)",
				"Đánh giá " + f.tag, b, "", "Quý I/" + f.year, "f)", "Thí điểm " + f.tag, b, "", "Năm " + f.year);
		String c = "Sở Gamma " + f.tag;
		long gamma = TestData.agency(this.jdbc, c);
		TestData.person(this.jdbc, f.username("officerC"), "officerC " + f.tag, "OFFICER", gamma, null);
		String y = String.valueOf(f.year);
		new PlanBuilder(f, "KH thứ hai " + f.tag).section("1.", "Cải cách thể chế", "THE_CHE")
			.task("g)", "Rà soát văn bản " + f.tag, c, "", "Quý I/" + y)
			.task("h)", "Xây dựng quy chế " + f.tag, c, "", "Quý I/" + y)
			.task("i)", "Kiểm tra văn bản " + f.tag, c, a, "Năm " + y)
			.section("2.", "Chính quyền số", "CHINH_PHU_SO")
			.task("j)", "Chữ ký số " + f.tag, c, "", "Năm " + y)
			.task("k)", "Nâng cấp cổng " + f.tag, c, "", "Năm " + y)
			.task("l)", "Kết nối báo cáo " + f.tag, c, "", "Quý II/" + y)
			.issue();
		new PlanBuilder(f, "KH chưa ban hành " + f.tag).section("1.", "Cải cách thể chế", "THE_CHE")
			.task("x)", "Chưa ban hành " + f.tag, c, "", "Quý I/" + y);
		update(f, "officerA", f.assignment("b)", f.agencyA), "DONE_ON_TIME");
		update(f, "officerA", f.assignment("c)", f.agencyA), "IN_PROGRESS");
		update(f, "officerB", f.assignment("e)", f.agencyB), "DONE_LATE");
		update(f, "officerB", f.assignment("f)", f.agencyB), "SUSPENDED");
		update(f, "officerC", f.assignment("g)", gamma), "DONE_ON_TIME");
		update(f, "officerC", f.assignment("h)", gamma), "IN_PROGRESS");
		update(f, "officerA", f.assignment("i)", f.agencyA), "DONE_ON_TIME");
		update(f, "officerC", f.assignment("j)", gamma), "IN_PROGRESS");
		update(f, "officerC", f.assignment("k)", gamma), "SUSPENDED");
		update(f, "officerC", f.assignment("l)", gamma), "DONE_LATE");
		String taskB = "/my-tasks/" + f.assignment("b)", f.agencyA);
		Browser officer = f.signedIn("officerA");
		assertThat(officer
			.upload(taskB + "/evidence", "file", "quyet-dinh.pdf", PDF, Map.of("title", "Quyết định ban hành " + f.tag),
					officer.csrfTokenOf(taskB))
			.statusCode()).isEqualTo(302);
		officer.submit("/agency-report", "/agency-report/targets/" + target("Tỷ lệ hồ sơ trực tuyến " + f.tag),
				Map.of("value", "94,5"));
		officer.submit("/agency-report", "/agency-report/targets/" + target("Công khai TTHC " + f.tag),
				Map.of("value", "90"));
		long version = this.jdbc.queryForObject(
				"select coalesce(max(version), 0) from agency_report where agency_id = ? and period_id = ?", Long.class,
				f.agencyA, f.periodId);
		assertThat(f.signedIn("headA")
			.submit("/agency-report", "/agency-report/submit",
					Map.of("version", String.valueOf(version), "summary", "Đã báo cáo"))
			.statusCode()).isEqualTo(302);
		stage = new Stage(f, gamma);
		return stage;
	}

	private static void update(ReportingFixture f, String person, long assignment, String status) {
		String page = "/my-tasks/" + assignment;
		assertThat(f.signedIn(person)
			.submit(page, page,
					Map.of("status", status, "percent", status.startsWith("DONE") ? "100" : "40", "basedOn", "0"))
			.statusCode()).isEqualTo(302);
	}

	private static void target(Browser planner, String page, Map<String, ?> fields) {
		HttpResponse<String> created = planner.submit(page + "/targets/new", page + "/targets/new", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
	}

	/** The year's stage and its third agency, C. */
	private record Stage(ReportingFixture fixture, long gamma) {
	}

	private long target(String wording) {
		return this.jdbc.queryForObject("select id from plan_target where wording = ?", Long.class, wording);
	}

}
