package vn.cchc.portal.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;
import vn.cchc.portal.users.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My tasks" sorts and filters from a lean reading of every row and reads only the page
 * whole; the review counts groups of alike assignments: both must say what reading every
 * row one by one says.
 */
@PortalWebTest
class PeriodTallyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AgencyReports reports;

	@Autowired
	UserDetailsService users;

	@Test
	void listsAndCountsAgreeWithTheRowsOneByOne() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.PERIOD_TALLY);
		String a = f.agencyName(f.agencyA);
		String b = f.agencyName(f.agencyB);
		int year = f.year;
		// Deadlines a year away either side, so that what is overdue does not depend on
		// the day the test runs.
		f.plan("a)", "Việc quá hạn " + f.tag, a, "", "Quý I/" + (year - 1), //
				"b)", "Việc năm sau " + f.tag, a, "", "Quý II/" + (year + 1), //
				"c)", "Việc đã xong " + f.tag, a, "", "Quý I/" + year, //
				"d)", "Việc bị trả lại " + f.tag, a, "", "Quý IV/" + (year + 1), //
				"e)", "Việc phối hợp " + f.tag, b, a, "Quý IV/" + (year + 1));
		Browser officer = f.signedIn("officerA");
		save(officer, f.assignment("c)", f.agencyA), "DONE_ON_TIME", "100");
		long sentBack = f.assignment("d)", f.agencyA);
		save(officer, sentBack, "IN_PROGRESS", "50");
		assertThat(f.signedIn("headA")
			.submit("/agency-report", "/agency-report/items/" + sentBack + "/send-back",
					Map.of("comment", "Bổ sung số liệu"))
			.statusCode()).isEqualTo(302);

		// Sent back first, then overdue, then in the plan's order.
		assertThat(order(officer.get("/my-tasks").body(), f.tag)).containsExactly("Việc bị trả lại", "Việc quá hạn",
				"Việc năm sau", "Việc đã xong", "Việc phối hợp");
		// Narrowed by status, due date and words, as before.
		assertThat(order(officer.get("/my-tasks?status=NOT_STARTED").body(), f.tag)).containsExactly("Việc quá hạn",
				"Việc năm sau", "Việc phối hợp");
		assertThat(order(officer.get("/my-tasks?dueBy=" + year + "-03-31").body(), f.tag))
			.containsExactly("Việc quá hạn", "Việc đã xong");
		assertThat(order(officer.get("/my-tasks?q=viec+phoi+hop+" + f.tag).body(), f.tag))
			.containsExactly("Việc phối hợp");

		// The review's counts are those of the agency's rows, counted one by one.
		PortalUser planner = (PortalUser) this.users.loadUserByUsername("planner");
		AgencyReports.Standing standing = this.reports.review(planner, f.periodId)
			.standings()
			.stream()
			.filter((s) -> s.agencyId() == f.agencyA)
			.findFirst()
			.orElseThrow();
		assertThat(standing.counts()).isEqualTo(new AgencyReports.Counts(5, 3, 1, 1, 1, 1))
			.isEqualTo(this.reports.ofAgency(planner, f.periodId, f.agencyA).counts());
	}

	private static void save(Browser officer, long assignment, String status, String percent) {
		assertThat(officer
			.submit("/my-tasks/" + assignment, "/my-tasks/" + assignment,
					Map.of("status", status, "percent", percent, "results", "Kết quả", "basedOn", "0"))
			.statusCode()).isEqualTo(302);
	}

	/** The fixture's tasks in the order the page lists them. */
	private static List<String> order(String page, String tag) {
		return java.util.regex.Pattern.compile("(Việc [^<]*?) " + tag)
			.matcher(HtmlUtils.htmlUnescape(page))
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

}
