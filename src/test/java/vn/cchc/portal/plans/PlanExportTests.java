package vn.cchc.portal.plans;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appendix downloads, read back with Apache POI and compared with the rows written
 * out for the plan each test drafts over HTTP.
 */
@PortalWebTest
class PlanExportTests {

	private static final Pattern PLAN_ID = Pattern.compile("/plans/(\\d+)$");

	private static final Pattern SECTION_ID = Pattern.compile("#section-(\\d+)$");

	private static final Pattern TASK_ID = Pattern.compile("#task-(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private long plan;

	private long reformTask;

	private long activity;

	@BeforeEach
	void draftAPlan() {
		Browser planner = Browser.signedIn(this.port, "planner");
		this.plan = idIn(planner.submit("/plans/new", "/plans/new",
				Map.of("year", "2024", "title", "Kế hoạch cải cách hành chính năm 2024")), PLAN_ID);
		long direction = newSection(planner, "I.", "Công tác chỉ đạo, điều hành", "CHI_DAO_DIEU_HANH");
		long institutions = newSection(planner, "II.", "Cải cách thể chế", "THE_CHE");
		newTask(planner, direction,
				Map.of("label", "1", "text", "Ban hành Kế hoạch cải cách hành chính năm 2024", "leads", "Sở Nội vụ",
						"products", "Kế hoạch của UBND tỉnh", "deadline", "Trước ngày 15/01/2024", "budget",
						"Theo dự toán được cấp"));
		this.reformTask = newTask(planner, institutions,
				Map.of("label", "1", "text", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", "leads",
						"So Tu phap va cac so, ban nganh; UBND cap xa", "coordinators", "Sở Thiên Đường", "products",
						"Báo cáo rà soát\nDanh mục văn bản hết hiệu lực", "deadline", "Quý II/2024", "budget",
						"500.000.000 đồng"));
		// Activities have no editor yet: one is written as the importer will write it.
		this.activity = this.jdbc.queryForObject(
				"insert into plan_task (plan_id, section_id, parent_task_id, position, label, text, deadline_text, "
						+ "deadline_kind, deadline_due) values (?, ?, ?, 100, '-', 'Lấy ý kiến các cơ quan về dự thảo', "
						+ "'Tháng 3/2024', 'MONTH', date '2024-03-31') returning id",
				Long.class, this.plan, institutions, this.reformTask);
		this.jdbc.update("insert into plan_task_party (task_id, role, position, wording) values (?, 'LEAD', 0, ?)",
				this.activity, "Phòng Xây dựng và Kiểm tra văn bản");
		this.jdbc.update("insert into plan_task_product (task_id, position, text) values (?, 0, ?)", this.activity,
				"Công văn lấy ý kiến");
		this.jdbc.update(
				"update plan set decision_number = '1879/QĐ-UBND', decision_date = date '2023-12-15' " + "where id = ?",
				this.plan);
	}

	@Test
	void theWordAppendixHoldsThePlanInTheOfficialLayout() throws IOException {
		HttpResponse<byte[]> response = download(Browser.signedIn(this.port, "officer"),
				"/plans/" + this.plan + "/appendix.docx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		String disposition = response.headers().firstValue("Content-Disposition").orElse("");
		assertThat(disposition)
			.startsWith("attachment; filename=\"ke-hoach-cchc-2024-phu-luc.docx\"; filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("Phụ lục - Kế hoạch cải cách hành chính năm 2024.docx");

		keep(response, "appendix-sample.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			CTPageSz page = document.getDocument().getBody().getSectPr().getPgSz();
			assertThat(page.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			assertThat(((java.math.BigInteger) page.getW()).intValue()).isEqualTo(16838);
			List<String> titles = document.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter((text) -> !text.isBlank())
				.toList();
			assertThat(titles).containsExactly("PHỤ LỤC", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
					"(Kèm theo Quyết định số 1879/QĐ-UBND ngày 15/12/2023 của Ủy ban nhân dân tỉnh Quảng Ngãi)");

			XWPFTable table = document.getTables().get(0);
			XWPFTableRow header = table.getRow(0);
			assertThat(header.isRepeatHeader()).isTrue();
			assertThat(texts(header)).containsExactly("TT", "Nội dung nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành",
					"Cơ quan chủ trì", "Cơ quan phối hợp");
			List<List<String>> rows = table.getRows().stream().skip(1).map(PlanExportTests::texts).toList();
			assertThat(rows).isEqualTo(expectedRows());

			// Sections bold across the table; the activity indented under its task.
			XWPFTableRow section = table.getRow(1);
			assertThat(section.getTableCells()).hasSize(2);
			assertThat(section.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
			assertThat(section.getCell(1).getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold);
			XWPFTableRow activityRow = table.getRows().get(table.getRows().size() - 1);
			assertThat(activityRow.getCell(1).getParagraphs().get(0).getIndentationLeft()).isPositive();
			assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).getIndentationLeft()).isNotPositive();
			assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily())
				.isEqualTo("Times New Roman");
		}
	}

	@Test
	void theExcelAppendixHoldsThePlanWithRealDatesAndAmounts() throws IOException {
		HttpResponse<byte[]> response = download(Browser.signedIn(this.port, "officer"),
				"/plans/" + this.plan + "/appendix.xlsx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
			.startsWith("attachment; filename=\"ke-hoach-cchc-2024-phu-luc.xlsx\"; filename*=UTF-8''");

		keep(response, "appendix-sample.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			XSSFSheet sheet = workbook.getSheet("Phụ lục");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024");
			Row header = sheet.getRow(AppendixXlsx.HEADER_ROW);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("TT");
			assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Kinh phí (đồng)");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
				.isEqualTo((short) (AppendixXlsx.HEADER_ROW + 1));
			int last = AppendixXlsx.HEADER_ROW + expectedRows().size();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
				.isEqualTo(new CellRangeAddress(AppendixXlsx.HEADER_ROW, last, 0, 7).formatAsString());
			assertThat(sheet.getLastRowNum()).isEqualTo(last);

			List<List<String>> rows = new ArrayList<>();
			for (int index = AppendixXlsx.HEADER_ROW + 1; index <= last; index++) {
				Row row = sheet.getRow(index);
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < 6; column++) {
					cells.add(row.getCell(column).getStringCellValue());
				}
				while (cells.size() > 2 && cells.get(cells.size() - 1).isEmpty() && sectionRow(row)) {
					cells.remove(cells.size() - 1);
				}
				rows.add(cells);
			}
			assertThat(rows).isEqualTo(expectedRows());
			assertThat(workbook
				.getFontAt(sheet.getRow(AppendixXlsx.HEADER_ROW + 1).getCell(1).getCellStyle().getFontIndex())
				.getBold()).isTrue();
			assertThat(workbook
				.getFontAt(sheet.getRow(AppendixXlsx.HEADER_ROW + 2).getCell(1).getCellStyle().getFontIndex())
				.getBold()).isFalse();

			// Due dates are dates ("Trước ngày 15/01/2024": the 14th), budgets are
			// numbers
			// when they are amounts.
			DataFormatter formatter = new DataFormatter();
			List<String> datesInSheet = new ArrayList<>();
			for (int index = AppendixXlsx.HEADER_ROW + 1; index <= last; index++) {
				Cell due = sheet.getRow(index).getCell(6);
				if (due != null && due.getCellType() == CellType.NUMERIC) {
					assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
					datesInSheet.add((index - AppendixXlsx.HEADER_ROW) + " "
							+ due.getLocalDateTimeCellValue().toLocalDate() + " " + formatter.formatCellValue(due));
				}
			}
			assertThat(datesInSheet).containsExactly("2 2024-01-14 14/01/2024", "4 2024-06-30 30/06/2024",
					"5 2024-03-31 31/03/2024");
			Row reform = sheet.getRow(AppendixXlsx.HEADER_ROW + 4);
			assertThat(reform.getCell(1).getStringCellValue())
				.isEqualTo("Rà soát, hệ thống hóa văn bản quy phạm pháp luật");
			assertThat(reform.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(reform.getCell(7).getNumericCellValue()).isEqualTo(500_000_000d);
			assertThat(sheet.getRow(AppendixXlsx.HEADER_ROW + 2).getCell(7).getStringCellValue())
				.isEqualTo("Theo dự toán được cấp");
			assertThat(sheet.getRow(last).getCell(1).getCellStyle().getIndention()).isPositive();
		}
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndAMissingPlanIsNotFound() {
		Browser anonymous = new Browser(this.port);
		for (String format : List.of("docx", "xlsx")) {
			HttpResponse<String> refused = anonymous.get("/plans/" + this.plan + "/appendix." + format);
			assertThat(refused.statusCode()).isEqualTo(302);
			assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login");
			assertThat(Browser.signedIn(this.port, "officer").get("/plans/987654321/appendix." + format).statusCode())
				.isEqualTo(404);
		}
	}

	@Test
	void thePlanPageOffersBothDownloads() {
		String page = Browser.signedIn(this.port, "officer").get("/plans/" + this.plan).body();
		assertThat(page).contains("/plans/" + this.plan + "/appendix.docx", "/plans/" + this.plan + "/appendix.xlsx",
				"Tải Word (.docx)");
	}

	/**
	 * The rows the appendix must show, written out: a section's label and title, a task's
	 * six columns (products listed with dashes when several, agencies by their name on
	 * the plan's date, groups by theirs, unknown names as written), the activity after
	 * its task.
	 */
	private static List<List<String>> expectedRows() {
		return List.of(List.of("I.", "Công tác chỉ đạo, điều hành"),
				List.of("1", "Ban hành Kế hoạch cải cách hành chính năm 2024", "Kế hoạch của UBND tỉnh",
						"Trước ngày 15/01/2024", "Sở Nội vụ", ""),
				List.of("II.", "Cải cách thể chế"),
				List.of("1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
						"- Báo cáo rà soát\n- Danh mục văn bản hết hiệu lực", "Quý II/2024",
						"Sở Tư pháp\nCác sở, ban, ngành\nUBND cấp xã", "Sở Thiên Đường"),
				List.of("-", "Lấy ý kiến các cơ quan về dự thảo", "Công văn lấy ý kiến", "Tháng 3/2024",
						"Phòng Xây dựng và Kiểm tra văn bản", ""));
	}

	private static boolean sectionRow(Row row) {
		return row.getSheet().getWorkbook().getFontAt(row.getCell(0).getCellStyle().getFontIndex()).getBold();
	}

	private static List<String> texts(XWPFTableRow row) {
		return row.getTableCells()
			.stream()
			.map(XWPFTableCell::getParagraphs)
			.map((paragraphs) -> paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
			.toList();
	}

	/** Keeps the download in target/ to look at (LibreOffice, see docs/plans.md). */
	private static void keep(HttpResponse<byte[]> response, String name) throws IOException {
		java.nio.file.Path target = java.nio.file.Path.of("target");
		if (java.nio.file.Files.isDirectory(target)) {
			java.nio.file.Files.write(target.resolve(name), response.body());
		}
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

	private long newSection(Browser planner, String label, String title, String domain) {
		String form = "/plans/" + this.plan + "/sections/new";
		return idIn(planner.submit(form, form, Map.of("label", label, "title", title, "domainCode", domain)),
				SECTION_ID);
	}

	private long newTask(Browser planner, long section, Map<String, String> fields) {
		String form = "/plans/" + this.plan + "/sections/" + section + "/tasks/new";
		return idIn(planner.submit(form, form, fields), TASK_ID);
	}

	private static long idIn(HttpResponse<String> redirect, Pattern pattern) {
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		Matcher matcher = pattern.matcher(redirect.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
