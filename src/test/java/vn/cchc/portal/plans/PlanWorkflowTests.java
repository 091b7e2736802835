package vn.cchc.portal.plans;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's life in the browser: draft, submit, return, issue, amend, compare, close.
 */
@PortalWebTest
class PlanWorkflowTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPlanIsIssuedAmendedComparedAndClosed() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser
			.createdId(planner.submit("/plans/new", "/plans/new", Map.of("year", "2025", "title", "KH thử vòng đời")));
		String sectionForm = "/plans/" + plan + "/sections/new";
		long section = Browser.createdId(planner.submit(sectionForm, sectionForm,
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String taskForm = "/plans/" + plan + "/sections/" + section + "/tasks/new";
		long kept = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Rà soát văn bản", "leads", "Sở Tư pháp", "deadline", "Quý II/2025")));
		long reworded = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "b)", "text", "Kiểm tra văn bản", "leads", "Sở Tư pháp", "deadline", "Quý III/2025")));
		String page = "/plans/" + plan;

		planner.submit(page, page + "/submit", Map.of());
		assertThat(status(plan)).isEqualTo("SUBMITTED");
		assertThat(planner.get(page + "/tasks/" + kept + "/edit").statusCode()).isEqualTo(403);

		planner.submit(page, page + "/return", Map.of("note", "Bổ sung sản phẩm"));
		assertThat(status(plan)).isEqualTo("DRAFT");
		planner.submit(page, page + "/submit", Map.of());

		HttpResponse<String> refused = planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "", "decisionDate", ""));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(status(plan)).isEqualTo("SUBMITTED");
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "101/QĐ-UBND", "decisionDate", "2024-12-15"));
		assertThat(status(plan)).isEqualTo("ISSUED");
		assertThat(HtmlUtils.htmlUnescape(planner.get(page).body()))
			.contains("Quyết định số 101/QĐ-UBND ngày 15/12/2024", "Đã ban hành");

		planner.submit(page, page + "/amend", Map.of());
		assertThat(status(plan)).isEqualTo("DRAFT");
		String edit = page + "/tasks/" + reworded + "/edit";
		planner.submit(edit, edit, Map.of("label", "b)", "text", "Kiểm tra, xử lý văn bản", "leads", "Sở Tư pháp",
				"deadline", "Quý IV/2025", "version", String.valueOf(version(reworded))));
		planner.submit(taskForm, taskForm,
				Map.of("label", "c)", "text", "Hệ thống hóa văn bản", "leads", "Sở Tư pháp"));
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "505/QĐ-UBND", "decisionDate", "2025-06-20"));
		assertThat(this.jdbc.queryForList("select decision_number from plan_version where plan_id = ? order by number",
				String.class, plan))
			.containsExactly("101/QĐ-UBND", "505/QĐ-UBND");
		// The plan keeps its first decision; the amendment's is on its version.
		assertThat(this.jdbc.queryForObject("select decision_number from plan where id = ?", String.class, plan))
			.isEqualTo("101/QĐ-UBND");

		String comparison = HtmlUtils.htmlUnescape(planner.get(page + "/versions/compare?from=1&to=2").body());
		assertThat(comparison)
			.contains("Nhiệm vụ bổ sung (1)", "Hệ thống hóa văn bản", "Nhiệm vụ điều chỉnh (1)", "Kiểm tra văn bản",
					"Kiểm tra, xử lý văn bản", "Quý IV/2025")
			.doesNotContain("Nhiệm vụ đưa ra khỏi kế hoạch", "Rà soát văn bản");

		String history = HtmlUtils.htmlUnescape(planner.get(page).body());
		assertThat(history).contains("Bổ sung sản phẩm", "(planner)", "505/QĐ-UBND");

		planner.submit(page, page + "/close", Map.of());
		assertThat(status(plan)).isEqualTo("CLOSED");
		assertThat(planner.get(page).body()).doesNotContain("Điều chỉnh, bổ sung");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where target_type = 'PLAN' and target_id = ?", Integer.class,
				String.valueOf(plan)))
			// submit, return, submit, issue, amend, submit, issue, close: the refused
			// issue left no trace.
			.isEqualTo(8);
	}

	@Test
	void nextYearsPlanStartsFromThisOneWithDeadlinesMovedOn() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(
				planner.submit("/plans/new", "/plans/new", Map.of("year", "2030", "title", "Kế hoạch CCHC năm 2030")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String taskForm = page + "/sections/" + section + "/tasks/new";
		long dated = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Rà soát văn bản", "leads", "Sở Tư pháp", "deadline", "Quý II/2030")));
		long conditional = Browser.createdId(planner.submit(taskForm, taskForm, Map.of("label", "b)", "text",
				"Sửa quy chế", "leads", "Sở Nội vụ", "deadline", "Sau khi có văn bản hướng dẫn của Trung ương")));
		assertThat(planner
			.submit(page + "/targets/new", page + "/targets/new",
					Map.of("wording", "100% văn bản được rà soát", "comparator", "≥", "value", "100", "unit", "%",
							"level", "PROVINCE", "taskIds", java.util.List.of(dated)))
			.statusCode()).isEqualTo(302);
		planner.submit(page, page + "/submit", Map.of());

		// The year is written as a year, not as a number with a thousands separator.
		assertThat(planner.get(page).body()).contains("Lập kế hoạch năm 2031 từ kế hoạch này");
		long copy = Browser.createdId(planner.submit(page, page + "/copy", Map.of()));
		assertThat(this.jdbc.queryForObject("select plan_year || ' ' || title || ' ' || status from plan where id = ?",
				String.class, copy))
			.isEqualTo("2031 Kế hoạch CCHC năm 2031 DRAFT");
		assertThat(this.jdbc.queryForObject(
				"select deadline_text || ' ' || deadline_due from plan_task where plan_id = ? and origin_task_id = ?",
				String.class, copy, dated))
			.isEqualTo("Quý II/2031 2031-06-30");
		assertThat(this.jdbc.queryForObject("select notes from plan_task where plan_id = ? and origin_task_id = ?",
				String.class, copy, conditional))
			.contains("Cần xem lại thời hạn");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from assignment a join plan_task t on t.id = a.task_id " + "where t.plan_id = ?",
				Integer.class, copy))
			.isEqualTo(2);
		// The target comes along, served by the copy of the task that served it.
		assertThat(this.jdbc
			.queryForObject("select g.wording || ' ' || g.comparator || ' ' || t.origin_task_id from plan_target g "
					+ "join plan_task_target tt on tt.target_id = g.id join plan_task t on t.id = tt.task_id "
					+ "where g.plan_id = ?", String.class, copy))
			.isEqualTo("100% văn bản được rà soát GE " + dated);
	}

	@Test
	void anEmptyPlanCannotBeSubmittedAndOfficersCannotMoveAPlan() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser
			.createdId(planner.submit("/plans/new", "/plans/new", Map.of("year", "2026", "title", "KH thử rỗng")));
		String page = "/plans/" + plan;
		HttpResponse<String> done = planner.submit(page, page + "/submit", Map.of());
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(planner.get(page).body()).contains("Kế hoạch chưa có nhiệm vụ nào nên chưa thể trình");
		assertThat(status(plan)).isEqualTo("DRAFT");

		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.post(page + "/submit", Map.of(), officer.csrfTokenOf("/plans")).statusCode()).isEqualTo(403);
		assertThat(status(plan)).isEqualTo("DRAFT");
	}

	private String status(long plan) {
		return this.jdbc.queryForObject("select status from plan where id = ?", String.class, plan);
	}

	private long version(long task) {
		return this.jdbc.queryForObject("select version from plan_task where id = ?", Long.class, task);
	}

}
