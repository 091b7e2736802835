package vn.cchc.portal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.progress.ProgressStatistics.Counts;
import vn.cchc.portal.progress.ProgressStatistics.TargetTally;
import vn.cchc.portal.shared.office.OfficialWord;

import static vn.cchc.portal.shared.office.OfficialWord.run;

/**
 * The report as a Word document in the layout of Nghị định 30/2020/NĐ-CP: A4 portrait,
 * margins 2 cm top and bottom, 3 cm left, 1,5 cm right; Times New Roman; the issuing body
 * and number on the left, quốc hiệu and tiêu ngữ, place and date on the right; the body
 * in 14 pt; the recipients and the signature at the foot; the appendix of every task
 * after a page break, its header row repeated on every page.
 */
final class ReportDocx {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final int BODY = 14;

	private static final int TABLE = 12;

	private static final int FIRST_LINE = 567;

	private final XWPFDocument document = new XWPFDocument();

	private ReportDocx() {
	}

	static byte[] write(ProvinceReport report) {
		ReportDocx writer = new ReportDocx();
		try (XWPFDocument document = writer.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			OfficialWord.setUp(document, false);
			writer.header(report);
			writer.body(report);
			writer.signature(report);
			writer.appendix(report);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Issuing body and number beside quốc hiệu, tiêu ngữ, place and date. */
	private void header(ProvinceReport report) {
		XWPFTable table = borderless(2, new int[] { 3800, 5554 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		List<String> issuer = OfficialText.issuerLines(report.words().getIssuer());
		for (int index = 0; index < issuer.size(); index++) {
			run(paragraph(left, index == 0, ParagraphAlignment.CENTER), issuer.get(index), 13).setBold(true);
		}
		run(paragraph(left, false, ParagraphAlignment.CENTER), "———", 13);
		run(paragraph(left, false, ParagraphAlignment.CENTER),
				"Số: " + OfficialText.number(report.words().getDocumentNumber()), 13);
		run(paragraph(right, true, ParagraphAlignment.CENTER), OfficialText.NATION, 12).setBold(true);
		XWPFRun motto = run(paragraph(right, false, ParagraphAlignment.CENTER), OfficialText.MOTTO, 14);
		motto.setBold(true);
		run(paragraph(right, false, ParagraphAlignment.CENTER), "———————————", 13);
		run(paragraph(right, false, ParagraphAlignment.CENTER),
				OfficialText.placeAndDate(report.words().getPlace(), report.words().getReportDate()), 14)
			.setItalic(true);

		XWPFParagraph title = this.document.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingBefore(240);
		title.setSpacingAfter(0);
		run(title, "BÁO CÁO", BODY).setBold(true);
		XWPFParagraph subject = this.document.createParagraph();
		subject.setAlignment(ParagraphAlignment.CENTER);
		subject.setSpacingAfter(240);
		run(subject, report.words().getTitle(), BODY).setBold(true);
	}

	private void body(ProvinceReport report) {
		heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
		text(report.words().getDirection());
		text(report.totalSentence());

		heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH");
		figuresByDomain(report);
		int number = 0;
		for (ProvinceReport.DomainPart part : report.domains()) {
			subheading(++number + ". " + part.name());
			text(part.sentence());
			text(part.text());
		}

		heading("III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
		targets(report.targets());

		heading("IV. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ");
		text(OfficialText.submissions(report.submissions()));
		for (ProvinceReport.LateAgency agency : report.submissions().late()) {
			text("- " + agency.name() + ": " + agency.state().toLowerCase(java.util.Locale.ROOT) + ".");
		}

		heading("V. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN");
		text(report.words().getDifficulties());
		heading("VI. ĐỀ XUẤT, KIẾN NGHỊ");
		text(report.words().getProposals());
	}

	private void figuresByDomain(ProvinceReport report) {
		List<String> headers = new java.util.ArrayList<>(List.of("Lĩnh vực", "Tổng số"));
		ProvinceReport.COUNTED.forEach((category) -> headers.add(ProvinceReport.CATEGORY_NAMES.get(category)));
		int[] widths = { 2874, 880, 1120, 1120, 1120, 1120, 1120 };
		XWPFTable table = grid(headers, widths);
		for (ProvinceReport.DomainPart part : report.domains()) {
			countsRow(table, part.name(), part.counts(), false);
		}
		countsRow(table, "Tổng cộng", report.total(), true);
	}

	private void countsRow(XWPFTable table, String name, Counts counts, boolean bold) {
		XWPFTableRow row = table.createRow();
		cell(row, 0, name, ParagraphAlignment.LEFT).setBold(bold);
		cell(row, 1, String.valueOf(counts.total()), ParagraphAlignment.CENTER).setBold(bold);
		for (int index = 0; index < ProvinceReport.COUNTED.size(); index++) {
			Category category = ProvinceReport.COUNTED.get(index);
			cell(row, index + 2, String.valueOf(counts.get(category)), ParagraphAlignment.CENTER).setBold(bold);
		}
	}

	private void targets(List<TargetTally> targets) {
		if (targets.isEmpty()) {
			text("Kế hoạch năm không đặt chỉ tiêu định lượng.");
			return;
		}
		XWPFTable table = grid(List.of("TT", "Chỉ tiêu", "Kế hoạch", "Cơ quan báo cáo", "Số cơ quan đạt", "Kết quả"),
				new int[] { 600, 3954, 1300, 1200, 1200, 1100 });
		int number = 0;
		for (TargetTally target : targets) {
			XWPFTableRow row = table.createRow();
			cell(row, 0, String.valueOf(++number), ParagraphAlignment.CENTER);
			cell(row, 1, target.wording(), ParagraphAlignment.LEFT);
			cell(row, 2, OfficialText.planned(target), ParagraphAlignment.CENTER);
			cell(row, 3, String.valueOf(target.reported()), ParagraphAlignment.CENTER);
			cell(row, 4, String.valueOf(target.met()), ParagraphAlignment.CENTER);
			cell(row, 5, OfficialText.attainment(target), ParagraphAlignment.CENTER);
		}
	}

	/** Recipients on the left, the signer on the right. */
	private void signature(ProvinceReport report) {
		XWPFParagraph gap = this.document.createParagraph();
		gap.setSpacingAfter(0);
		XWPFTable table = borderless(2, new int[] { 4677, 4677 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFRun received = run(paragraph(left, true, ParagraphAlignment.LEFT), "Nơi nhận:", 12);
		received.setBold(true);
		received.setItalic(true);
		for (String line : report.words().getRecipients().lines().toList()) {
			run(paragraph(left, false, ParagraphAlignment.LEFT), line, 11);
		}
		List<String> title = report.words().getSignerTitle().lines().toList();
		for (int index = 0; index < title.size(); index++) {
			run(paragraph(right, index == 0, ParagraphAlignment.CENTER), title.get(index), BODY).setBold(true);
		}
		for (int blank = 0; blank < 4; blank++) {
			paragraph(right, false, ParagraphAlignment.CENTER);
		}
		run(paragraph(right, false, ParagraphAlignment.CENTER), report.words().getSignerName(), BODY).setBold(true);
	}

	/** Every task with its lead, deadline and status, grouped by domain. */
	private void appendix(ProvinceReport report) {
		XWPFParagraph caption = this.document.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		caption.setPageBreak(true);
		caption.setSpacingAfter(0);
		run(caption, "PHỤ LỤC", BODY).setBold(true);
		XWPFParagraph heading = this.document.createParagraph();
		heading.setAlignment(ParagraphAlignment.CENTER);
		heading.setSpacingAfter(0);
		run(heading, "DANH MỤC NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN " + report.periodName().toUpperCase(OfficialText.VI),
				BODY)
			.setBold(true);
		XWPFParagraph attached = this.document.createParagraph();
		attached.setAlignment(ParagraphAlignment.CENTER);
		attached.setSpacingAfter(200);
		run(attached, "(Kèm theo Báo cáo số " + OfficialText.number(report.words().getDocumentNumber()) + " "
				+ OfficialText.date(report.words().getReportDate()) + ")", BODY)
			.setItalic(true);
		XWPFTable table = grid(List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng"),
				new int[] { 700, 4254, 1800, 1300, 1300 });
		String domain = null;
		int number = 0;
		for (ProvinceReport.TaskLine task : report.tasks()) {
			if (!task.domain().equals(domain)) {
				domain = task.domain();
				XWPFTableRow row = table.createRow();
				cell(row, 0, "", ParagraphAlignment.CENTER);
				cell(row, 1, domain, ParagraphAlignment.LEFT).setBold(true);
				for (int column = 2; column < 5; column++) {
					cell(row, column, "", ParagraphAlignment.LEFT);
				}
			}
			XWPFTableRow row = table.createRow();
			row.setCantSplitRow(true);
			cell(row, 0, String.valueOf(++number), ParagraphAlignment.CENTER);
			cell(row, 1, OfficialText.task(task.label(), task.text()), ParagraphAlignment.BOTH);
			cell(row, 2, task.lead(), ParagraphAlignment.LEFT);
			cell(row, 3, (task.deadline() != null) ? task.deadline() : "", ParagraphAlignment.CENTER);
			cell(row, 4, task.status(), ParagraphAlignment.CENTER);
		}
	}

	private void heading(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setSpacingBefore(120);
		paragraph.setSpacingAfter(60);
		paragraph.setIndentationFirstLine(FIRST_LINE);
		run(paragraph, text, BODY).setBold(true);
	}

	private void subheading(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setSpacingBefore(60);
		paragraph.setSpacingAfter(60);
		paragraph.setIndentationFirstLine(FIRST_LINE);
		run(paragraph, text, BODY).setBold(true);
	}

	/** One justified paragraph per line of the text. */
	private void text(String text) {
		if (text == null) {
			return;
		}
		for (String line : text.lines().filter((line) -> !line.isBlank()).toList()) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.BOTH);
			paragraph.setSpacingAfter(60);
			paragraph.setIndentationFirstLine(FIRST_LINE);
			run(paragraph, line.strip(), BODY);
		}
	}

	private XWPFTable grid(List<String> headers, int[] widths) {
		XWPFTable table = this.document.createTable(1, headers.size());
		table.setTableAlignment(TableRowAlign.CENTER);
		fixed(table, widths);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int column = 0; column < headers.size(); column++) {
			cell(header, column, headers.get(column), ParagraphAlignment.CENTER).setBold(true);
		}
		return table;
	}

	private XWPFTable borderless(int columns, int[] widths) {
		XWPFTable table = this.document.createTable(1, columns);
		table.removeBorders();
		fixed(table, widths);
		return table;
	}

	private static void fixed(XWPFTable table, int[] widths) {
		OfficialWord.fixedColumns(table, widths);
		for (int column = 0; column < widths.length; column++) {
			table.getRow(0).getCell(column).setWidth(String.valueOf(widths[column]));
		}
	}

	private static XWPFRun cell(XWPFTableRow row, int column, String text, ParagraphAlignment alignment) {
		XWPFTableCell cell = row.getCell(column);
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		List<String> lines = text.lines().toList();
		XWPFRun first = null;
		for (int index = 0; index < Math.max(1, lines.size()); index++) {
			XWPFParagraph paragraph = paragraph(cell, index == 0, alignment);
			XWPFRun run = run(paragraph, lines.isEmpty() ? "" : lines.get(index), TABLE);
			first = (first != null) ? first : run;
		}
		return first;
	}

	/** The cell's first paragraph, or a new one after it. */
	private static XWPFParagraph paragraph(XWPFTableCell cell, boolean first, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(first ? 20 : 0);
		paragraph.setSpacingAfter(20);
		return paragraph;
	}

}
