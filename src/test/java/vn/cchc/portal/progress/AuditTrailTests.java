package vn.cchc.portal.progress;

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
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal of a task: its edits with before and after, and its agencies' updates;
 * browsable per task by Sở Nội vụ and, with filters, by administrators.
 */
@PortalWebTest
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aTasksHistoryShowsItsEditsAndItsAgenciesUpdates() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.AUDIT_TRAIL);
		String lead = f.agencyName(f.agencyA);
		f.plan((planner, page) -> {
			long task = this.jdbc.queryForObject("select id from plan_task where plan_id = ? and label = 'a)'",
					Long.class, Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
			String edit = page + "/tasks/" + task + "/edit";
			long version = this.jdbc.queryForObject("select version from plan_task where id = ?", Long.class, task);
			HttpResponse<String> saved = planner.submit(edit, edit,
					Map.of("label", "a)", "text", "Đánh giá chỉ số hài lòng " + f.tag, "leads", lead, "deadline",
							"Quý III/" + f.year, "version", String.valueOf(version)));
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		}, "a)", "Đánh giá chỉ số hài lòng " + f.tag, lead, "", "Quý II/" + f.year);
		long task = f.tasks.get("a)");
		long assignment = f.assignment("a)", f.agencyA);
		String taskPage = "/my-tasks/" + assignment;
		f.signedIn("officerA")
			.submit(taskPage, taskPage, Map.of("status", "IN_PROGRESS", "percent", "45", "basedOn", "0"));

		long plan = this.jdbc.queryForObject("select plan_id from plan_task where id = ?", Long.class, task);
		String history = "/plans/" + plan + "/tasks/" + task + "/history";
		String page = text(Browser.signedIn(this.port, "planner").get(history));
		assertThat(page).contains("Thêm nhiệm vụ", "Sửa nhiệm vụ",
				"thời hạn: Quý II/" + f.year + " → Quý III/" + f.year, "Cập nhật tiến độ",
				"chưa cập nhật → IN_PROGRESS 45%", f.username("officerA"));
		assertThat(page.indexOf("Cập nhật tiến độ")).as("newest first").isLessThan(page.indexOf("Sửa nhiệm vụ"));
		assertThat(Browser.signedIn(this.port, "leader").get(history).statusCode()).isEqualTo(200);
		assertThat(f.signedIn("officerA").get(history).statusCode()).isEqualTo(403);
		// Each task of the plan links to its history, for those who may open it.
		assertThat(Browser.signedIn(this.port, "planner").get("/plans/" + plan).body()).contains(history);
		assertThat(f.signedIn("officerA").get("/plans/" + plan).body()).doesNotContain(history);

		// The global journal, filtered: this assignment's updates only.
		Browser admin = Browser.signedIn(this.port, "admin");
		String filtered = text(admin.get("/admin/audit?action=progress_&targetType=ASSIGNMENT&targetId=" + assignment));
		assertThat(filtered).contains("chưa cập nhật → IN_PROGRESS 45%").doesNotContain("Sửa nhiệm vụ");
		assertThat(text(admin.get("/admin/audit?actor=" + f.username("officerA") + "&action=TASK_")))
			.doesNotContain("IN_PROGRESS 45%");
		String tomorrow = this.clock.today().plusDays(2).toString();
		assertThat(text(admin.get("/admin/audit?targetType=ASSIGNMENT&targetId=" + assignment + "&from=" + tomorrow)))
			.doesNotContain("IN_PROGRESS 45%");
	}

	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.body());
	}

}
