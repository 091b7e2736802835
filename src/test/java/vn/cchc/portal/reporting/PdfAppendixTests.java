package vn.cchc.portal.reporting;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import vn.cchc.portal.progress.PeriodKind;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF appendix drawn with PDFBox, read back: every task a row on one page, in order,
 * under its domain, the header row on every page, the text within the margins, Vietnamese
 * letters extracted as typed, the pages numbered on from the report's body.
 */
class PdfAppendixTests {

	private static final String HEADER = "TT Nhiệm vụ Cơ quan chủ trì Thời hạn Tình trạng";

	/** Each category's status as the report writes it. */
	private static final java.util.Map<Category, String> STATUSES = java.util.Map.of(Category.DONE_ON_TIME,
			"Hoàn thành đúng hạn", Category.DONE_LATE, "Hoàn thành quá hạn", Category.IN_PROGRESS, "Đang thực hiện",
			Category.NOT_STARTED, "Chưa thực hiện", Category.OVERDUE, "Quá hạn");

	private static final List<String> DOMAINS = List.of("Cải cách thể chế", "Cải cách thủ tục hành chính",
			"Xây dựng và phát triển Chính quyền điện tử, Chính quyền số");

	@Test
	void everyTaskIsARowOnOnePageInOrderUnderItsDomainAndTheHeaderRowOnEveryPage() throws IOException {
		List<ProvinceReport.TaskLine> tasks = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		for (int number = 1; number <= 700; number++) {
			String domain = DOMAINS.get((number <= 300) ? 0 : (number <= 650) ? 1 : 2);
			String label = (number % 3 == 0) ? null : "a)";
			String text = "Nhiệm vụ số " + number + ": rà soát, đơn giản hóa thủ tục hành chính"
					+ " trong lĩnh vực đất đai, xây dựng và đầu tư".repeat(number % 4);
			String lead = "Sở Nội vụ tỉnh Quảng Ngãi " + number;
			String deadline = (number % 5 == 0) ? null : "Ngày 30/06/2026";
			Category category = Category.values()[number % Category.values().length];
			tasks.add(new ProvinceReport.TaskLine(domain, "KH", label, text, lead, deadline, category));
			// As the row reads: number, label and task, lead, deadline, status.
			rows.add(number + " " + ((label != null) ? label + " " : "") + text + " " + lead + " "
					+ ((deadline != null) ? deadline + " " : "") + STATUSES.get(category));
		}

		try (PDDocument document = Loader.loadPDF(appendixAfterTwoPages(tasks))) {
			List<String> pages = pages(document);
			assertThat(pages).hasSizeGreaterThan(20);
			assertThat(pages.get(0)).startsWith("PHỤ LỤC DANH MỤC NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN NĂM 2026 "
					+ "(Kèm theo Báo cáo số /BC-UBND ngày 25 tháng 11 năm 2026) " + HEADER + " " + DOMAINS.get(0)
					+ " 1 ");
			for (int index = 0; index < pages.size(); index++) {
				String page = pages.get(index);
				assertThat(page).as("page %d", index + 3).contains(HEADER).endsWith(" " + (index + 3));
				if (index > 0) {
					assertThat(page).as("page %d", index + 3).startsWith(HEADER + " ");
				}
			}
			// Each row whole on a page, in order: the page of the next row is this one or
			// after.
			int page = 0;
			int after = -1;
			for (String row : rows) {
				int at = pages.get(page).indexOf(row, after + 1);
				while (at < 0 && page + 1 < pages.size()) {
					page++;
					at = pages.get(page).indexOf(row);
				}
				assertThat(at).as(row).isNotNegative();
				after = at;
			}
			String all = String.join(" ", pages);
			assertThat(all.indexOf(DOMAINS.get(1))).isBetween(all.indexOf(rows.get(299)), all.indexOf(rows.get(300)));
			assertThat(all.indexOf(DOMAINS.get(2))).isBetween(all.indexOf(rows.get(649)), all.indexOf(rows.get(650)));
			for (PDPage appendix : document.getPages()) {
				if (appendix.getResources() == null) {
					continue;
				}
				for (var name : appendix.getResources().getFontNames()) {
					PDFont font = appendix.getResources().getFont(name);
					assertThat(font.isEmbedded()).isTrue();
					assertThat(font.getName()).contains("LiberationSerif");
				}
			}
		}
	}

