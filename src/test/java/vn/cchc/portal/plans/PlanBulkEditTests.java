package vn.cchc.portal.plans;

import java.net.http.HttpResponse;
import java.util.List;
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
 * Fast editing of many tasks: one lead and/or deadline for the ticked tasks, the conflict
 * pages of two planners editing the same thing, and the keyboard.
 */
@PortalWebTest
class PlanBulkEditTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTickedTasksGetTheSameLeadAndDeadlineReadAsTheTaskEditorReadsThem() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(
				planner.submit("/plans/new", "/plans/new", Map.of("year", "2024", "title", "KH thử sửa hàng loạt")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "2.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String form = page + "/sections/" + section + "/tasks/new";
		long first = Browser.createdId(planner.submit(form, form,
				Map.of("label", "a)", "text", "Rà soát văn bản", "leads", "Sở Y tế", "coordinators", "Sở Tài chính",
						"deadline", "Quý I/2024", "products", "Báo cáo", "budget", "Theo dự toán được cấp")));
		long untouched = Browser.createdId(planner.submit(form, form,
				Map.of("label", "b)", "text", "Kiểm tra văn bản", "leads", "Sở Y tế", "deadline", "Quý I/2024")));
		String activityForm = page + "/tasks/" + first + "/activities/new";
		long activity = Browser.createdId(planner.submit(activityForm, activityForm,
				Map.of("label", "a.1", "text", "Lập danh mục", "leads", "Sở Y tế")));
		// What the task editor makes of the same wording, to compare with.
		String leads = "So Tu phap va cac so, ban nganh; UBND cap xa";
		long reference = Browser.createdId(planner.submit(form, form,
				Map.of("label", "c)", "text", "Mẫu", "leads", leads, "deadline", "quy 3/2024")));

		HttpResponse<String> applied = planner.submit(page, page + "/tasks/bulk",
				Map.of("tasks", List.of(first + ":0", activity + ":0"), "leads", leads, "deadline", "quy 3/2024"));
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(planner.get(page).body())).contains("Đã cập nhật 2 nhiệm vụ.");

		for (long task : List.of(first, activity)) {
			assertThat(this.jdbc.queryForMap(
					"select lead_wording, deadline_text, deadline_kind, deadline_due::text as due from plan_task where id = ?",
					task))
				.containsEntry("lead_wording", leads)
				.containsEntry("deadline_text", "quy 3/2024")
				.containsEntry("deadline_kind", "QUARTER")
				.containsEntry("due", "2024-09-30");
			assertThat(leadParties(task)).isEqualTo(leadParties(reference)).contains("STP", "DEPARTMENTS");
			assertThat(assignments(task)).isEqualTo(assignments(reference)).isNotEmpty();
		}
		// The rest of each task stays as it was.
		assertThat(this.jdbc.queryForMap("select coordinator_wording, budget_text, version from plan_task where id = ?",
				first))
			.containsEntry("coordinator_wording", "Sở Tài chính")
			.containsEntry("budget_text", "Theo dự toán được cấp")
			.containsEntry("version", 1L);
		assertThat(this.jdbc.queryForList("select text from plan_task_product where task_id = ?", String.class, first))
			.containsExactly("Báo cáo");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from plan_task_party where task_id = ? and role = 'COORDINATOR'", Integer.class,
				first))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForMap("select lead_wording, deadline_text from plan_task where id = ?", untouched))
			.containsEntry("lead_wording", "Sở Y tế")
			.containsEntry("deadline_text", "Quý I/2024");
		assertThat(this.jdbc.queryForObject(
				"select details from audit_event where action = 'PLAN_TASKS_BULK_EDITED' and target_id = ?",
				String.class, String.valueOf(plan)))
			.contains("2 nhiệm vụ", leads, "quy 3/2024");

		// Only the deadline: each task keeps its own lead.
		planner.submit(page, page + "/tasks/bulk",
				Map.of("tasks", List.of(untouched + ":0"), "leads", "", "deadline", "Trước ngày 15/10/2024"));
		assertThat(this.jdbc.queryForMap(
				"select lead_wording, deadline_kind, deadline_due::text as due from plan_task where id = ?", untouched))
			.containsEntry("lead_wording", "Sở Y tế")
			.containsEntry("due", "2024-10-14");
	}

	@Test
	void aBulkEditOverAChangedTaskChangesNothingAndKeepsWhatWasTyped() {
		Browser planner = Browser.signedIn(this.port, "planner");
		Browser admin = Browser.signedIn(this.port, "admin");
		long plan = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", "2024", "title", "KH thử hàng loạt đồng thời")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Công tác chỉ đạo", "domainCode", "CHI_DAO_DIEU_HANH")));
		String form = page + "/sections/" + section + "/tasks/new";
		long a = Browser.createdId(planner.submit(form, form, Map.of("text", "Nhiệm vụ A", "leads", "Sở Y tế")));
		long b = Browser.createdId(planner.submit(form, form, Map.of("text", "Nhiệm vụ B", "leads", "Sở Y tế")));
		String token = planner.csrfTokenOf(page);

		String edit = page + "/tasks/" + b + "/edit";
		admin.submit(edit, edit, Map.of("text", "Nhiệm vụ B", "leads", "Sở Công Thương", "version", "0"));

		HttpResponse<String> refused = planner.post(page + "/tasks/bulk",
				Map.of("tasks", List.of(a + ":0", b + ":0"), "leads", "Sở Tư pháp", "deadline", "Quý IV/2024"), token);
		assertThat(refused.statusCode()).isEqualTo(409);
		String body = HtmlUtils.htmlUnescape(refused.body());
		assertThat(body).contains("Người khác vừa sửa một số nhiệm vụ đã chọn", "Sở Công Thương",
				"value=\"Sở Tư pháp\"", "value=\"Quý IV/2024\"", "value=\"" + a + ":0\" checked",
				"value=\"" + b + ":1\" checked");
		assertThat(this.jdbc.queryForList("select lead_wording from plan_task where id in (?, ?) order by id",
				String.class, a, b))
			.containsExactly("Sở Y tế", "Sở Công Thương");

		HttpResponse<String> nothingTicked = planner.post(page + "/tasks/bulk", Map.of("leads", "Sở Tư pháp"), token);
		assertThat(nothingTicked.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(nothingTicked.body())).contains("Chưa chọn nhiệm vụ nào",
				"value=\"Sở Tư pháp\"");
		HttpResponse<String> nothingTyped = planner.post(page + "/tasks/bulk", Map.of("tasks", List.of(a + ":0")),
				token);
		assertThat(HtmlUtils.htmlUnescape(nothingTyped.body())).contains("Ghi cơ quan chủ trì hoặc thời gian",
				"value=\"" + a + ":0\" checked");
		assertThat(this.jdbc.queryForObject("select version from plan_task where id = ?", Long.class, a)).isZero();

		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer
			.post(page + "/tasks/bulk", Map.of("tasks", List.of(a + ":0"), "leads", "Sở Tư pháp"),
					officer.csrfTokenOf("/plans"))
			.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select lead_wording from plan_task where id = ?", String.class, a))
			.isEqualTo("Sở Y tế");
	}

	@Test
	void aStaleHeaderSaveShowsBothVersionsSideBySideAndKeepsWhatWasTyped() {
		Browser first = Browser.signedIn(this.port, "planner");
		Browser second = Browser.signedIn(this.port, "admin");
		long plan = Browser.createdId(first.submit("/plans/new", "/plans/new",
				Map.of("year", "2024", "title", "KH thử thông tin đồng thời")));
		String edit = "/plans/" + plan + "/edit";
		String token = first.csrfTokenOf(edit);
		// Only a refused save shows the comparison.
		assertThat(first.get(edit).body()).doesNotContain("id=\"conflict\"");

		assertThat(second
			.submit(edit, edit, Map.of("title", "Tên của quản trị", "signer", "Đặng Văn Minh", "version", "0"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> refused = first.post(edit,
				Map.of("title", "Tên của chuyên viên", "purposes", "Mục đích chuyên viên viết", "version", "0"), token);
		assertThat(refused.statusCode()).isEqualTo(409);
		String body = HtmlUtils.htmlUnescape(refused.body());
		assertThat(body).contains("Người khác vừa lưu thông tin chung của kế hoạch này", "Bản đang lưu",
				"Bản bạn vừa nhập", "Tên của quản trị", "Đặng Văn Minh", "value=\"Tên của chuyên viên\"",
				">Mục đích chuyên viên viết</textarea>");
		assertThat(this.jdbc.queryForObject("select title from plan where id = ?", String.class, plan))
			.isEqualTo("Tên của quản trị");

		// The conflict page's form carries the version now saved: saving it overwrites,
		// deliberately.
		long now = this.jdbc.queryForObject("select version from plan where id = ?", Long.class, plan);
		assertThat(body).contains("name=\"version\" value=\"" + now + "\"");
		assertThat(first.post(edit, Map.of("title", "Tên của chuyên viên", "version", String.valueOf(now)), token)
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select title from plan where id = ?", String.class, plan))
			.isEqualTo("Tên của chuyên viên");
	}

	@Test
	void thePlanPageListsItsShortcutsAndLoadsThemFromAFile() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser
			.createdId(planner.submit("/plans/new", "/plans/new", Map.of("year", "2024", "title", "KH thử phím tắt")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Phần một", "domainCode", "")));
		String form = page + "/sections/" + section + "/tasks/new";
		long task = Browser.createdId(planner.submit(form, form, Map.of("text", "Nhiệm vụ có phím tắt")));

		String body = HtmlUtils.htmlUnescape(planner.get(page).body());
		assertThat(body).contains("Phím tắt", "<kbd>n</kbd>", "<kbd>/</kbd>", "id=\"task-search\"",
				"data-new-task=\"/plans/" + plan + "/sections/" + section + "/tasks/new\"",
				"data-edit=\"/plans/" + plan + "/tasks/" + task + "/edit\"", "src=\"/js/plans.js\"");
		// Scripts come from files only (the CSP forbids inline ones).
		assertThat(body).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		HttpResponse<String> script = planner.get("/js/plans.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("task-search", "data", "requestSubmit", "case 'n'", "case '/'");
		assertThat(planner.get(form).body()).contains("save-shortcut", "Ctrl+Enter").doesNotContain("id=\"conflict\"");
		assertThat(planner.get(page + "/tasks/" + task + "/edit").body()).doesNotContain("id=\"conflict\"");
		assertThat(body).doesNotContain("id=\"conflict\"");
	}

	private List<String> leadParties(long task) {
		return this.jdbc.queryForList("select coalesce(a.code, p.group_code, '?' || p.wording) from plan_task_party p "
				+ "left join agency a on a.id = p.agency_id where p.task_id = ? and p.role = 'LEAD' order by p.position",
				String.class, task);
	}

	private List<String> assignments(long task) {
		return this.jdbc.queryForList(
				"select agency_id || ' ' || role || ' ' || coalesce(via_group_code, '-') "
						+ "from assignment where task_id = ? and active and role = 'LEAD' order by 1",
				String.class, task);
	}

}
