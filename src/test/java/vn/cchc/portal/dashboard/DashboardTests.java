package vn.cchc.portal.dashboard;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestData;
import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard counts what agencies reported, per domain and agency, drills down to the
 * tasks behind each number, and shows a head only the agency's own.
 */
@PortalWebTest
class DashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void leadershipSeesTheNumbersAndTheTasksBehindThem() {
		int year = LocalDate.now(this.clock).getYear();
		String tag = "d" + System.nanoTime() % 1_000_000;
		long alpha = agency("Sở Gamma " + tag);
		long beta = agency("Sở Delta " + tag);
		person("head-" + tag, "AGENCY_HEAD", alpha);
		person("officer-" + tag, "OFFICER", alpha);
		person("officerb-" + tag, "OFFICER", beta);
		long period = TestData.openYearPeriod(this.port, this.jdbc, year);

		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", String.valueOf(year), "title", "KH tổng quan " + tag)));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String form = page + "/sections/" + section + "/tasks/new";
		long late = task(planner, form, "a)", "Rà soát quá hạn " + tag, "Sở Gamma " + tag, "Quý I/" + year);
		long done = task(planner, form, "b)", "Ban hành đúng hạn " + tag, "Sở Gamma " + tag, "Năm " + year);
		long ongoing = task(planner, form, "c)", "Số hóa thường xuyên " + tag, "Sở Delta " + tag, "Thường xuyên");
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "5/QĐ-" + tag, "decisionDate", (year - 1) + "-12-20"));
		update("officer-" + tag, assignment(done), "DONE_ON_TIME");
		update("officerb-" + tag, assignment(ongoing), "IN_PROGRESS");

		Browser leader = Browser.signedIn(this.port, "leader");
		String base = "/dashboard?year=" + year + "&period=" + period;
		String board = text(leader.get(base + "&agency=" + alpha));
		assertThat(board).contains("Sở Gamma " + tag, "50,0 %", "data-chart=", "chart.umd.min.js");
		String overdue = text(leader
			.get("/dashboard/tasks?year=" + year + "&period=" + period + "&agency=" + alpha + "&category=OVERDUE"));
		assertThat(overdue).contains("Rà soát quá hạn " + tag).doesNotContain("Ban hành đúng hạn " + tag);
		String domain = text(leader
			.get("/dashboard/tasks?year=" + year + "&period=" + period + "&domain=THE_CHE&category=IN_PROGRESS"));
		assertThat(domain).contains("Số hóa thường xuyên " + tag, "Sở Delta " + tag)
			.doesNotContain("Rà soát quá hạn " + tag);
		assertThat(text(leader.get(base))).contains("Sở Gamma " + tag, "Sở Delta " + tag);
		// The filter form sends "every domain" as an empty value.
		assertThat(text(leader.get(base + "&domain=&agency=" + alpha))).contains("Sở Gamma " + tag, "50,0 %");

		// A head sees the agency's own figures, whatever agency the address names.
		Browser head = Browser.signedIn(this.port, "head-" + tag);
		String own = text(head.get("/dashboard/tasks?year=" + year + "&period=" + period + "&agency=" + beta));
		assertThat(own).contains("Rà soát quá hạn " + tag, "Ban hành đúng hạn " + tag)
			.doesNotContain("Số hóa thường xuyên " + tag);
		assertThat(Browser.signedIn(this.port, "officer-" + tag).get(base).statusCode()).isEqualTo(403);
		assertThat(late).isPositive();
	}

	private long task(Browser planner, String form, String label, String text, String lead, String deadline) {
		return Browser.createdId(
				planner.submit(form, form, Map.of("label", label, "text", text, "leads", lead, "deadline", deadline)));
	}

	private void update(String username, long assignment, String status) {
		String page = "/my-tasks/" + assignment;
		assertThat(Browser.signedIn(this.port, username)
			.submit(page, page, Map.of("status", status, "percent", "100", "basedOn", "0"))
			.statusCode()).isEqualTo(302);
	}

	private long assignment(long task) {
		return this.jdbc.queryForObject("select id from assignment where task_id = ? and active", Long.class, task);
	}

	private long agency(String name) {
		return TestData.agency(this.jdbc, name);
	}

	private void person(String username, String role, long agency) {
		TestData.person(this.jdbc, username, username, role, agency, null);
	}

	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.body());
	}

}