	@Test
	void textIsWithinTheMarginsAndWhatTheFontCannotShowStaysReadable() throws IOException {
		String decomposed = Normalizer.normalize("Cải cách hành chính", Normalizer.Form.NFD);
		String unbroken = "https://dichvucong.quangngai.gov.vn/" + "thu-tuc-hanh-chinh-".repeat(8);
		String longest = "Tổng hợp, đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính của các cơ quan "
			.repeat(40);
		List<ProvinceReport.TaskLine> tasks = List.of(
				new ProvinceReport.TaskLine("Thể chế", "KH", null, decomposed + "\tđợt\n2", "Sở Tư pháp", null,
						Category.DONE_ON_TIME),
				new ProvinceReport.TaskLine("Thể chế", "KH", null, "Ký hiệu 漢 " + unbroken, "Sở Tư pháp", null,
						Category.OVERDUE),
				new ProvinceReport.TaskLine("Thể chế", "KH", null, longest, "Sở Nội vụ", null, Category.IN_PROGRESS));

		try (PDDocument document = Loader.loadPDF(appendixAfterTwoPages(tasks))) {
			String all = String.join(" ", pages(document));
			assertThat(all).contains("1 Cải cách hành chính đợt 2 Sở Tư pháp Hoàn thành đúng hạn")
				.contains("2 Ký hiệu ? https://")
				.doesNotContain("漢");
			assertThat(all.replace(" ", "")).contains(unbroken);
			// A row taller than a page goes on over the next pages, under the header row
			// again.
			assertThat(document.getNumberOfPages()).isGreaterThan(4);
			assertThat(pages(document).subList(2, document.getNumberOfPages() - 2))
				.allSatisfy((page) -> assertThat(page).startsWith(HEADER + " ")
					.contains("cải cách hành chính của các cơ quan"));
			assertThat(taskColumn(document).replace("Nhiệm vụ", "").replace(" ", ""))
				.contains(longest.replace(" ", ""));
			float height = PDRectangle.A4.getHeight();
			float margin = 20 * 72 / 25.4f;
			List<TextPosition> letters = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					letters.addAll(positions);
					super.writeString(text, positions);
				}
			};
			stripper.setStartPage(3);
			stripper.getText(document);
			assertThat(letters).isNotEmpty()
				.filteredOn((letter) -> letter.getFontSizeInPt() != 11)
				.allSatisfy((letter) -> assertThat(letter.getYDirAdj()).isBetween(margin, height - margin))
				.allSatisfy((letter) -> assertThat(letter.getXDirAdj() + letter.getWidthDirAdj())
					.isLessThanOrEqualTo(PDRectangle.A4.getWidth() - 15 * 72 / 25.4f + 0.01f));
		}
	}

	/** The appendix after two pages that stand for the report's body, saved. */
	private static byte[] appendixAfterTwoPages(List<ProvinceReport.TaskLine> tasks) throws IOException {
		ReportDraft words = new ReportDraft();
		words.setDocumentNumber("/BC-UBND");
		words.setReportDate(LocalDate.of(2026, 11, 25));
		PeriodView period = new PeriodView(40L, 2026, PeriodKind.YEAR, LocalDate.of(2025, 12, 15),
				LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 20), "OPEN", null, 0);
		ProvinceReport report = new ProvinceReport(period, words, null, List.of(), List.of(), null, tasks);
		List<TrueTypeFont> faces = new ArrayList<>();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.addPage(new PDPage(PDRectangle.A4));
			PdfAppendix.append(document, ReportPdf.face(document, "Regular", faces),
					ReportPdf.face(document, "Bold", faces), ReportPdf.face(document, "Italic", faces), report);
			document.save(out);
			return out.toByteArray();
		}
		finally {
			for (TrueTypeFont face : faces) {
				face.close();
			}
		}
	}

	/** The text in the column of the tasks, page after page. */
	private static String taskColumn(PDDocument document) throws IOException {
		StringBuilder text = new StringBuilder();
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		// Above the bottom margin, where the page number stands.
		stripper.addRegion("task", new Rectangle2D.Float(121, 0, 210, PDRectangle.A4.getHeight() - 20 * 72 / 25.4f));
		for (int page = 2; page < document.getNumberOfPages(); page++) {
			stripper.extractRegions(document.getPage(page));
			text.append(stripper.getTextForRegion("task")).append(' ');
		}
		return text.toString().replaceAll("\\s+", " ");
	}

	/** The text of each appendix page, its white space made single spaces. */
	private static List<String> pages(PDDocument document) throws IOException {
		List<String> pages = new ArrayList<>();
		for (int page = 3; page <= document.getNumberOfPages(); page++) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
		}
		return pages;
	}

}
