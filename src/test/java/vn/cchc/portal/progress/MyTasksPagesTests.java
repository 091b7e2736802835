package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of Sở Tư pháp reports on the agency's tasks for the open period, and on
 * nobody else's.
 */
@PortalWebTest
class MyTasksPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void anOfficerUpdatesTheAgencysTasksAndOnlyThose() {
		int year = TestYears.MY_TASKS;
		this.clock.setTo(LocalDate.of(year, 6, 15));
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", String.valueOf(year), "title", "KH thử báo cáo " + year)));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String form = page + "/sections/" + section + "/tasks/new";
		long ourTask = Browser.createdId(planner.submit(form, form, Map.of("label", "a)", "text",
				"Thẩm định dự thảo văn bản thử", "leads", "Sở Tư pháp", "deadline", "Quý I/" + year)));
		long theirTask = Browser.createdId(planner.submit(form, form,
				Map.of("label", "b)", "text", "Việc riêng của Sở Nội vụ", "leads", "Sở Nội vụ")));
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "77/QĐ-UBND", "decisionDate", (year - 1) + "-12-15"));
		planner.get("/periods?year=" + year);
		long period = this.jdbc.queryForObject("select id from reporting_period where plan_year = ? and kind = 'YEAR'",
				Long.class, year);
		planner.submit("/periods?year=" + year, "/periods/" + period + "/open",
				Map.of("version", String.valueOf(this.jdbc
					.queryForObject("select version from reporting_period where id = ?", Long.class, period)), "year",
						String.valueOf(year)));

		long ours = assignment(ourTask);
		long theirs = assignment(theirTask);
		Browser officer = Browser.signedIn(this.port, "officer");
		String list = HtmlUtils.htmlUnescape(officer.get("/my-tasks?q=tham+dinh+du+thao").body());
		assertThat(list).contains("Thẩm định dự thảo văn bản thử", "Quá hạn")
			.doesNotContain("Việc riêng của Sở Nội vụ");

		HttpResponse<String> saved = officer.submit("/my-tasks/" + ours, "/my-tasks/" + ours,
				Map.of("status", "IN_PROGRESS", "percent", "40", "results", "Đã thẩm định 12 dự thảo", "basedOn", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select status || ' ' || percent || ' ' || late from progress_update "
				+ "where assignment_id = ? order by id desc limit 1", String.class, ours))
			.isEqualTo("IN_PROGRESS 40 false");
		assertThat(HtmlUtils.htmlUnescape(officer.get("/my-tasks/" + ours).body())).contains("Đã thẩm định 12 dự thảo",
				"(officer)");

		HttpResponse<String> invalid = officer.submit("/my-tasks/" + ours, "/my-tasks/" + ours,
				Map.of("status", "IN_PROGRESS", "percent", "140", "results", "Giữ nguyên chữ đã gõ"));
		assertThat(HtmlUtils.htmlUnescape(invalid.body())).contains("Tỷ lệ từ 0 đến 100", "Giữ nguyên chữ đã gõ");

		// Another agency's assignment: the same 404 as one that does not exist, and
		// nothing saved.
		assertThat(officer.get("/my-tasks/" + theirs).statusCode()).isEqualTo(404);
		assertThat(officer.get("/my-tasks/987654321").statusCode()).isEqualTo(404);
		assertThat(officer
			.post("/my-tasks/" + theirs, Map.of("status", "DONE_ON_TIME", "percent", "100"),
					officer.csrfTokenOf("/my-tasks"))
			.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from progress_update where assignment_id = ?",
				Integer.class, theirs))
			.isZero();

		// Once the due date is past, an update is still taken while the period is open,
		// marked late.
		LocalDate due = this.jdbc.queryForObject("select due_date from reporting_period where id = ?", LocalDate.class,
				period);
		assertThat(due).isEqualTo(LocalDate.of(year, 12, 15));
		this.clock.setTo(LocalDate.of(year, 12, 17));
		officer.submit("/my-tasks/" + ours, "/my-tasks/" + ours,
				Map.of("status", "DONE_LATE", "percent", "100", "basedOn", "1"));
		assertThat(this.jdbc.queryForObject(
				"select late from progress_update where assignment_id = ? order by id desc limit 1", Boolean.class,
				ours))
			.isTrue();
	}

	@Test
	void longListsComeAPageAtATime() {
		Browser officer = Browser.signedIn(this.port, "officer");
		String first = HtmlUtils.htmlUnescape(officer.get("/my-tasks").body());
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("(\\d+) nhiệm vụ").matcher(first);
		org.junit.jupiter.api.Assumptions.assumeTrue(count.find(), "a period is open for the demo agency");
		int total = Integer.parseInt(count.group(1));
		int onFirst = items(first);
		assertThat(onFirst).isEqualTo(Math.min(total, 50));
		if (total > 50) {
			assertThat(first).contains("Trang 1 / " + ((total + 49) / 50));
			assertThat(items(officer.get("/my-tasks?page=1").body())).isEqualTo(Math.min(total - 50, 50));
		}
	}

	private static int items(String page) {
		return page.split("class=\"list-group-item list-group-item-action\"", -1).length - 1;
	}

	private long assignment(long task) {
		return this.jdbc.queryForObject("select id from assignment where task_id = ? and active", Long.class, task);
	}

}
