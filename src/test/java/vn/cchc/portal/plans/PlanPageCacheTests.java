package vn.cchc.portal.plans;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.agencies.AgencyReorganisation;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan page's task table is rendered once and kept (PlanPages): whatever changes what
 * it shows must show at the next view, whoever made the change and however.
 */
@PortalWebTest
class PlanPageCacheTests {

	private static final Pattern PLAN_ID = Pattern.compile("/plans/(\\d+)$");

	private static final Pattern SECTION_ID = Pattern.compile("#section-(\\d+)$");

	private static final Pattern TASK_ID = Pattern.compile("#task-(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgencyReorganisation reorganisation;

	@Test
	void anEditShowsAtTheNextView() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = newPlan(planner, "Kế hoạch thử bộ đệm: sửa");
		long section = newSection(planner, plan);
		long task = newTask(planner, plan, section, Map.of("text", "Nội dung ban đầu", "leads", "Sở Nội vụ"));
		assertThat(page(planner, plan)).contains("Nội dung ban đầu");
		assertThat(page(planner, plan)).contains("Nội dung ban đầu");

		String edit = "/plans/" + plan + "/tasks/" + task + "/edit";
		assertThat(planner
			.submit(edit, edit, Map.of("text", "Nội dung đã sửa", "leads", "Sở Nội vụ", "deadline", "Quý III/2024"))
			.statusCode()).isEqualTo(302);
		assertThat(page(planner, plan)).contains("Nội dung đã sửa", "hạn 30/09/2024")
			.doesNotContain("Nội dung ban đầu");

		// Written past the application (another module, a script): seen too.
		this.jdbc.update("update plan_task set text = 'Sửa thẳng trong cơ sở dữ liệu' where id = ?", task);
		assertThat(page(planner, plan)).contains("Sửa thẳng trong cơ sở dữ liệu");
		this.jdbc.update("update plan_section set title = 'Phần đã đổi tên' where id = ?", section);
		assertThat(page(planner, plan)).contains("Phần đã đổi tên");
		this.jdbc.update("insert into plan_task_product (task_id, position, text) values (?, 0, 'Sản phẩm mới')", task);
		assertThat(page(planner, plan)).contains("- Sản phẩm mới");
	}

	@Test
	void aRenameAndAMergeShowAtTheNextView() {
		// Units, not departments: no other test's "every department" of 2023 counts them.
		long first = TestData.agency(this.jdbc, "Sở Thử Bộ Đệm Một", "PUBLIC_SERVICE_UNIT", LocalDate.of(2000, 1, 1));
		long second = TestData.agency(this.jdbc, "Sở Thử Bộ Đệm Hai", "PUBLIC_SERVICE_UNIT", LocalDate.of(2000, 1, 1));
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = newPlan(planner, "Kế hoạch thử bộ đệm: tổ chức lại");
		long section = newSection(planner, plan);
		newTask(planner, plan, section,
				Map.of("text", "Nhiệm vụ của hai sở thử", "leads", "Sở Thử Bộ Đệm Một; Sở Thử Bộ Đệm Hai"));
		assertThat(page(planner, plan)).contains("Sở Thử Bộ Đệm Một", "→ 2 cơ quan thực hiện");

		assertThat(page(planner, plan)).contains(">Sở Thử Bộ Đệm Hai</a>");

		// Renamed before the plan's date (1/12/2023): the plan names it so (the wording
		// typed stays as the link's title).
		this.reorganisation.rename(second, this.reorganisation.versionOf(second), "Sở Thử Bộ Đệm Đổi Tên", null,
				LocalDate.of(2023, 6, 1), "QĐ thử", "admin");
		assertThat(page(planner, plan)).contains(">Sở Thử Bộ Đệm Đổi Tên</a>").doesNotContain(">Sở Thử Bộ Đệm Hai</a>");

		// Merged: the first one's work moves to the second, which had it already.
		this.reorganisation.merge(List.of(first), second, null, LocalDate.of(2024, 7, 1), "QĐ sáp nhập thử", "admin");
		assertThat(page(planner, plan)).contains("→ 1 cơ quan thực hiện").doesNotContain("→ 2 cơ quan thực hiện");
	}

