package vn.cchc.portal.plans;

import java.math.BigDecimal;
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
 * The targets (chỉ tiêu) of a draft written in the browser: linked to the tasks serving
 * them, shown on the plan page and in the API, kept in each issued version, never
 * overwritten silently.
 */
@PortalWebTest
class PlanTargetsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPlannerWritesATargetLinkedToItsTasksAndEditsIt() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser
			.createdId(planner.submit("/plans/new", "/plans/new", Map.of("year", "2026", "title", "KH thử chỉ tiêu")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "3.", "title", "Cải cách thủ tục hành chính", "domainCode", "TTHC")));
		String taskForm = page + "/sections/" + section + "/tasks/new";
		long online = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Cung cấp dịch vụ công trực tuyến toàn trình", "leads", "Sở Nội vụ")));
		long survey = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "b)", "text", "Khảo sát mức độ hài lòng", "leads", "Sở Nội vụ")));
		long planVersion = planVersion(plan);

		HttpResponse<String> created = planner.submit(page + "/targets/new", page + "/targets/new",
				Map.of("wording", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 94,5% trở lên", "metric",
						"Tỷ lệ hồ sơ trực tuyến toàn trình", "comparator", "≥", "value", "94,5", "unit", "%", "level",
						"COMMUNE", "baseline", "1.200", "source", "Nghị quyết số 05-NQ/TU", "cumulative", "true",
						"taskIds", List.of(online, survey)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("#target-");
		long target = Long.parseLong(location.substring(location.indexOf("#target-") + 8));

		Map<String, Object> row = this.jdbc.queryForMap("select * from plan_target where id = ?", target);
		assertThat(row).containsEntry("comparator", "GE")
			.containsEntry("level", "COMMUNE")
			.containsEntry("cumulative", true)
			.containsEntry("source", "Nghị quyết số 05-NQ/TU")
			.containsEntry("plan_id", plan);
		assertThat((BigDecimal) row.get("target_value")).isEqualByComparingTo("94.5");
		assertThat((BigDecimal) row.get("baseline")).isEqualByComparingTo("1200");
		assertThat(links(target)).containsExactly(online, survey);
		// Linking a target changes neither the tasks' versions nor the header's: nobody's
		// open editor becomes stale.
		assertThat(
				this.jdbc.queryForList("select version from plan_task where id in (?, ?)", Long.class, online, survey))
			.containsOnly(0L);
		assertThat(planVersion(plan)).isEqualTo(planVersion);

		String shown = HtmlUtils.htmlUnescape(planner.get(page).body());
		assertThat(shown).contains("Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 94,5% trở lên", "≥ 94,5%", "Cấp xã",
				"1.200", "Cộng dồn trong năm", "a) Cung cấp dịch vụ công trực tuyến toàn trình",
				"b) Khảo sát mức độ hài lòng", "/targets/" + target + "/edit");
		assertThat(planner.api("/api/v1/plans/" + plan, "planner", "cchc-demo").body()).contains("\"id\":" + target,
				"\"comparator\":\"≥\"", "\"value\":94.5", "\"level\":\"COMMUNE\"", "\"cumulative\":true",
				"\"taskIds\":[" + online + "," + survey + "]");

		String edit = page + "/targets/" + target + "/edit";
		assertThat(HtmlUtils.htmlUnescape(planner.get(edit).body()))
			.contains("value=\"94,5\"", "value=\"Nghị quyết số 05-NQ/TU\"")
			.doesNotContain("id=\"conflict\"", "Người khác vừa lưu");
		// Unticked: no longer cumulative, no longer served by the survey.
		HttpResponse<String> saved = planner.submit(edit, edit,
				Map.of("wording", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%", "comparator", "=", "value", "90", "unit",
						"%", "level", "PROVINCE", "taskIds", online, "version", "0"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForMap("select comparator, level, cumulative from plan_target where id = ?", target))
			.containsEntry("comparator", "EQ")
			.containsEntry("level", "PROVINCE")
			.containsEntry("cumulative", false);
		assertThat(links(target)).containsExactly(online);

		HttpResponse<String> deleted = planner.submit(page, edit.replace("/edit", "/delete"), Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_target where plan_id = ?", Integer.class, plan))
			.isZero();
		assertThat(links(target)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan))
			.isEqualTo(2);
	}

	@Test
	void targetsAreReorderedOneStepAtATimeAndTheFirstStaysFirstWhenMovedUp() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(
				planner.submit("/plans/new", "/plans/new", Map.of("year", "2026", "title", "KH thứ tự chỉ tiêu")));
		String page = "/plans/" + plan;
		for (String wording : List.of("Chỉ tiêu một", "Chỉ tiêu hai", "Chỉ tiêu ba")) {
			assertThat(planner
				.submit(page + "/targets/new", page + "/targets/new",
						Map.of("wording", wording, "comparator", "≥", "value", "90", "unit", "%", "level", "PROVINCE"))
				.statusCode()).isEqualTo(302);
		}
		long three = this.jdbc.queryForObject("select id from plan_target where plan_id = ? and wording = ?",
				Long.class, plan, "Chỉ tiêu ba");
		long one = this.jdbc.queryForObject("select id from plan_target where plan_id = ? and wording = ?", Long.class,
				plan, "Chỉ tiêu một");
		String csrf = planner.csrfTokenOf(page);
		assertThat(planner.post(page + "/targets/" + three + "/move", Map.of("direction", "up"), csrf).statusCode())
			.isEqualTo(302);
		planner.post(page + "/targets/" + one + "/move", Map.of("direction", "up"), csrf);
		assertThat(order(plan)).containsExactly("Chỉ tiêu một", "Chỉ tiêu ba", "Chỉ tiêu hai");
		planner.post(page + "/targets/" + one + "/move", Map.of("direction", "down"), csrf);
		assertThat(order(plan)).containsExactly("Chỉ tiêu ba", "Chỉ tiêu một", "Chỉ tiêu hai");
		String shown = HtmlUtils.htmlUnescape(planner.get(page).body());
		assertThat(shown.indexOf("Chỉ tiêu ba")).isLessThan(shown.indexOf("Chỉ tiêu một"));

		// Officers do not reorder.
		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(
				officer.post(page + "/targets/" + one + "/move", Map.of("direction", "up"), officer.csrfTokenOf(page))
					.statusCode())
			.isEqualTo(403);
		assertThat(order(plan)).containsExactly("Chỉ tiêu ba", "Chỉ tiêu một", "Chỉ tiêu hai");
	}

	private List<String> order(long plan) {
		return this.jdbc.queryForList("select wording from plan_target where plan_id = ? order by position",
				String.class, plan);
	}

	@Test
	void aRejectedTargetKeepsWhatWasTypedWithTheReasonBesideTheField() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(
				planner.submit("/plans/new", "/plans/new", Map.of("year", "2026", "title", "KH thử chỉ tiêu sai")));
		String form = "/plans/" + plan + "/targets/new";

		HttpResponse<String> notANumber = planner.submit(form, form, Map.of("wording", "Mức độ hài lòng", "comparator",
				"≥", "value", "chín mươi", "unit", "%", "source", "Quyết định 1879/QĐ-UBND"));
		assertThat(notANumber.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(notANumber.body())).contains("Nhập một số, ví dụ 90", "id=\"value-error\"",
				"value=\"chín mươi\"", ">Mức độ hài lòng</textarea>", "value=\"Quyết định 1879/QĐ-UBND\"");

		String blank = HtmlUtils
			.htmlUnescape(planner.submit(form, form, Map.of("wording", " ", "value", "94", "unit", "%")).body());
		assertThat(blank).contains("Vui lòng nhập thông tin này", "Chọn phép so sánh", "value=\"94\"");

		String noValue = HtmlUtils
			.htmlUnescape(planner.submit(form, form, Map.of("wording", "Giảm 28 biên chế", "comparator", "=")).body());
		assertThat(noValue).contains("Nhập giá trị cần đạt");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_target where plan_id = ?", Integer.class, plan))
			.isZero();

		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.post(form, Map.of("wording", "Chỉ tiêu lén"), officer.csrfTokenOf("/plans")).statusCode())
			.isEqualTo(403);
		assertThat(officer.get("/plans/" + plan).body()).doesNotContain("Thêm chỉ tiêu");
	}

	@Test
	void aStaleTargetSaveIsRefusedAndShowsBothVersions() {
		Browser first = Browser.signedIn(this.port, "planner");
		Browser second = Browser.signedIn(this.port, "admin");
		long plan = Browser.createdId(
				first.submit("/plans/new", "/plans/new", Map.of("year", "2026", "title", "KH thử chỉ tiêu đồng thời")));
		String form = "/plans/" + plan + "/targets/new";
		first.submit(form, form, Map.of("wording", "Bản đầu", "comparator", "≥", "value", "90", "unit", "%"));
		long target = this.jdbc.queryForObject("select id from plan_target where plan_id = ?", Long.class, plan);
		String edit = "/plans/" + plan + "/targets/" + target + "/edit";
		String token = first.csrfTokenOf(edit);

		assertThat(second
			.submit(edit, edit,
					Map.of("wording", "Bản của quản trị", "comparator", "≥", "value", "95", "unit", "%", "version",
							"0"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> refused = first.post(edit,
				Map.of("wording", "Bản của chuyên viên", "comparator", "≥", "value", "92", "unit", "%", "version", "0"),
				token);
		assertThat(refused.statusCode()).isEqualTo(409);
		String body = HtmlUtils.htmlUnescape(refused.body());
		assertThat(body).contains("Người khác vừa lưu chỉ tiêu này", "Bản đang lưu", "Bản bạn vừa nhập",
				"Bản của quản trị", "95", ">Bản của chuyên viên</textarea>", "value=\"92\"",
				"name=\"version\" value=\"1\"");
		assertThat(this.jdbc.queryForObject("select wording from plan_target where id = ?", String.class, target))
			.isEqualTo("Bản của quản trị");

		// Saving again from the conflict page overwrites, deliberately.
		assertThat(first
			.post(edit, Map.of("wording", "Bản của chuyên viên", "comparator", "≥", "value", "92", "version", "1"),
					token)
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select wording from plan_target where id = ?", String.class, target))
			.isEqualTo("Bản của chuyên viên");
	}

	@Test
	void targetsAreKeptInEachIssuedVersionAndCompared() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", "2026", "title", "KH thử chỉ tiêu phiên bản")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách tổ chức bộ máy", "domainCode", "TO_CHUC_BO_MAY")));
		String taskForm = page + "/sections/" + section + "/tasks/new";
		long task = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "a)", "text", "Tinh giản biên chế", "leads", "Sở Nội vụ")));
		String form = page + "/targets/new";
		planner.submit(form, form, Map.of("wording", "Giảm 28 biên chế công chức", "comparator", "≥", "value", "28",
				"unit", "biên chế", "taskIds", task));
		planner.submit(form, form, Map.of("wording", "Chỉ tiêu sẽ bỏ"));
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "11/QĐ-UBND", "decisionDate", "2025-12-20"));
		assertThat(this.jdbc.queryForObject("select snapshot::text from plan_version where plan_id = ? and number = 1",
				String.class, plan))
			.contains("Giảm 28 biên chế công chức", "\"taskIds\": [" + task + "]");

		planner.submit(page, page + "/amend", Map.of());
		long kept = this.jdbc.queryForObject("select id from plan_target where plan_id = ? and wording like 'Giảm%'",
				Long.class, plan);
		long dropped = this.jdbc.queryForObject(
				"select id from plan_target where plan_id = ? and wording like 'Chỉ tiêu sẽ bỏ'", Long.class, plan);
		String edit = page + "/targets/" + kept + "/edit";
		planner.submit(edit, edit, Map.of("wording", "Giảm 30 biên chế công chức", "comparator", "≥", "value", "30",
				"unit", "biên chế", "taskIds", task, "version", "0"));
		planner.submit(page, page + "/targets/" + dropped + "/delete", Map.of());
		planner.submit(form, form, Map.of("wording", "Chỉ tiêu mới bổ sung"));
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "77/QĐ-UBND", "decisionDate", "2026-06-01"));

		String comparison = HtmlUtils.htmlUnescape(planner.get(page + "/versions/compare?from=1&to=2").body());
		assertThat(comparison)
			.contains("Chỉ tiêu thay đổi", "Giảm 28 biên chế công chức ≥ 28 biên chế",
					"Giảm 30 biên chế công chức ≥ 30 biên chế", "Chỉ tiêu mới bổ sung", "Chỉ tiêu sẽ bỏ")
			.doesNotContain("Hai phiên bản giống nhau");
	}

	@Test
	void aScriptWritesTargetsThroughTheApiWithTheSameRules() {
		Browser script = new Browser(this.port);
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(
				planner.submit("/plans/new", "/plans/new", Map.of("year", "2026", "title", "KH thử chỉ tiêu API")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Số hóa", "domainCode", "")));
		String taskForm = page + "/sections/" + section + "/tasks/new";
		long task = Browser
			.createdId(planner.submit(taskForm, taskForm, Map.of("text", "Số hóa hồ sơ", "leads", "Sở Nội vụ")));

		HttpResponse<String> created = script.api("POST", "/api/v1/plans/" + plan + "/targets", "planner", "cchc-demo",
				"{\"wording\": \"Mức độ hài lòng đạt 94%\", \"comparator\": \"≥\", \"value\": 94, "
						+ "\"unit\": \"%\", \"level\": \"PROVINCE\", \"taskIds\": [" + task + "]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"taskIds\":[" + task + "]", "\"version\":0", "\"comparator\":\"≥\"");
		long target = this.jdbc.queryForObject("select id from plan_target where plan_id = ?", Long.class, plan);
		String update = "{\"wording\": \"Mức độ hài lòng đạt 95%\", \"comparator\": \"≥\", \"value\": 95, "
				+ "\"cumulative\": false, \"version\": 0}";
		HttpResponse<String> saved = script.api("PUT", "/api/v1/plans/" + plan + "/targets/" + target, "planner",
				"cchc-demo", update);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.body()).contains("\"version\":1", "\"cumulative\":false", "\"taskIds\":[]");
		HttpResponse<String> stale = script.api("PUT", "/api/v1/plans/" + plan + "/targets/" + target, "admin",
				"cchc-demo", update.replace("95", "80"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(
				this.jdbc.queryForObject("select target_value from plan_target where id = ?", BigDecimal.class, target))
			.isEqualByComparingTo("95");
		assertThat(script
			.api("POST", "/api/v1/plans/" + plan + "/targets", "planner", "cchc-demo",
					"{\"wording\": \"Sai cấp\", \"level\": \"TOWN\"}")
			.statusCode()).isEqualTo(400);
		assertThat(script
			.api("POST", "/api/v1/plans/" + plan + "/targets", "officer", "cchc-demo", "{\"wording\": \"Lén\"}")
			.statusCode()).isEqualTo(403);
	}

	private List<Long> links(long target) {
		return this.jdbc.queryForList("select l.task_id from plan_task_target l join plan_task t on t.id = l.task_id "
				+ "where l.target_id = ? order by t.position", Long.class, target);
	}

	private long planVersion(long plan) {
		return this.jdbc.queryForObject("select version from plan where id = ?", Long.class, plan);
	}

}
