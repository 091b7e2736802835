package vn.cchc.portal.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.cchc.portal.shared.office.OfficialWord;
import vn.cchc.portal.shared.office.PrintedSheet;

/**
 * The appendix as an Excel workbook: the six columns of the official table plus the due
 * date (a real date) and the budget (a number when it is an amount), the header row
 * frozen and filtered, text wrapped, section rows bold, printed landscape on A4 with the
 * header on every page.
 */
final class AppendixXlsx {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String SHEET = "Phụ lục";

	/** The official columns, then the two for sorting and sums. */
	static final List<String> COLUMNS = java.util.stream.Stream
		.concat(Appendix.COLUMNS.stream(), java.util.stream.Stream.of("Hạn hoàn thành", "Kinh phí (đồng)"))
		.toList();

	/** The header row's index: after the three title lines and an empty one. */
	static final int HEADER_ROW = 4;

	/** Column widths in characters. */
	private static final int[] WIDTHS = { 7, 60, 34, 22, 30, 30, 14, 18 };

	private AppendixXlsx() {
	}

	static byte[] write(Appendix appendix) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			XSSFSheet sheet = workbook.createSheet(SHEET);
			for (int column = 0; column < WIDTHS.length; column++) {
				sheet.setColumnWidth(column, WIDTHS[column] * 256);
			}
			title(sheet, 0, appendix.caption(), styles.title);
			title(sheet, 1, appendix.heading(), styles.title);
			if (appendix.attachedTo() != null) {
				title(sheet, 2, appendix.attachedTo(), styles.subtitle);
			}

			Row header = sheet.createRow(HEADER_ROW);
			for (int column = 0; column < COLUMNS.size(); column++) {
				text(header, column, COLUMNS.get(column), styles.header);
			}
			int index = HEADER_ROW + 1;
			for (Appendix.Row row : appendix.rows()) {
				Row sheetRow = sheet.createRow(index++);
				if (row.kind() == Appendix.Kind.SECTION) {
					text(sheetRow, 0, row.label(), styles.sectionCentred);
					text(sheetRow, 1, row.text(), styles.section);
					for (int column = 2; column < COLUMNS.size(); column++) {
						text(sheetRow, column, "", styles.section);
					}
					continue;
				}
				text(sheetRow, 0, row.label(), styles.centred);
				text(sheetRow, 1, row.text(), (row.kind() == Appendix.Kind.ACTIVITY) ? styles.indented : styles.text);
				text(sheetRow, 2, String.join("\n", row.productLines()), styles.text);
				text(sheetRow, 3, row.deadlineShown(), styles.centred);
				text(sheetRow, 4, String.join("\n", row.leads()), styles.text);
				text(sheetRow, 5, String.join("\n", row.coordinators()), styles.text);
				Cell due = sheetRow.createCell(6);
				due.setCellStyle(styles.date);
				if (row.due() != null) {
					due.setCellValue(row.due());
				}
				Cell budget = sheetRow.createCell(7);
				if (row.budgetAmount() != null) {
					budget.setCellValue(row.budgetAmount().doubleValue());
					budget.setCellStyle(styles.amount);
				}
				else {
					budget.setCellValue((row.budgetText() != null) ? row.budgetText() : "");
					budget.setCellStyle(styles.text);
				}
			}
			int last = Math.max(index - 1, HEADER_ROW);
			PrintedSheet.finish(sheet, HEADER_ROW, last, COLUMNS.size());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void title(XSSFSheet sheet, int index, String text, CellStyle style) {
		Row row = sheet.createRow(index);
		text(row, 0, text, style);
		sheet.addMergedRegion(new CellRangeAddress(index, index, 0, COLUMNS.size() - 1));
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/** The workbook's cell styles, created once each. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle subtitle;

		final CellStyle header;

		final CellStyle section;

		final CellStyle sectionCentred;

		final CellStyle text;

		final CellStyle indented;

		final CellStyle centred;

		final CellStyle date;

		final CellStyle amount;

		Styles(XSSFWorkbook workbook) {
			Font plain = font(workbook, false, false, 12);
			Font bold = font(workbook, true, false, 12);
			this.title = workbook.createCellStyle();
			this.title.setFont(font(workbook, true, false, 13));
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.subtitle = workbook.createCellStyle();
			this.subtitle.setFont(font(workbook, false, true, 13));
			this.subtitle.setAlignment(HorizontalAlignment.CENTER);
			this.header = cell(workbook, bold, HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.section = cell(workbook, bold, HorizontalAlignment.LEFT);
			this.sectionCentred = cell(workbook, bold, HorizontalAlignment.CENTER);
			this.text = cell(workbook, plain, HorizontalAlignment.LEFT);
			this.indented = cell(workbook, plain, HorizontalAlignment.LEFT);
			this.indented.setIndention((short) 2);
			this.centred = cell(workbook, plain, HorizontalAlignment.CENTER);
			this.date = cell(workbook, plain, HorizontalAlignment.CENTER);
			this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.amount = cell(workbook, plain, HorizontalAlignment.RIGHT);
			this.amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		}

		private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int size) {
			Font font = workbook.createFont();
			font.setFontName(OfficialWord.FONT);
			font.setFontHeightInPoints((short) size);
			font.setBold(bold);
			font.setItalic(italic);
			return font;
		}

		private static CellStyle cell(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setWrapText(true);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
