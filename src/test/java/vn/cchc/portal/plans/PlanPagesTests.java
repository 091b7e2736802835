package vn.cchc.portal.plans;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafting a plan in the browser, over real HTTP on PostgreSQL. Each test works on a plan
 * of its own.
 */
@PortalWebTest
class PlanPagesTests {

	private static final Pattern PLAN_ID = Pattern.compile("/plans/(\\d+)$");

	private static final Pattern SECTION_ID = Pattern.compile("#section-(\\d+)$");

	private static final Pattern TASK_ID = Pattern.compile("#task-(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void plannerDraftsAPlanAndThePortalUnderstandsWhatWasTyped() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = newPlan(planner, "Kế hoạch CCHC năm 2024 (thử soạn)");
		long section = newSection(planner, plan, "2.", "Cải cách thể chế", "THE_CHE");
		long task = newTask(planner, plan, section,
				Map.of("label", "a)", "text", "Rà soát văn bản quy phạm pháp luật", "leads",
						"So Tu phap va cac so, ban nganh; UBND cap xa", "coordinators",
						"Các cơ quan, đơn vị có liên quan; Sở Thiên Đường", "products",
						"Báo cáo rà soát\nDanh mục văn bản", "deadline", "quy 2/2024", "budget", "500.000.000 đồng"));

		assertThat(this.jdbc.queryForObject("select deadline_kind || ' ' || deadline_due from plan_task where id = ?",
				String.class, task))
			.isEqualTo("QUARTER 2024-06-30");
		assertThat(this.jdbc.queryForObject("select budget_amount from plan_task where id = ?", Long.class, task))
			.isEqualTo(500_000_000L);
		assertThat(this.jdbc.queryForList(
				"select coalesce(a.code, p.group_code, '?' || p.wording) from plan_task_party p "
						+ "left join agency a on a.id = p.agency_id where p.task_id = ? order by p.position",
				String.class, task))
			.containsExactly("STP", "DEPARTMENTS", "COMMUNE_COMMITTEES", "RELATED_AGENCIES", "?Sở Thiên Đường");

		// Sở Tư pháp, every department of the plan's date and every commune committee
		// report: the 20 departments of the demo data on 1/12/2023 (Sở Tư pháp among
		// them,
		// R__10_demo_agencies.sql), and no commune committee then.
		assertThat(this.jdbc.queryForObject("select count(*) from assignment where task_id = ? and role = 'LEAD'",
				Integer.class, task))
			.isEqualTo(20);

		String page = HtmlUtils.htmlUnescape(planner.get("/plans/" + plan).body());
		assertThat(page).contains("Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ban, ngành",
				"UBND cấp xã", "cơ quan thực hiện và báo cáo", "Sở Thiên Đường (chưa nhận diện)", "hạn 30/06/2024",
				"500.000.000 đ", "Báo cáo rà soát", "Cải cách thể chế");
		assertThat(planner.get("/plans").body()).contains("Kế hoạch CCHC năm 2024 (thử soạn)");
		// The editor shows the agencies exactly as they were typed, not the resolver's
		// pieces.
		assertThat(HtmlUtils.htmlUnescape(planner.get("/plans/" + plan + "/tasks/" + task + "/edit").body())).contains(
				"value=\"So Tu phap va cac so, ban nganh; UBND cap xa\"",
				"value=\"Các cơ quan, đơn vị có liên quan; Sở Thiên Đường\"");
	}

