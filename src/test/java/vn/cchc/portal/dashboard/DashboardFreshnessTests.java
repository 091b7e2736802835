package vn.cchc.portal.dashboard;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.agencies.AgencyReorganisation;
import vn.cchc.portal.progress.ReportingFixture;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard keeps its figures (DashboardFigures), yet every change that feeds them
 * shows on the very next view: progress saved, a report submitted, a plan issued, an
 * agency renamed.
 */
@PortalWebTest
class DashboardFreshnessTests {

	private static final Pattern DONE = Pattern.compile("hoàn thành</dt><dd class=\"h4 mb-0\">([^<]+)</dd>");

	private static final Pattern REPORTS = Pattern.compile("<dd class=\"h4 mb-0\"><span>(\\d+/\\d+)</span>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AgencyReorganisation reorganisation;

	@Test
	void everyChangeThatFeedsTheFiguresShowsOnTheNextView() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.DASHBOARD_FRESHNESS);
		String alpha = f.agencyName(f.agencyA);
		f.plan("a)", "Số hóa hồ sơ " + f.tag, alpha, "", "Năm " + f.year, "b)", "Rà soát thủ tục " + f.tag, alpha, "",
				"Năm " + f.year);
		Browser leader = Browser.signedIn(this.port, "leader");
		String board = "/dashboard?year=" + f.year + "&period=" + f.periodId + "&agency=" + f.agencyA;
		assertThat(first(DONE, leader.get(board))).isEqualTo("0,0 %");
		// Kept, the body sits in the page of the request, as any page.
		HttpResponse<String> again = leader.get(board);
		assertThat(first(DONE, again)).isEqualTo("0,0 %");
		assertThat(again.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(text(again)).contains("<div id=\"dashboard-body\">\n  <div class=\"d-flex", "name=\"_csrf\"",
				"</main>");

		// Progress saved.
		update(f, "a)", "DONE_ON_TIME");
		assertThat(first(DONE, leader.get(board))).isEqualTo("50,0 %");

		// The agency's report submitted: a head sees the agency's own figures.
		Browser head = f.signedIn("headA");
		String own = "/dashboard?year=" + f.year + "&period=" + f.periodId;
		assertThat(first(REPORTS, head.get(own))).isEqualTo("0/1");
		// The body is kept per kind of reader: a head has no agency or kind filter.
		assertThat(text(head.get(own))).doesNotContain("id=\"kind\"", "id=\"agency\"");
		assertThat(text(leader.get(board))).contains("id=\"kind\"", "id=\"agency\"");
		assertThat(head.submit("/agency-report", "/agency-report/submit", Map.of("version", "0")).statusCode())
			.isEqualTo(302);
		assertThat(first(REPORTS, head.get(own))).isEqualTo("1/1");
		assertThat(text(leader.get(board))).contains("Đã gửi đúng hạn");

		// Another plan of the year issued, with work for the agency.
		f.plan("c)", "Công bố thủ tục " + f.tag, alpha, "", "Năm " + f.year);
		assertThat(first(DONE, leader.get(board))).isEqualTo("33,3 %");
		assertThat(first(DONE, head.get(own))).isEqualTo("33,3 %");

		// The agency renamed: the ranking names it anew.
		long version = this.jdbc.queryForObject("select version from agency where id = ?", Long.class, f.agencyA);
		this.reorganisation.rename(f.agencyA, version, "Sở Alpha mới " + f.tag, null, this.clock.today(),
				"1/QĐ-" + f.tag, "admin");
		assertThat(text(leader.get(board))).contains("Sở Alpha mới " + f.tag);
	}

	/**
	 * The figures are counted once: a change written behind the services' back (no event)
	 * is not seen, the next event counts everything of the period again.
	 */
	@Test
	void figuresAreKeptUntilAChangeIsCommitted() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.DASHBOARD_FRESHNESS);
		String alpha = f.agencyName(f.agencyA);
		f.plan("a)", "Lập danh mục " + f.tag, alpha, "", "Năm " + f.year, "b)", "Đo lường hài lòng " + f.tag, alpha, "",
				"Năm " + f.year);
		Browser leader = Browser.signedIn(this.port, "leader");
		String board = "/dashboard?year=" + f.year + "&period=" + f.periodId + "&agency=" + f.agencyA;
		assertThat(text(leader.get(board))).contains(alpha);
		this.jdbc.update("update agency set name = ? where id = ?", "Sở Kappa " + f.tag, f.agencyA);
		assertThat(text(leader.get(board))).contains(alpha).doesNotContain("Sở Kappa " + f.tag);

		update(f, "b)", "IN_PROGRESS");
		assertThat(text(leader.get(board))).contains("Sở Kappa " + f.tag);
	}

	private void update(ReportingFixture f, String task, String status) {
		String page = "/my-tasks/" + f.assignment(task, f.agencyA);
		assertThat(f.signedIn("officerA")
			.submit(page, page, Map.of("status", status, "percent", "100", "basedOn", "0"))
			.statusCode()).isEqualTo(302);
	}

	private static String first(Pattern pattern, HttpResponse<String> response) {
		Matcher matcher = pattern.matcher(text(response));
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.body());
	}

}