	@Test
	void viewersWhoMayDoDifferentThingsSeeDifferentTablesAndFormsCarryTheirOwnToken() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = newPlan(planner, "Kế hoạch thử bộ đệm: quyền");
		long section = newSection(planner, plan);
		long task = newTask(planner, plan, section, Map.of("text", "Nhiệm vụ sẽ xóa", "leads", "Sở Nội vụ"));
		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.get("/plans/" + plan).body()).contains("Nhiệm vụ sẽ xóa")
			.doesNotContain("/tasks/" + task + "/delete", "Lịch sử thay đổi");
		String table = page(planner, plan);
		assertThat(table).contains("/tasks/" + task + "/delete", "Lịch sử thay đổi");

		// A second planner is served the same rendering, with their own CSRF token in
		// its forms: a row's delete button works for them.
		Browser admin = Browser.signedIn(this.port, "admin");
		String adminPage = admin.get("/plans/" + plan).body();
		assertThat(Pattern.compile("csrf-\\p{XDigit}{8}-").matcher(adminPage).find()).as("a placeholder left")
			.isFalse();
		String delete = "/plans/" + plan + "/tasks/" + task + "/delete";
		HttpResponse<String> deleted = admin.post(delete, Map.of(), tokenOfForm(adminPage, delete));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(page(planner, plan)).doesNotContain("Nhiệm vụ sẽ xóa");
	}

	@Test
	void theCacheKeepsUpToItsSizeLeastRecentlyUsedFirst() {
		PlanPages.Cache cache = new PlanPages.Cache(1000);
		PlanPages.Stamp stamp = new PlanPages.Stamp(1, 1);
		PlanPages.Key a = new PlanPages.Key(1, java.util.Locale.ROOT, false, false);
		PlanPages.Key b = new PlanPages.Key(2, java.util.Locale.ROOT, false, false);
		PlanPages.Key c = new PlanPages.Key(3, java.util.Locale.ROOT, false, false);
		cache.put(a, content(stamp, 100));
		cache.put(b, content(stamp, 100));
		assertThat(cache.get(a, stamp)).isNotNull();
		assertThat(cache.get(a, new PlanPages.Stamp(2, 1))).as("another revision").isNull();
		assertThat(cache.get(a, new PlanPages.Stamp(1, 2))).as("another agencies revision").isNull();
		cache.put(c, content(stamp, 100));
		// 4 bytes a character: a (used last) and c fit, b goes.
		assertThat(cache.get(b, stamp)).isNull();
		assertThat(cache.get(a, stamp)).isNotNull();
		assertThat(cache.get(c, stamp)).isNotNull();
		cache.put(b, content(stamp, 1000));
		assertThat(cache.get(b, stamp)).as("larger than the whole cache").isNull();
		assertThat(cache.size()).isEqualTo(2);
	}

	private static PlanPages.Content content(PlanPages.Stamp stamp, int chars) {
		return new PlanPages.Content(stamp, null, List.of(), List.of(), "x".repeat(chars));
	}

	/** The CSRF field of the form posting to {@code action}. */
	private static String tokenOfForm(String page, String action) {
		Matcher matcher = Pattern
			.compile(Pattern.quote(action) + "\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(matcher.find()).as("the CSRF field of " + action).isTrue();
		return matcher.group(1);
	}

	private static String page(Browser browser, long plan) {
		HttpResponse<String> response = browser.get("/plans/" + plan);
		assertThat(response.statusCode()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.body());
	}

	private long newPlan(Browser planner, String title) {
		return idIn(planner.submit("/plans/new", "/plans/new", Map.of("year", "2024", "title", title)), PLAN_ID);
	}

	private long newSection(Browser planner, long plan) {
		String form = "/plans/" + plan + "/sections/new";
		return idIn(
				planner.submit(form, form, Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")),
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