	@Test
	void theAgencyPickerSuggestsAgenciesAndGroupsTypedWithoutDiacritics() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String agencies = HtmlUtils
			.htmlUnescape(planner.get("/plans/agency-suggestions?target=leads&year=2024&find=so+tu+phap").body());
		assertThat(agencies).contains("data-name=\"Sở Tư pháp\"", "data-target=\"leads\"");
		String groups = HtmlUtils.htmlUnescape(
				planner.get("/plans/agency-suggestions?target=coordinators&year=2024&find=uy+ban+nhan+dan").body());
		assertThat(groups).contains("data-target=\"coordinators\"", "Ủy ban nhân dân");
		assertThat(planner.get("/plans/agency-suggestions?find=s").body()).doesNotContain("agency-suggestion\"");
		String form = planner.get(this.jdbc.queryForObject("select '/plans/' || p.id || '/sections/' || s.id "
				+ "from plan_section s join plan p on p.id = s.plan_id where p.status = 'DRAFT' order by s.id limit 1",
				String.class) + "/tasks/new")
			.body();
		assertThat(form).contains("id=\"leads-find\"", "id=\"coordinators-find\"", "/js/plans.js");
	}

	@Test
	void aRejectedTaskKeepsEverythingTyped() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = newPlan(planner, "Kế hoạch thử biểu mẫu");
		long section = newSection(planner, plan, "1.", "Công tác chỉ đạo, điều hành", "CHI_DAO_DIEU_HANH");
		String form = "/plans/" + plan + "/sections/" + section + "/tasks/new";
		HttpResponse<String> rejected = planner.submit(form, form,
				Map.of("text", " ", "leads", "Sở Nội vụ", "deadline", "Thường xuyên", "products", "Kế hoạch"));
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(rejected.body())).contains("Vui lòng nhập thông tin này",
				"value=\"Sở Nội vụ\"", "value=\"Thường xuyên\"", ">Kế hoạch</textarea>");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan))
			.isZero();
	}

	@Test
	void aStaleEditIsRefusedAndShowsBothVersions() {
		Browser first = Browser.signedIn(this.port, "planner");
		Browser second = Browser.signedIn(this.port, "admin");
		long plan = newPlan(first, "Kế hoạch thử sửa đồng thời");
		long section = newSection(first, plan, "3.", "Cải cách thủ tục hành chính", "TTHC");
		long task = newTask(first, plan, section, Map.of("text", "Bản đầu tiên", "leads", "Văn phòng UBND tỉnh"));
		String edit = "/plans/" + plan + "/tasks/" + task + "/edit";
		String firstToken = first.csrfTokenOf(edit);

		HttpResponse<String> saved = second.submit(edit, edit,
				Map.of("text", "Bản của quản trị", "leads", "Văn phòng UBND tỉnh", "version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);

		HttpResponse<String> refused = first.post(edit,
				Map.of("text", "Bản của chuyên viên", "leads", "Sở Nội vụ", "version", "0"), firstToken);
		assertThat(refused.statusCode()).isEqualTo(409);
		String body = HtmlUtils.htmlUnescape(refused.body());
		assertThat(body).contains("Người khác vừa lưu nhiệm vụ này", "Bản của quản trị", "Bản của chuyên viên");
		assertThat(this.jdbc.queryForObject("select text from plan_task where id = ?", String.class, task))
			.isEqualTo("Bản của quản trị");
	}

	@Test
	void officersReadPlansButCannotChangeThem() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = newPlan(planner, "Kế hoạch thử quyền");
		long section = newSection(planner, plan, "1.", "Phần một", "");
		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.get("/plans/" + plan).statusCode()).isEqualTo(200);
		assertThat(officer.get("/plans/" + plan).body()).doesNotContain("Thêm nhiệm vụ");
		assertThat(officer.get("/plans/new").statusCode()).isEqualTo(403);
		String form = "/plans/" + plan + "/sections/" + section + "/tasks/new";
		assertThat(officer.post(form, Map.of("text", "Nhiệm vụ lén"), officer.csrfTokenOf("/plans")).statusCode())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan))
			.isZero();
	}

	@Test
	void plannerWritesTheHeaderAndAddsActivitiesUnderATask() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = newPlan(planner, "Kế hoạch thử thông tin chung");
		long section = newSection(planner, plan, "1.", "Cải cách thể chế", "THE_CHE");
		long task = newTask(planner, plan, section, Map.of("label", "1", "text", "Xây dựng kế hoạch chuyển đổi số",
				"leads", "Sở Thông tin và Truyền thông"));
		String edit = "/plans/" + plan + "/edit";
		HttpResponse<String> saved = planner.submit(edit, edit,
				Map.of("title", "Kế hoạch thử thông tin chung", "decisionNumber", "1879/QĐ-UBND", "decisionDate",
						"2023-12-15", "signer", "Đặng Văn Minh", "legalBases",
						"Căn cứ Luật Tổ chức chính quyền địa phương", "purposes", "Tạo chuyển biến mạnh mẽ", "version",
						version(plan)));
		assertThat(saved.statusCode()).isEqualTo(302);
		String activityForm = "/plans/" + plan + "/tasks/" + task + "/activities/new";
		long activity = idIn(planner.submit(activityForm, activityForm,
				Map.of("label", "1.1", "text", "Khảo sát hiện trạng", "leads", "Sở TT&TT", "deadline", "Quý I/2024")),
				TASK_ID);
		assertThat(this.jdbc.queryForObject("select parent_task_id from plan_task where id = ?", Long.class, activity))
			.isEqualTo(task);

		String page = HtmlUtils.htmlUnescape(planner.get("/plans/" + plan).body());
		assertThat(page).contains("Quyết định số 1879/QĐ-UBND ngày 15/12/2023",
				"Căn cứ Luật Tổ chức chính quyền địa phương", "Tạo chuyển biến mạnh mẽ", "Khảo sát hiện trạng",
				"hạn 31/03/2024");

		// The header form sent with an old version is refused: someone saved in between.
		HttpResponse<String> stale = planner.submit(edit, edit,
				Map.of("title", "Tên cũ đè lên", "version", String.valueOf(Long.parseLong(version(plan)) - 1)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject("select title from plan where id = ?", String.class, plan))
			.isEqualTo("Kế hoạch thử thông tin chung");
	}

	@Test
	void theAgenciesAreRecognisedAsTheyAreTyped() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String leads = HtmlUtils.htmlUnescape(planner
			.get("/plans/parties-preview?year=2024&leads=So+KH%26DT+va+cac+so%2C+ban+nganh%3B+So+Thien+Duong")
			.body());
		assertThat(leads).contains("id=\"leads-preview\"", "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành",
				"So Thien Duong (chưa nhận diện)");
		assertThat(planner.get("/plans/parties-preview?year=2024&coordinators=UBND+cap+xa").body())
			.contains("id=\"coordinators-preview\"", "UBND cấp xã");
	}

	@Test
	void theDeadlineIsInterpretedAsItIsTyped() {
		Browser planner = Browser.signedIn(this.port, "planner");
		assertThat(planner.get("/plans/deadline-preview?year=2024&deadline=truoc+ngay+15%2F01%2F2024").body())
			.contains("14/01/2024");
		assertThat(planner.get("/plans/deadline-preview?year=2024&deadline=Thuong+xuyen").body())
			.contains("thường xuyên");
	}

	private String version(long plan) {
		return String.valueOf(this.jdbc.queryForObject("select version from plan where id = ?", Long.class, plan));
	}

	private long newPlan(Browser planner, String title) {
		HttpResponse<String> created = planner.submit("/plans/new", "/plans/new",
				Map.of("year", "2024", "title", title));
		return idIn(created, PLAN_ID);
	}

	private long newSection(Browser planner, long plan, String label, String title, String domain) {
		String form = "/plans/" + plan + "/sections/new";
		return idIn(planner.submit(form, form, Map.of("label", label, "title", title, "domainCode", domain)),
				SECTION_ID);
	}

	private long newTask(Browser planner, long plan, long section, Map<String, String> fields) {
		String form = "/plans/" + plan + "/sections/" + section + "/tasks/new";
		return idIn(planner.submit(form, form, fields), TASK_ID);
	}

	private static long idIn(HttpResponse<String> redirect, Pattern pattern) {
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		Matcher matcher = pattern.matcher(redirect.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
