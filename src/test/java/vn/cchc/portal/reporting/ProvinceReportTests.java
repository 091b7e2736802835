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

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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

import vn.cchc.portal.progress.ReportingFixture;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province report: drafted from what agencies reported, edited by Sở Nội vụ (a stale
 * save refused), and downloaded as Word, Excel and PDF whose figures are the database's.
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

	@Test
	void sởNộiVụEditsTheDraftAndDownloadsItsFiguresAsWordExcelAndPdf() throws IOException {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.PROVINCE_REPORT);
		LocalDate today = this.clock.today();
		String alpha = f.agencyName(f.agencyA);
		String beta = f.agencyName(f.agencyB);
		f.plan((planner, page) -> {
			long task = this.jdbc.queryForObject("select id from plan_task where plan_id = ? and label = 'a)'",
					Long.class, Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
			assertThat(planner
				.submit(page + "/targets/new", page + "/targets/new",
						Map.of("wording", "Tỷ lệ hồ sơ số hóa đạt 80% " + f.tag, "comparator", "≥", "value", "80",
								"unit", "%", "level", "PROVINCE", "taskIds", List.of(task)))
				.statusCode()).isEqualTo(302);
		}, "a)", "Số hóa hồ sơ TTHC " + f.tag, alpha, "", "Năm " + f.year, //
				"b)", "Rà soát quy định TTHC " + f.tag, beta, "", "Ngày 02/01/" + f.year, //
				"c)", "Bồi dưỡng công chức một cửa " + f.tag, alpha, "", "Thường xuyên");
		Browser officer = f.signedIn("officerA");
		update(officer, f.assignment("a)", f.agencyA), "DONE_ON_TIME", "Đã số hóa 95% hồ sơ " + f.tag,
				"Thiếu máy quét " + f.tag);
		update(officer, f.assignment("c)", f.agencyA), "IN_PROGRESS", "Mở 2 lớp " + f.tag, "");
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

		int leads = this.jdbc.queryForObject("""
				select count(*) from assignment a join plan_task t on t.id = a.task_id join plan p on p.id = t.plan_id
				where a.active and a.role = 'LEAD' and p.plan_year = ? and p.status = 'ISSUED'
				""", Integer.class, f.year);
		int done = this.jdbc.queryForObject("""
				select count(*) from assignment_progress g join assignment a on a.id = g.assignment_id
				join plan_task t on t.id = a.task_id join plan p on p.id = t.plan_id
				where g.period_id = ? and a.active and a.role = 'LEAD' and p.plan_year = ? and p.status = 'ISSUED'
				  and g.status in ('DONE_ON_TIME', 'DONE_LATE')
				""", Integer.class, f.periodId, f.year);

		// Word: the official layout, the figures of the database, every task in the
		// appendix.
		HttpResponse<byte[]> word = planner.download(page + "/report.docx");
		assertThat(word.statusCode()).isEqualTo(200);
		assertThat(word.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains(".docx");
		keep(word, "province-report.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
			String body = document.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.reduce("", (a, b) -> a + "\n" + b);
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
			assertThat(rows).anySatisfy((row) -> assertThat(row.get(0)).isEqualTo("Tổng cộng"))
				.filteredOn((row) -> row.get(0).equals("Tổng cộng"))
				.singleElement()
				.satisfies((row) -> {
					assertThat(row.get(1)).isEqualTo(String.valueOf(leads));
					assertThat(Integer.parseInt(row.get(2)) + Integer.parseInt(row.get(3))).isEqualTo(done);
				});
			assertThat(rows).anySatisfy((row) -> assertThat(row.subList(1, row.size()))
				.containsExactly("Tỷ lệ hồ sơ số hóa đạt 80% " + f.tag, "≥ 80 %", "1", "1", "Đạt"));
			assertThat(appendixRow(rows, "a) Số hóa hồ sơ TTHC " + f.tag)).endsWith(alpha, "Năm " + f.year,
					"Hoàn thành đúng hạn");
			assertThat(appendixRow(rows, "b) Rà soát quy định TTHC " + f.tag)).endsWith(beta, "Ngày 02/01/" + f.year,
					"Quá hạn");
			assertThat(appendixRow(rows, "c) Bồi dưỡng công chức một cửa " + f.tag)).endsWith("Đang thực hiện");
			assertThat(document.getParagraphs()
				.stream()
				.flatMap((paragraph) -> paragraph.getRuns().stream())
				.filter((run) -> !run.text().isBlank())
				.allMatch((run) -> "Times New Roman".equals(run.getFontFamily()))).isTrue();
		}

		// Excel: the same figures, as numbers, header frozen and filtered.
		HttpResponse<byte[]> excel = planner.download(page + "/report.xlsx");
		assertThat(excel.statusCode()).isEqualTo(200);
		keep(excel, "province-report.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
			Sheet domains = workbook.getSheet(ReportXlsx.DOMAINS);
			Row total = domains.getRow(domains.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat((int) total.getCell(1).getNumericCellValue()).isEqualTo(leads);
			assertThat((int) (total.getCell(2).getNumericCellValue() + total.getCell(3).getNumericCellValue()))
				.isEqualTo(done);
			XSSFSheet tasks = workbook.getSheet(ReportXlsx.TASKS);
			assertThat(tasks.getLastRowNum() - ReportXlsx.HEADER_ROW).isEqualTo(leads);
			assertThat(tasks.getPaneInformation().getHorizontalSplitPosition())
				.isEqualTo((short) (ReportXlsx.HEADER_ROW + 1));
			assertThat(tasks.getCTWorksheet().getAutoFilter().getRef()).startsWith("A" + (ReportXlsx.HEADER_ROW + 1));
			List<String> statuses = new ArrayList<>();
			tasks.forEach((row) -> {
				if (row.getCell(4) != null && row.getCell(4).getStringCellValue().endsWith(f.tag)) {
					statuses.add(row.getCell(4).getStringCellValue() + " | " + row.getCell(7).getStringCellValue());
				}
			});
			assertThat(statuses).containsExactly("Số hóa hồ sơ TTHC " + f.tag + " | Hoàn thành đúng hạn",
					"Rà soát quy định TTHC " + f.tag + " | Quá hạn",
					"Bồi dưỡng công chức một cửa " + f.tag + " | Đang thực hiện");
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
			// The appendix (drawn by PdfAppendix): each task a row with its lead,
			// deadline and
			// status.
			String spaced = text.replaceAll("\\s+", " ");
			assertThat(spaced).contains("PHỤ LỤC", "TT Nhiệm vụ Cơ quan chủ trì Thời hạn Tình trạng",
					"a) Số hóa hồ sơ TTHC " + f.tag + " " + alpha + " Năm " + f.year + " Hoàn thành đúng hạn",
					"b) Rà soát quy định TTHC " + f.tag + " " + beta + " Ngày 02/01/" + f.year + " Quá hạn",
					"c) Bồi dưỡng công chức một cửa " + f.tag);
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
			for (XWPFTableRow row : table.getRows()) {
				rows.add(row.getTableCells()
					.stream()
					.map((cell) -> String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList())
						.strip())
					.toList());
			}
		}
		return rows;
	}

	private static List<String> appendixRow(List<List<String>> rows, String task) {
		return rows.stream()
			.filter((row) -> row.size() == 5 && row.get(1).equals(task))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No appendix row for " + task));
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
