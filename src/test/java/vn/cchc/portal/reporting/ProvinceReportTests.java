package vn.cchc.portal.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.progress.PlanBuilder;
import vn.cchc.portal.progress.ReportingFixture;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestData;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province report: drafted from what agencies reported, edited by Sở Nội vụ (a stale
 * save refused), and downloaded as Word, Excel and PDF whose figures are those counted by
 * hand on the stage the class builds.
 */
@PortalWebTest
class ProvinceReportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ReportTurns turns;

	/**
	 * The year's stage, built by the first test that needs it: the report counts every
	 * line of its year, so no test of this class adds lines of its own.
	 */
	private static Stage stage;

	@Test
	void sởNộiVụEditsTheDraftAndDownloadsItAsWordExcelAndPdf() throws IOException {
		Stage s = stage();
		ReportingFixture f = s.fixture();
		String alpha = s.alpha();
		String beta = s.beta();
		Browser officer = f.signedIn("officerA");
		long target = this.jdbc.queryForObject("select id from plan_target where wording = ?", Long.class,
				"Tỷ lệ hồ sơ số hóa đạt 80% " + f.tag);
		officer.submit("/agency-report", "/agency-report/targets/" + target, Map.of("value", "94,5"));
		f.signedIn("headA").submit("/agency-report", "/agency-report/submit", Map.of("version", "0"));

		// The first draft quotes what the agencies wrote.
		Browser planner = Browser.signedIn(this.port, "planner");
		String page = "/reports/" + f.periodId;
		String draft = text(planner.get(page));
		assertThat(draft).contains("Dự thảo đầu tiên", "- " + alpha + ": Đã số hóa 95% hồ sơ " + f.tag,
				"- " + alpha + ": Thiếu máy quét " + f.tag,
				"Kết quả thực hiện công tác cải cách hành chính năm " + f.year);
		assertThat(text(planner.get("/reports?year=" + f.year))).contains(page + "/report.docx");
		assertThat(
				text(Browser.signedIn(this.port, "leader").get("/dashboard?year=" + f.year + "&period=" + f.periodId)))
			.contains("href=\"" + page + "\"");

		// A rejected form keeps what was typed.
		LocalDate reportDate = this.jdbc
			.queryForObject("select due_date from reporting_period where id = ?", LocalDate.class, f.periodId)
			.plusDays(1);
		Map<String, Object> words = new HashMap<>(
				Map.of("issuer", "Ủy ban nhân dân tỉnh Thử Nghiệm", "documentNumber", "/BC-UBND", "place", "Thử Nghiệm",
						"reportDate", reportDate.toString(), "title", "", "direction", "Chỉ đạo quyết liệt " + f.tag,
						"domainTexts[TTHC]", "Điểm nhấn " + f.tag, "difficulties", "Khó khăn chung " + f.tag,
						"proposals", "Đề nghị Bộ Nội vụ " + f.tag, "recipients", "- Bộ Nội vụ;\n- Lưu: VT."));
		words.putAll(Map.of("signerTitle", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "signerName", "Nguyễn Văn Ký"));
		HttpResponse<String> rejected = planner.submit(page, page, words);
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(text(rejected)).contains("Vui lòng nhập thông tin này", "Chỉ đạo quyết liệt " + f.tag);
		assertThat(this.jdbc.queryForObject("select count(*) from periodic_report where period_id = ?", Integer.class,
				f.periodId))
			.isZero();

		words.put("title", "Kết quả CCHC năm " + f.year + " " + f.tag);
		assertThat(planner.submit(page, page, words).statusCode()).isEqualTo(302);
		assertThat(text(planner.get(page))).contains("Lưu lần cuối bởi planner", "Điểm nhấn " + f.tag);

		// A second save from the first draft (someone else's, started before) is refused,
		// with the typed words kept and the saved ones shown.
		Map<String, Object> stale = new HashMap<>(words);
		stale.put("difficulties", "Khó khăn của người thứ hai " + f.tag);
		String staleForm = planner.csrfTokenOf(page);
		stale.put("_csrf", staleForm);
		HttpResponse<String> conflict = planner.post(page, stale, staleForm);
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(text(conflict)).contains("Có người vừa lưu", "Khó khăn của người thứ hai " + f.tag, "Bản đã lưu:",
				"Khó khăn chung " + f.tag);
		assertThat(this.jdbc.queryForObject("select difficulties from periodic_report where period_id = ?",
				String.class, f.periodId))
			.isEqualTo("Khó khăn chung " + f.tag);

		// Word: the official layout with the saved words (the figures: see
		// theFiguresAreTheHandCountedOnesInWordExcelAndPdf).
		HttpResponse<byte[]> word = planner.download(page + "/report.docx");
		assertThat(word.statusCode()).isEqualTo(200);
		assertThat(word.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains(".docx");
		keep(word, "province-report.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
			String body = paragraphs(document);
			List<List<String>> rows = rows(document);
			List<String> header = rows.get(0);
			assertThat(header.get(0).lines()).containsSubsequence("ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM",
					"Số:         /BC-UBND");
			assertThat(header.get(1).lines()).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Thử Nghiệm, " + OfficialText.date(reportDate));
			assertThat(body).contains("BÁO CÁO", "Kết quả CCHC năm " + f.year + " " + f.tag,
					"Chỉ đạo quyết liệt " + f.tag, "Điểm nhấn " + f.tag, "Khó khăn chung " + f.tag,
					"Đề nghị Bộ Nội vụ " + f.tag, "V. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN", "PHỤ LỤC",
					"- " + beta + ": chưa gửi.");
			assertThat(rows).anySatisfy((row) -> assertThat(row.subList(1, row.size()))
				.containsExactly("Tỷ lệ hồ sơ số hóa đạt 80% " + f.tag, "≥ 80 %", "1", "1", "Đạt"));
			assertThat(document.getParagraphs()
				.stream()
				.flatMap((paragraph) -> paragraph.getRuns().stream())
				.filter((run) -> !run.text().isBlank())
				.allMatch((run) -> "Times New Roman".equals(run.getFontFamily()))).isTrue();
		}

		// Excel: header frozen and filtered, the late agency.
		HttpResponse<byte[]> excel = planner.download(page + "/report.xlsx");
		assertThat(excel.statusCode()).isEqualTo(200);
		keep(excel, "province-report.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
			XSSFSheet tasks = workbook.getSheet(ReportXlsx.TASKS);
			assertThat(tasks.getPaneInformation().getHorizontalSplitPosition())
				.isEqualTo((short) (ReportXlsx.HEADER_ROW + 1));
			assertThat(tasks.getCTWorksheet().getAutoFilter().getRef()).startsWith("A" + (ReportXlsx.HEADER_ROW + 1));
			Sheet late = workbook.getSheet(ReportXlsx.LATE);
			List<String> lateNames = new ArrayList<>();
			late.forEach((row) -> lateNames.add(row.getCell(1) != null ? row.getCell(1).getStringCellValue() : ""));
			assertThat(lateNames).contains(beta).doesNotContain(alpha);
		}

		// PDF: Vietnamese text with the font embedded.
		HttpResponse<byte[]> pdf = planner.download(page + "/report.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		keep(pdf, "province-report.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Kết quả CCHC năm " + f.year + " " + f.tag, "Điểm nhấn " + f.tag, "Rà soát quy định TTHC " + f.tag);
			PDPage first = document.getPage(0);
			List<PDFont> fonts = new ArrayList<>();
			for (var name : first.getResources().getFontNames()) {
				fonts.add(first.getResources().getFont(name));
			}
			assertThat(fonts).isNotEmpty()
				.allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
				.anySatisfy((font) -> assertThat(font.getName()).contains("LiberationSerif"));
			Path image = Path.of("target", "reports", "province-report-page1.png");
			Files.createDirectories(image.getParent());
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", image.toFile());
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 80), "png",
					image.resolveSibling("province-report-appendix.png").toFile());
		}
	}

	/**
	 * The figures of the stage ({@link Stage}), counted by hand: per domain and category
	 * and in total, in the table and the sentences of the body and in the appendix, the
	 * same in the Word, the Excel and the PDF downloads. The report counts one line per
	 * task and lead agency of the year's issued plans, a unit's for its agency, and
	 * leaves out: coordinating agencies, tasks suspended or cancelled (status SUSPENDED),
	 * deleted tasks, plans not issued, inactive assignments.
	 */
	@Test
	void theFiguresAreTheHandCountedOnesInWordExcelAndPdf() throws IOException {
		Stage s = stage();
		ReportingFixture f = s.fixture();
		String alpha = s.alpha();
		String beta = s.beta();
		String y = String.valueOf(f.year);
		// Lĩnh vực, tổng số, hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện,
		// chưa thực hiện, quá hạn. Cải cách thể chế: 4 lines, g) counted once per lead
		// (2 overdue): counting tasks, it would be 3 lines, 1 overdue.
		List<List<String>> byDomain = List.of(List.of("Công tác chỉ đạo, điều hành", "0", "0", "0", "0", "0", "0"),
				List.of("Cải cách thể chế", "4", "0", "1", "0", "1", "2"),
				List.of("Cải cách thủ tục hành chính", "4", "1", "0", "1", "1", "1"),
				List.of("Cải cách tổ chức bộ máy hành chính nhà nước", "0", "0", "0", "0", "0", "0"),
				List.of("Cải cách chế độ công vụ", "0", "0", "0", "0", "0", "0"),
				List.of("Cải cách tài chính công", "0", "0", "0", "0", "0", "0"),
				List.of("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "3", "2", "0", "1", "0", "0"),
				List.of("Tổng cộng", "11", "3", "1", "2", "2", "3"));
		List<String> sentences = List.of("1. Công tác chỉ đạo, điều hành", "Tổng số 0 nhiệm vụ.", "2. Cải cách thể chế",
				"Tổng số 4 nhiệm vụ: hoàn thành quá hạn 1, chưa thực hiện 1, quá hạn 2 (tỷ lệ hoàn thành 25,0 %).",
				"3. Cải cách thủ tục hành chính",
				"Tổng số 4 nhiệm vụ: hoàn thành đúng hạn 1, đang thực hiện 1, chưa thực hiện 1, quá hạn 1 "
						+ "(tỷ lệ hoàn thành 25,0 %).",
				"4. Cải cách tổ chức bộ máy hành chính nhà nước", "Tổng số 0 nhiệm vụ.", "5. Cải cách chế độ công vụ",
				"Tổng số 0 nhiệm vụ.", "6. Cải cách tài chính công", "Tổng số 0 nhiệm vụ.",
				"7. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
				"Tổng số 3 nhiệm vụ: hoàn thành đúng hạn 2, đang thực hiện 1 (tỷ lệ hoàn thành 66,7 %).");
		String total = "Tổng số 11 nhiệm vụ: hoàn thành đúng hạn 3, hoàn thành quá hạn 1, đang thực hiện 2, "
				+ "chưa thực hiện 2, quá hạn 3 (tỷ lệ hoàn thành 36,4 %).";
		String submissions = "Có 2 cơ quan, đơn vị chủ trì nhiệm vụ phải báo cáo;";
		// The appendix: TT, task, lead, deadline, status; grouped by domain in the
		// domains' order, not the plan's.
		List<List<String>> appendix = List.of(List.of("", "Cải cách thể chế", "", "", ""),
				List.of("1", "f) Rà soát văn bản quy phạm " + f.tag, alpha, "Quý I/" + y, "Hoàn thành quá hạn"),
				List.of("2", "g) Xây dựng quy chế phối hợp " + f.tag, alpha, "Quý I/" + y, "Quá hạn"),
				List.of("3", "g) Xây dựng quy chế phối hợp " + f.tag, beta, "Quý I/" + y, "Quá hạn"),
				List.of("4", "h) Kiểm tra công tác văn bản " + f.tag, beta, "Năm " + y, "Chưa thực hiện"),
				List.of("", "Cải cách thủ tục hành chính", "", "", ""),
				List.of("5", "a) Số hóa hồ sơ TTHC " + f.tag, alpha, "Năm " + y, "Hoàn thành đúng hạn"),
				List.of("6", "b) Rà soát quy định TTHC " + f.tag, beta, "Ngày 02/01/" + y, "Quá hạn"),
				List.of("7", "c) Bồi dưỡng công chức một cửa " + f.tag, alpha, "Thường xuyên", "Đang thực hiện"),
				List.of("8", "e) Niêm yết công khai TTHC " + f.tag, alpha, "Quý IV/" + y, "Chưa thực hiện"),
				List.of("", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "", "", ""),
				List.of("9", "i) Số hóa kết quả giải quyết " + f.tag, beta, "Quý III/" + y, "Đang thực hiện"),
				List.of("10", "j) Triển khai chữ ký số " + f.tag, alpha, "Quý II/" + y, "Hoàn thành đúng hạn"),
				List.of("11", "l) Kết nối hệ thống báo cáo " + f.tag, alpha, "Năm " + y, "Hoàn thành đúng hạn"));

		Browser planner = Browser.signedIn(this.port, "planner");
		String page = "/reports/" + f.periodId;
		HttpResponse<byte[]> word = planner.download(page + "/report.docx");
		assertThat(word.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
			assertThat(table(document, "Lĩnh vực")).as("Word, figures by domain")
				.containsExactlyElementsOf(withHeader(List.of("Lĩnh vực", "Tổng số", "Hoàn thành đúng hạn",
						"Hoàn thành quá hạn", "Đang thực hiện", "Chưa thực hiện", "Quá hạn"), byDomain));
			List<String> body = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(body).as("Word, sentences").containsSubsequence(sentences).contains(total);
			assertThat(body).as("Word, submissions").anySatisfy((line) -> assertThat(line).startsWith(submissions));
			assertThat(table(document, "TT", "Nhiệm vụ")).as("Word, appendix")
				.containsExactlyElementsOf(
						withHeader(List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng"), appendix));
		}

		HttpResponse<byte[]> excel = planner.download(page + "/report.xlsx");
		assertThat(excel.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
			// Numbers as numbers, and the share done (%) after them.
			List<String> percents = List.of("0", "25", "25", "0", "0", "0", "66.7", "36.4");
			List<List<String>> expected = new ArrayList<>();
			for (int index = 0; index < byDomain.size(); index++) {
				List<String> row = new ArrayList<>(byDomain.get(index));
				row.add(percents.get(index));
				expected.add(row);
			}
			assertThat(cells(workbook.getSheet(ReportXlsx.DOMAINS))).as("Excel, figures by domain")
				.containsExactlyElementsOf(expected);
			Sheet domains = workbook.getSheet(ReportXlsx.DOMAINS);
			for (int index = ReportXlsx.HEADER_ROW + 1; index <= domains.getLastRowNum(); index++) {
				for (int column = 1; column < domains.getRow(index).getLastCellNum(); column++) {
					assertThat(domains.getRow(index).getCell(column).getCellType()).isEqualTo(CellType.NUMERIC);
				}
			}
			// TT, domain, plan, label, task, lead, deadline, status.
			String plan = "KH báo cáo tỉnh " + f.tag;
			List<List<String>> tasks = new ArrayList<>();
			String domain = null;
			for (List<String> row : appendix) {
				if (row.get(0).isEmpty()) {
					domain = row.get(1);
					continue;
				}
				String label = row.get(1).substring(0, row.get(1).indexOf(' '));
				tasks.add(List.of(row.get(0), domain, plan, label, row.get(1).substring(label.length() + 1), row.get(2),
						row.get(3), row.get(4)));
			}
			assertThat(cells(workbook.getSheet(ReportXlsx.TASKS))).as("Excel, tasks").containsExactlyElementsOf(tasks);
		}

		HttpResponse<byte[]> pdf = planner.download(page + "/report.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			// Lines as they wrap, without the page numbers.
			String text = new PDFTextStripper().getText(document)
				.lines()
				.filter((line) -> !line.strip().matches("\\d+"))
				.collect(Collectors.joining(" "))
				.replaceAll("\\s+", " ")
				.strip();
			assertThat(text).as("PDF, figures by domain")
				.contains(words(withHeader(List.of("Lĩnh vực", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
						"Đang thực hiện", "Chưa thực hiện", "Quá hạn"), byDomain)));
			assertThat(text).as("PDF, sentences").containsSubsequence(sentences).contains(total, submissions);
			assertThat(text).as("PDF, appendix")
				.endsWith(words(
						withHeader(List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng"), appendix)));
		}
	}

	/**
	 * Agencies A (Sở Alpha) and B (Sở Beta), U a unit (phòng) of A, reported as A; on 15
	 * June, in the year's period:
	 * <ul>
	 * <li>Cải cách thể chế: f) A done late; g) A and B lead, both overdue (Quý I; A's
	 * update says in progress); h) B not started;
	 * <li>Cải cách thủ tục hành chính: a) A done on time (serves a target); b) B overdue;
	 * c) A in progress (continuous); d) B suspended: left out; e) A not started, B
	 * coordinates and reports done: left out;
	 * <li>Chính quyền số: i) B in progress; j) A done on time; k) A cancelled (status
	 * suspended): left out; l) U done on time, counted for A;
	 * <li>left out too: m) deleted before the plan was issued; x) in a plan of the year
	 * never issued.
	 * </ul>
	 */
	private Stage stage() {
		if (stage != null) {
			this.clock.setTo(LocalDate.of(stage.fixture().year, 6, 15));
			return stage;
		}
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.PROVINCE_REPORT);
		String alpha = f.agencyName(f.agencyA);
		String beta = f.agencyName(f.agencyB);
		long unit = TestData.agency(this.jdbc, "Phòng Số hóa " + f.tag, "INTERNAL_UNIT", LocalDate.of(2040, 1, 1));
		this.jdbc.update("update agency set parent_id = ? where id = ?", f.agencyA, unit);
		String y = String.valueOf(f.year);
		PlanBuilder plan = new PlanBuilder(f, "KH báo cáo tỉnh " + f.tag)
			.section("1.", "Cải cách thủ tục hành chính", "TTHC")
			.task("a)", "Số hóa hồ sơ TTHC " + f.tag, alpha, "", "Năm " + y)
			.task("b)", "Rà soát quy định TTHC " + f.tag, beta, "", "Ngày 02/01/" + y)
			.task("c)", "Bồi dưỡng công chức một cửa " + f.tag, alpha, "", "Thường xuyên")
			.task("d)", "Thí điểm tiếp nhận hồ sơ lưu động " + f.tag, beta, "", "Năm " + y)
			.task("e)", "Niêm yết công khai TTHC " + f.tag, alpha, beta, "Quý IV/" + y)
			.section("2.", "Cải cách thể chế", "THE_CHE")
			.task("f)", "Rà soát văn bản quy phạm " + f.tag, alpha, "", "Quý I/" + y)
			.task("g)", "Xây dựng quy chế phối hợp " + f.tag, alpha + "; " + beta, "", "Quý I/" + y)
			.task("h)", "Kiểm tra công tác văn bản " + f.tag, beta, "", "Năm " + y)
			.task("m)", "Nhiệm vụ đã xóa " + f.tag, alpha, "", "Quý I/" + y)
			.delete("m)")
			.section("3.", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "CHINH_PHU_SO")
			.task("i)", "Số hóa kết quả giải quyết " + f.tag, beta, "", "Quý III/" + y)
			.task("j)", "Triển khai chữ ký số " + f.tag, alpha, "", "Quý II/" + y)
			.task("k)", "Nâng cấp cổng dịch vụ công " + f.tag, alpha, "", "Năm " + y)
			.task("l)", "Kết nối hệ thống báo cáo " + f.tag, "Phòng Số hóa " + f.tag, "", "Năm " + y);
		assertThat(plan.planner()
			.submit(plan.page() + "/targets/new", plan.page() + "/targets/new",
					Map.of("wording", "Tỷ lệ hồ sơ số hóa đạt 80% " + f.tag, "comparator", "≥", "value", "80", "unit",
							"%", "level", "PROVINCE", "taskIds", List.of(f.tasks.get("a)"))))
			.statusCode()).isEqualTo(302);
		plan.issue();
		new PlanBuilder(f, "KH chưa ban hành " + f.tag).section("1.", "Cải cách thể chế", "THE_CHE")
			.task("x)", "Nhiệm vụ của kế hoạch chưa ban hành " + f.tag, alpha, "", "Quý I/" + y);
		// g) has one assignment per lead; l) is the unit's.
		assertThat(this.jdbc.queryForList("select agency_id from assignment where task_id = ? and role = 'LEAD'",
				Long.class, f.tasks.get("g)")))
			.containsExactlyInAnyOrder(f.agencyA, f.agencyB);
		assertThat(f.assignment("l)", unit)).isPositive();

		Browser officerA = f.signedIn("officerA");
		Browser officerB = f.signedIn("officerB");
		update(officerA, f.assignment("a)", f.agencyA), "DONE_ON_TIME", "Đã số hóa 95% hồ sơ " + f.tag,
				"Thiếu máy quét " + f.tag);
		update(officerA, f.assignment("c)", f.agencyA), "IN_PROGRESS", "Mở 2 lớp " + f.tag, "");
		update(officerB, f.assignment("d)", f.agencyB), "SUSPENDED", "", "");
		update(officerB, f.assignment("e)", f.agencyB), "DONE_ON_TIME", "Phối hợp xong " + f.tag, "");
		update(officerA, f.assignment("f)", f.agencyA), "DONE_LATE", "", "");
		update(officerA, f.assignment("g)", f.agencyA), "IN_PROGRESS", "", "");
		update(officerB, f.assignment("i)", f.agencyB), "IN_PROGRESS", "", "");
		update(officerA, f.assignment("j)", f.agencyA), "DONE_ON_TIME", "", "");
		update(officerA, f.assignment("k)", f.agencyA), "SUSPENDED", "", "");
		update(officerA, f.assignment("l)", unit), "DONE_ON_TIME", "", "");
		stage = new Stage(f, alpha, beta);
		return stage;
	}

	@Test
	void leadershipReadsAndDownloadsButOnlySởNộiVụWrites() {
		long period = this.jdbc.queryForObject(
				"select id from reporting_period where status <> 'PLANNED' " + "order by cutoff_to desc limit 1",
				Long.class);
		String page = "/reports/" + period;
		Browser leader = Browser.signedIn(this.port, "leader");
		assertThat(leader.get(page).statusCode()).isEqualTo(200);
		assertThat(text(leader.get(page))).contains("Sở Nội vụ soạn").doesNotContain("Lưu dự thảo");
		assertThat(leader.download(page + "/report.docx").statusCode()).isEqualTo(200);
		assertThat(leader.post(page, Map.of("title", "x"), leader.csrfTokenOf(page)).statusCode()).isEqualTo(403);
		for (String person : List.of("head", "officer")) {
			Browser browser = Browser.signedIn(this.port, person);
			assertThat(browser.get("/reports").statusCode()).as(person).isEqualTo(403);
			assertThat(browser.get(page).statusCode()).as(person).isEqualTo(403);
			assertThat(browser.download(page + "/report.pdf").statusCode()).as(person).isEqualTo(403);
		}
		assertThat(Browser.signedIn(this.port, "planner").get("/reports/987654321").statusCode()).isEqualTo(404);
	}

	@Test
	void aDownloadThatFindsEveryTurnTakenForLongGetsTheTryAgainPage() throws InterruptedException {
		long period = this.jdbc.queryForObject(
				"select id from reporting_period where status <> 'PLANNED' order by cutoff_to desc limit 1",
				Long.class);
		String page = "/reports/" + period;
		Browser planner = Browser.signedIn(this.port, "planner");
		int cores = Runtime.getRuntime().availableProcessors();
		CountDownLatch taken = new CountDownLatch(cores);
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> writers = new ArrayList<>();
		try {
			for (int core = 0; core < cores; core++) {
				writers.add(Thread.ofPlatform().start(() -> this.turns.take(() -> {
					taken.countDown();
					try {
						return release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				})));
			}
			assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
			HttpResponse<byte[]> busy = planner.download(page + "/report.docx");
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("60");
			assertThat(HtmlUtils.htmlUnescape(new String(busy.body(), StandardCharsets.UTF_8))).contains(
					"Hệ thống đang lập nhiều báo cáo cùng lúc", "vui lòng thử lại sau khoảng một phút",
					"href=\"" + page + "/report.docx\"");
		}
		finally {
			release.countDown();
			for (Thread writer : writers) {
				writer.join();
			}
		}
		assertThat(planner.download(page + "/report.docx").statusCode()).isEqualTo(200);
	}

	@Test
	void theIssuerIsWrittenOnTwoLinesAndTheProvinceFoundInTheCommitteeName() {
		assertThat(OfficialText.issuerLines("Ủy ban nhân dân tỉnh Quảng Ngãi")).containsExactly("ỦY BAN NHÂN DÂN",
				"TỈNH QUẢNG NGÃI");
		assertThat(OfficialText.issuerLines("Sở Nội vụ")).containsExactly("SỞ NỘI VỤ");
		assertThat(ReportCompiler.province("UBND tỉnh Quảng Ngãi")).isEqualTo("Quảng Ngãi");
		assertThat(OfficialText.placeAndDate("Quảng Ngãi", LocalDate.of(2026, 1, 5)))
			.isEqualTo("Quảng Ngãi, ngày 05 tháng 01 năm 2026");
	}

	private static void update(Browser officer, long assignment, String status, String results, String difficulties) {
		String page = "/my-tasks/" + assignment;
		assertThat(
				officer
					.submit(page, page,
							Map.of("status", status, "percent", status.startsWith("DONE") ? "100" : "50", "basedOn",
									"0", "results", results, "difficulties", difficulties))
					.statusCode())
			.isEqualTo(302);
	}

	private static List<List<String>> rows(XWPFDocument document) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTable table : document.getTables()) {
			rows.addAll(rows(table));
		}
		return rows;
	}

	private static List<List<String>> rows(XWPFTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			rows.add(row.getTableCells()
				.stream()
				.map((cell) -> String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList())
					.strip())
				.toList());
		}
		return rows;
	}

	private static String paragraphs(XWPFDocument document) {
		return document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
	}

	/** The rows of the table whose header row starts with these cells. */
	private static List<List<String>> table(XWPFDocument document, String... header) {
		for (XWPFTable table : document.getTables()) {
			List<List<String>> rows = rows(table);
			if (rows.get(0).size() >= header.length && rows.get(0).subList(0, header.length).equals(List.of(header))) {
				return rows;
			}
		}
		throw new AssertionError("No table headed " + List.of(header));
	}

	/**
	 * The cells of these rows one after the other, as text extracted from a PDF reads.
	 */
	private static String words(List<List<String>> rows) {
		return rows.stream().flatMap(List::stream).filter((cell) -> !cell.isEmpty()).collect(Collectors.joining(" "));
	}

	private static List<List<String>> withHeader(List<String> header, List<List<String>> rows) {
		List<List<String>> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		return all;
	}

	/**
	 * The rows under a sheet's header row as texts, numbers written without ".0" when
	 * whole.
	 */
	private static List<List<String>> cells(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int index = ReportXlsx.HEADER_ROW + 1; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < row.getLastCellNum(); column++) {
				Cell cell = row.getCell(column);
				if (cell.getCellType() == CellType.NUMERIC) {
					double value = cell.getNumericCellValue();
					cells.add((value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value));
				}
				else {
					cells.add(cell.getStringCellValue());
				}
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The year's stage and the names of its two agencies. */
	private record Stage(ReportingFixture fixture, String alpha, String beta) {
	}

	private static void keep(HttpResponse<byte[]> response, String name) throws IOException {
		Path file = Path.of("target", "reports", name);
		Files.createDirectories(file.getParent());
		Files.write(file, response.body());
	}

	private static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}

}
