package vn.cchc.portal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.progress.ProgressStatistics.Counts;
import vn.cchc.portal.progress.ProgressStatistics.TargetTally;
import vn.cchc.portal.shared.office.OfficialWord;
import vn.cchc.portal.shared.office.PrintedSheet;

/**
 * The report's figures as an Excel workbook, one sheet per table: by domain, targets,
 * agencies late, and every task. Each sheet has its header row frozen and filtered; the
 * numbers are numbers, so they add up in Excel.
 */
final class ReportXlsx {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DOMAINS = "Theo lĩnh vực";

	static final String TARGETS = "Chỉ tiêu";

	static final String LATE = "Chậm báo cáo";

	static final String TASKS = "Nhiệm vụ";

	/** The header row of every sheet: after the title and an empty row. */
	static final int HEADER_ROW = 2;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle title;

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle number;

	private final CellStyle bold;

	private ReportXlsx() {
		Font titleFont = font(true, 13);
		this.title = this.workbook.createCellStyle();
		this.title.setFont(titleFont);
		this.header = bordered();
		this.header.setFont(font(true, 11));
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = bordered();
		this.text.setFont(font(false, 11));
		this.number = bordered();
		this.number.setFont(font(false, 11));
		this.number.setAlignment(HorizontalAlignment.CENTER);
		this.bold = bordered();
		this.bold.setFont(font(true, 11));
	}

	static byte[] write(ProvinceReport report) {
		ReportXlsx writer = new ReportXlsx();
		try (XSSFWorkbook workbook = writer.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writer.domains(report);
			writer.targets(report);
			writer.late(report);
			writer.tasks(report);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void domains(ProvinceReport report) {
		List<String> headers = new ArrayList<>(List.of("Lĩnh vực", "Tổng số"));
		ProvinceReport.COUNTED.forEach((category) -> headers.add(ProvinceReport.CATEGORY_NAMES.get(category)));
		headers.add("Tỷ lệ hoàn thành (%)");
		XSSFSheet sheet = sheet(DOMAINS, report, headers, new int[] { 44, 10, 14, 14, 14, 14, 10, 14 });
		int index = HEADER_ROW + 1;
		for (ProvinceReport.DomainPart part : report.domains()) {
			countsRow(sheet.createRow(index++), part.name(), part.counts(), this.text);
		}
		countsRow(sheet.createRow(index++), "Tổng cộng", report.total(), this.bold);
		finish(sheet, index - 1, headers.size());
	}

	private void countsRow(Row row, String name, Counts counts, CellStyle nameStyle) {
		text(row, 0, name, nameStyle);
		number(row, 1, counts.total());
		for (int index = 0; index < ProvinceReport.COUNTED.size(); index++) {
			Category category = ProvinceReport.COUNTED.get(index);
			number(row, index + 2, counts.get(category));
		}
		double percent = (counts.total() == 0) ? 0 : Math.round(1000.0 * counts.done() / counts.total()) / 10.0;
		row.createCell(ProvinceReport.COUNTED.size() + 2).setCellValue(percent);
		row.getCell(ProvinceReport.COUNTED.size() + 2).setCellStyle(this.number);
	}

	private void targets(ProvinceReport report) {
		List<String> headers = List.of("TT", "Chỉ tiêu", "Kế hoạch", "Cơ quan báo cáo", "Số cơ quan đạt",
				"Giá trị kém nhất được báo cáo", "Kết quả");
		XSSFSheet sheet = sheet(TARGETS, report, headers, new int[] { 6, 60, 14, 14, 14, 16, 18 });
		int index = HEADER_ROW + 1;
		for (TargetTally target : report.targets()) {
			Row row = sheet.createRow(index);
			number(row, 0, index - HEADER_ROW);
			text(row, 1, target.wording(), this.text);
			text(row, 2, OfficialText.planned(target), this.text);
			number(row, 3, target.reported());
			number(row, 4, target.met());
			if (target.worst() != null) {
				row.createCell(5).setCellValue(target.worst().doubleValue());
				row.getCell(5).setCellStyle(this.number);
			}
			else {
				text(row, 5, "", this.text);
			}
			text(row, 6, OfficialText.attainment(target), this.text);
			index++;
		}
		finish(sheet, index - 1, headers.size());
	}

	private void late(ProvinceReport report) {
		List<String> headers = List.of("TT", "Cơ quan, đơn vị", "Tình trạng báo cáo");
		XSSFSheet sheet = sheet(LATE, report, headers, new int[] { 6, 60, 20 });
		int index = HEADER_ROW + 1;
		for (ProvinceReport.LateAgency agency : report.submissions().late()) {
			Row row = sheet.createRow(index);
			number(row, 0, index - HEADER_ROW);
			text(row, 1, agency.name(), this.text);
			text(row, 2, agency.state(), this.text);
			index++;
		}
		finish(sheet, index - 1, headers.size());
	}

	private void tasks(ProvinceReport report) {
		List<String> headers = List.of("TT", "Lĩnh vực", "Kế hoạch", "Số hiệu", "Nhiệm vụ", "Cơ quan chủ trì",
				"Thời hạn", "Tình trạng");
		XSSFSheet sheet = sheet(TASKS, report, headers, new int[] { 6, 30, 30, 8, 70, 30, 18, 20 });
		int index = HEADER_ROW + 1;
		for (ProvinceReport.TaskLine task : report.tasks()) {
			Row row = sheet.createRow(index);
			number(row, 0, index - HEADER_ROW);
			text(row, 1, task.domain(), this.text);
			text(row, 2, task.plan(), this.text);
			text(row, 3, (task.label() != null) ? task.label() : "", this.text);
			text(row, 4, task.text(), this.text);
			text(row, 5, task.lead(), this.text);
			text(row, 6, (task.deadline() != null) ? task.deadline() : "", this.text);
			text(row, 7, task.status(), this.text);
			index++;
		}
		finish(sheet, index - 1, headers.size());
	}

	private XSSFSheet sheet(String name, ProvinceReport report, List<String> headers, int[] widths) {
		XSSFSheet sheet = this.workbook.createSheet(name);
		for (int column = 0; column < widths.length; column++) {
			sheet.setColumnWidth(column, widths[column] * 256);
		}
		Row titleRow = sheet.createRow(0);
		titleRow.createCell(0).setCellValue(name + " – " + report.words().getTitle());
		titleRow.getCell(0).setCellStyle(this.title);
		Row headerRow = sheet.createRow(HEADER_ROW);
		for (int column = 0; column < headers.size(); column++) {
			text(headerRow, column, headers.get(column), this.header);
		}
		return sheet;
	}

	private static void finish(XSSFSheet sheet, int lastRow, int columns) {
		PrintedSheet.finish(sheet, HEADER_ROW, lastRow, columns);
	}

	private void number(Row row, int column, int value) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(this.number);
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

	private CellStyle bordered() {
		CellStyle style = this.workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setWrapText(true);
		return style;
	}

	private Font font(boolean bold, int size) {
		Font font = this.workbook.createFont();
		font.setFontName(OfficialWord.FONT);
		font.setFontHeightInPoints((short) size);
		font.setBold(bold);
		return font;
	}

}
