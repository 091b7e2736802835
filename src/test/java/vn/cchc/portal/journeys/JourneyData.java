package vn.cchc.portal.journeys;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestData;
import vn.cchc.portal.support.TestYears;

/**
 * Two fresh agencies (A and B) with a head and two officers each, the year's period open,
 * and an issued plan giving them tasks: the stage of a journey that changes state, so
 * that journeys never depend on each other or on the demo data's state.
 */
final class JourneyData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final int port;

	final JdbcTemplate jdbc;

	final int year = TestYears.JOURNEYS;

	final String tag;

	final long agencyA;

	final long agencyB;

	final long periodId;

	long planId;

	/** Task ids by label. */
	final Map<String, Long> tasks = new LinkedHashMap<>();

	/** The stage in the journeys' year, with the clock set to 15 June of it. */
	JourneyData(int port, JdbcTemplate jdbc, TestClock clock) {
		clock.setTo(LocalDate.of(this.year, 6, 15));
		this.port = port;
		this.jdbc = jdbc;
		this.tag = "j" + System.nanoTime() % 100_000 + "x" + SEQUENCE.incrementAndGet();
		this.agencyA = TestData.agency(jdbc, "Sở Alpha " + this.tag);
		this.agencyB = TestData.agency(jdbc, "Sở Beta " + this.tag);
		person("headA", "Trần Thị Hạnh", "AGENCY_HEAD", this.agencyA);
		person("officerA", "Nguyễn Văn An", "OFFICER", this.agencyA);
		person("officerA2", "Lê Thị Bình", "OFFICER", this.agencyA);
		person("headB", "Phạm Văn Cường", "AGENCY_HEAD", this.agencyB);
		person("officerB", "Võ Thị Dung", "OFFICER", this.agencyB);
		this.periodId = TestData.openYearPeriod(port, jdbc, this.year);
	}

	/**
	 * Drafts a plan of the year with these tasks (label, text, lead "A" or "B" in
	 * threes), submits and issues it.
	 */
	JourneyData plan(String... labelTextLead) {
		Browser planner = Browser.signedIn(this.port, "planner");
		this.planId = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", String.valueOf(this.year), "title", "Kế hoạch CCHC thử " + this.tag)));
		String page = "/plans/" + this.planId;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thủ tục hành chính", "domainCode", "TTHC")));
		String form = page + "/sections/" + section + "/tasks/new";
		for (int i = 0; i < labelTextLead.length; i += 3) {
			String lead = agencyName("A".equals(labelTextLead[i + 2]) ? this.agencyA : this.agencyB);
			this.tasks.put(labelTextLead[i],
					Browser.createdId(planner.submit(form, form, Map.of("label", labelTextLead[i], "text",
							labelTextLead[i + 1], "leads", lead, "deadline", "Quý IV/" + this.year))));
		}
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue", Map.of("decisionNumber", "8" + SEQUENCE.get() + "/QĐ-UBND",
				"decisionDate", (this.year - 1) + "-12-20"));
		return this;
	}

	String agencyName(long agency) {
		return this.jdbc.queryForObject("select name from agency where id = ?", String.class, agency);
	}

	/** The agency's assignment on a task. */
	long assignment(String label, long agency) {
		return this.jdbc.queryForObject("select id from assignment where task_id = ? and agency_id = ? and active",
				Long.class, this.tasks.get(label), agency);
	}

	String username(String person) {
		return person + "-" + this.tag;
	}

	private void person(String person, String fullName, String role, long agency) {
		TestData.person(this.jdbc, username(person), fullName, role, agency, null);
	}

}
