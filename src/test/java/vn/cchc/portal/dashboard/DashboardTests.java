package vn.cchc.portal.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestData;
import vn.cchc.portal.support.TestYears;

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
		int year = TestYears.DASHBOARD;
		this.clock.setTo(LocalDate.of(year, 6, 15));
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
		assertThat(overdue).contains("Rà soát quá hạn " + tag, "/plans/" + plan + "/tasks/" + late + "/history")
			.doesNotContain("Ban hành đúng hạn " + tag, "/plans/" + plan + "/tasks/" + done + "/history");
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
	}

	/**
	 * The task list's exports: every row the filters select, with the numbers the
	 * database holds; a kind of agency narrows the ranking; a head's export is the
	 * agency's whatever the address names; officers get none.
	 */
	@Test
	void theTaskListExportsHoldTheDatabasesNumbers() throws IOException {
		int year = TestYears.DASHBOARD;
		this.clock.setTo(LocalDate.of(year, 6, 15));
		String tag = "x" + System.nanoTime() % 1_000_000;
		long alpha = agency("Sở Epsilon " + tag);
		long commune = agency("UBND xã Zeta " + tag);
		this.jdbc.update("update agency set kind = 'COMMUNE_COMMITTEE' where id = ?", commune);
		person("head-" + tag, "AGENCY_HEAD", alpha);
		person("officer-" + tag, "OFFICER", alpha);
		person("officerc-" + tag, "OFFICER", commune);
		long period = TestData.openYearPeriod(this.port, this.jdbc, year);

		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", String.valueOf(year), "title", "KH xuất danh sách " + tag)));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thủ tục hành chính", "domainCode", "TTHC")));
		String form = page + "/sections/" + section + "/tasks/new";
		task(planner, form, "a)", "Rà soát thủ tục quá hạn " + tag, "Sở Epsilon " + tag, "Quý I/" + year);
		long done = task(planner, form, "b)", "Công bố danh mục thủ tục " + tag, "Sở Epsilon " + tag, "Năm " + year);
		long ongoing = task(planner, form, "c)", "Số hóa kết quả giải quyết " + tag, "Sở Epsilon " + tag,
				"Năm " + year);
		long local = task(planner, form, "d)", "Tiếp nhận hồ sơ trực tuyến " + tag, "UBND xã Zeta " + tag,
				"Năm " + year);
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "7/QĐ-" + tag, "decisionDate", (year - 1) + "-12-20"));
		update("officer-" + tag, assignment(done), "DONE_ON_TIME");
		update("officer-" + tag, assignment(ongoing), "IN_PROGRESS");
		update("officerc-" + tag, assignment(local), "DONE_LATE");
		Browser officer = Browser.signedIn(this.port, "officer-" + tag);
		String doneTask = "/my-tasks/" + assignment(done);
		assertThat(officer
			.upload(doneTask + "/evidence", "file", "cong-bo.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
					Map.of("title", "Quyết định công bố " + tag), officer.csrfTokenOf(doneTask))
			.statusCode()).isEqualTo(302);

		Browser leader = Browser.signedIn(this.port, "leader");
		String filters = "?year=" + year + "&period=" + period;
		HttpResponse<byte[]> xlsx = download(leader, "/dashboard/tasks.xlsx" + filters + "&agency=" + alpha);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Nhiệm vụ");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(0) * 5);
			Map<String, Integer> byStatus = new java.util.HashMap<>();
			Map<String, Double> evidence = new java.util.HashMap<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				byStatus.merge(sheet.getRow(r).getCell(8).getStringCellValue(), 1, Integer::sum);
				evidence.put(sheet.getRow(r).getCell(4).getStringCellValue(),
						sheet.getRow(r).getCell(10).getNumericCellValue());
			}
			assertThat(sheet.getLastRowNum()).isEqualTo(count(
					"select count(*) from assignment a where a.active and a.role = 'LEAD' and a.agency_id = ?", alpha));
			assertThat(byStatus.get("Hoàn thành đúng hạn")).isEqualTo(count(
					"select count(*) from assignment_progress where agency_id = ? and period_id = ? and status = 'DONE_ON_TIME'",
					alpha, period));
			assertThat(byStatus).containsEntry("Đang thực hiện", 1).containsEntry("Quá hạn", 1);
			assertThat(evidence.get("Công bố danh mục thủ tục " + tag).intValue())
				.isEqualTo(count("select count(*) from evidence where assignment_id = ?", assignment(done)));
			assertThat(evidence.get("Rà soát thủ tục quá hạn " + tag)).isZero();
		}

		HttpResponse<byte[]> csv = download(leader,
				"/dashboard/tasks.csv" + filters + "&agency=" + alpha + "&category=OVERDUE");
		String csvText = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(csvText).startsWith("\uFEFFSTT,").contains("Rà soát thủ tục quá hạn " + tag, "Quá hạn");
		assertThat(csvText.lines()).hasSize(2);

		// The kind of agency narrows the ranking and the list.
		String communes = text(leader.get("/dashboard" + filters + "&kind=COMMUNE_COMMITTEE"));
		assertThat(communes).contains("UBND xã Zeta " + tag).doesNotContain("Sở Epsilon " + tag);
		assertThat(text(leader.get("/dashboard/tasks" + filters + "&kind=COMMUNE_COMMITTEE&agency=" + commune)))
			.contains("Tiếp nhận hồ sơ trực tuyến " + tag);
		assertThat(text(leader.get("/dashboard/tasks" + filters + "&kind=DEPARTMENT&agency=" + commune)))
			.contains("Không có nhiệm vụ nào")
			.doesNotContain("Tiếp nhận hồ sơ trực tuyến " + tag);
		String board = text(leader.get("/dashboard" + filters + "&agency=" + alpha));
		assertThat(board).contains("Kết quả thực hiện chỉ tiêu", "Qua các kỳ báo cáo năm " + year,
				"Tỷ lệ hoàn thành qua các năm", "/dashboard/tasks.xlsx?year=" + year, "Bảng số liệu");
		// From a task to its history and its evidence.
		String list = text(leader.get("/dashboard/tasks" + filters + "&agency=" + alpha + "&category=DONE_ON_TIME"));
		assertThat(list).contains("/plans/" + plan + "/tasks/" + done + "/history", "Quyết định công bố " + tag);

		// A head's export is the agency's own, whatever agency the address names.
		HttpResponse<byte[]> own = download(Browser.signedIn(this.port, "head-" + tag),
				"/dashboard/tasks.csv" + filters + "&agency=" + commune);
		assertThat(new String(own.body(), StandardCharsets.UTF_8)).contains("Công bố danh mục thủ tục " + tag)
			.doesNotContain("Tiếp nhận hồ sơ trực tuyến " + tag);
		assertThat(download(officer, "/dashboard/tasks.xlsx" + filters).statusCode()).isEqualTo(403);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	private HttpResponse<byte[]> download(Browser browser, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", "JSESSIONID=" + browser.sessionId())
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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
