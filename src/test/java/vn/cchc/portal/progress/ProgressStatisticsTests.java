package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumMap;
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
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures, counted in SQL, equal what the agencies reported: per agency,
 * domain, period and year, the targets met or not, the tasks behind each number; and they
 * agree with the rule {@link ProgressFigures} applies in Java on every line of the year.
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

	@Test
	void theFiguresAreWhatTheAgenciesReported() {
		ReportingFixture f = stage();
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
	 * Every line of the year, whoever's: the SQL counts equal the categories
	 * {@link ProgressFigures} gives each line in Java with {@link Overdue}.
	 */
	@Test
	void sqlAndJavaCountTheSameForTheWholeProvince() {
		ReportingFixture f = stage();
		PeriodView period = this.figures.period(f.periodId).orElseThrow();
		Map<Category, Integer> java = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			java.put(category, 0);
		}
		this.figures.lines(period).forEach((line) -> java.merge(line.category(), 1, Integer::sum));
		ProgressStatistics.Counts sql = this.statistics.byDomain(period, Scope.ALL)
			.stream()
			.map(ProgressStatistics.Tally::counts)
			.reduce(ProgressStatistics.Counts.EMPTY, ProgressStatistics.Counts::plus);
		assertThat(sql.byCategory()).isEqualTo(java);
		assertThat(sql.overdue()).isPositive();
	}

	/**
	 * Agency A: a) overdue (Quý I, no update, serves a target), b) done on time with
	 * evidence, c) in progress; agency B: d) not started, e) done late, f) suspended. A
	 * reports two targets and submits its report on time.
	 */
	private ReportingFixture stage() {
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
		update(f, "officerA", f.assignment("b)", f.agencyA), "DONE_ON_TIME");
		update(f, "officerA", f.assignment("c)", f.agencyA), "IN_PROGRESS");
		update(f, "officerB", f.assignment("e)", f.agencyB), "DONE_LATE");
		update(f, "officerB", f.assignment("f)", f.agencyB), "SUSPENDED");
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
		return f;
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

	private long target(String wording) {
		return this.jdbc.queryForObject("select id from plan_target where wording = ?", Long.class, wording);
	}

}
