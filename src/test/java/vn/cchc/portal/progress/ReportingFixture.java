package vn.cchc.portal.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestData;

/**
 * Two fresh agencies with their people, an issued plan giving them work, and a period
 * taking updates: the stage of a reporting cycle, independent of every other test.
 */
public final class ReportingFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	public final int port;

	public final JdbcTemplate jdbc;

	public final int year;

	public final String tag;

	public final long agencyA;

	public final long agencyB;

	public final long periodId;

	/** Task ids by label. */
	public final Map<String, Long> tasks = new LinkedHashMap<>();

	/**
	 * The stage in the year (one of {@link vn.cchc.portal.support.TestYears}), with the
	 * clock set to 15 June of it: after Quý I's deadlines, before the year report's.
	 */
	public ReportingFixture(int port, JdbcTemplate jdbc, TestClock clock, int year) {
		clock.setTo(LocalDate.of(year, 6, 15));
		this.port = port;
		this.jdbc = jdbc;
		this.year = year;
		this.tag = "t" + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
		this.agencyA = agency("Sở Alpha " + this.tag);
		this.agencyB = agency("Sở Beta " + this.tag);
		person("headA", "AGENCY_HEAD", this.agencyA);
		person("officerA", "OFFICER", this.agencyA);
		person("officerA2", "OFFICER", this.agencyA);
		person("headB", "AGENCY_HEAD", this.agencyB);
		person("officerB", "OFFICER", this.agencyB);
		this.periodId = TestData.openYearPeriod(port, jdbc, this.year);
	}

	/** Adds tasks to a new plan of the year and issues it. */
	public ReportingFixture plan(String... labelTextLeadCoordinatorDeadline) {
		return plan((planner, page) -> {
		}, labelTextLeadCoordinatorDeadline);
	}

	/**
	 * The same, with more drafting (targets…) done by the planner on the plan's page
	 * before it is issued.
	 */
	public ReportingFixture plan(java.util.function.BiConsumer<Browser, String> beforeIssue,
			String... labelTextLeadCoordinatorDeadline) {
		PlanBuilder plan = new PlanBuilder(this, "KH báo cáo " + this.tag).section("1.", "Cải cách thủ tục hành chính",
				"TTHC");
		for (int i = 0; i < labelTextLeadCoordinatorDeadline.length; i += 5) {
			String[] task = java.util.Arrays.copyOfRange(labelTextLeadCoordinatorDeadline, i, i + 5);
			plan.task(task[0], task[1], task[2], task[3], task[4]);
		}
		beforeIssue.accept(plan.planner(), plan.page());
		plan.issue();
		return this;
	}

	public String agencyName(long agency) {
		return this.jdbc.queryForObject("select name from agency where id = ?", String.class, agency);
	}

	/** The agency's assignment on a task. */
	public long assignment(String label, long agency) {
		return this.jdbc.queryForObject("select id from assignment where task_id = ? and agency_id = ? and active",
				Long.class, this.tasks.get(label), agency);
	}

	public Browser signedIn(String person) {
		return Browser.signedIn(this.port, username(person));
	}

	public String username(String person) {
		return person + "-" + this.tag;
	}

	/**
	 * A department from the year before the plan's: in the year of the stage only, never
	 * in the years other tests count (unless the stage is in the demo data's year).
	 */
	private long agency(String name) {
		return TestData.agency(this.jdbc, name, "DEPARTMENT", LocalDate.of(this.year - 1, 1, 1));
	}

	private void person(String person, String role, long agency) {
		TestData.person(this.jdbc, username(person), person + " " + this.tag, role, agency, null);
	}

}
