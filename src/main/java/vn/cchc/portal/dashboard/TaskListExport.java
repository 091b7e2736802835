package vn.cchc.portal.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.portal.progress.ProgressStatistics.TaskLine;

/**
 * The filtered task list as CSV (UTF-8 with a byte order mark, so Excel reads the
 * Vietnamese) and as an Excel workbook (header frozen and filtered, columns sized, the
 * due date a real date and the numbers real numbers, so they sort and sum).
 */
final class TaskListExport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String SHEET = "Nhiệm vụ";

	static final List<String> COLUMNS = List.of("STT", "Kế hoạch", "Lĩnh vực", "Số hiệu", "Nhiệm vụ", "Cơ quan chủ trì",
			"Thời hạn", "Hạn hoàn thành", "Tình trạng", "Tiến độ (%)", "Số minh chứng", "Cập nhật lần cuối");

	/** Column widths in characters. */
	private static final int[] WIDTHS = { 6, 36, 22, 8, 60, 32, 22, 14, 22, 11, 11, 18 };

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** How a line's category, domain and agency read in the file. */
	record Labels(Function<String, String> category, Function<String, String> domain, ZoneId zone) {
	}

	private TaskListExport() {
	}

	static byte[] csv(List<TaskLine> lines, Labels labels) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			// The byte order mark first: the printer writes the header as it opens.
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
			int number = 0;
			for (TaskLine line : lines) {
				List<Object> values = new ArrayList<>();
				values.add(++number);
				values.add(line.planTitle());
				values.add(labels.domain().apply(line.domainCode()));
				values.add(nullToEmpty(line.taskLabel()));
				values.add(line.taskText());
				values.add(line.agencyName());
				values.add(nullToEmpty(line.deadlineText()));
				values.add((line.due() != null) ? DAY.format(line.due()) : "");
				values.add(labels.category().apply(line.category()));
				values.add((line.percent() != null) ? line.percent() : "");
				values.add(line.evidence());
				values.add((line.updatedAt() != null) ? MOMENT.format(line.updatedAt().atZone(labels.zone())) : "");
				printer.printRecord(values);
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(List<TaskLine> lines, Labels labels) {
		// Streamed: only a window of rows stays in memory, the year of a large province
		// (15,000 rows) included.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SXSSFSheet sheet = workbook.createSheet(SHEET);
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle text = workbook.createCellStyle();
			text.setWrapText(true);
			text.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle date = workbook.createCellStyle();
			date.setVerticalAlignment(VerticalAlignment.TOP);
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle moment = workbook.createCellStyle();
			moment.setVerticalAlignment(VerticalAlignment.TOP);
			moment.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			CellStyle number = workbook.createCellStyle();
			number.setVerticalAlignment(VerticalAlignment.TOP);

			Row head = sheet.createRow(0);
			for (int column = 0; column < COLUMNS.size(); column++) {
				sheet.setColumnWidth(column, WIDTHS[column] * 256);
				Cell cell = head.createCell(column);
				cell.setCellValue(COLUMNS.get(column));
				cell.setCellStyle(header);
			}
			int index = 0;
			for (TaskLine line : lines) {
				Row row = sheet.createRow(++index);
				number(row, 0, index, number);
				text(row, 1, line.planTitle(), text);
				text(row, 2, labels.domain().apply(line.domainCode()), text);
				text(row, 3, line.taskLabel(), text);
				text(row, 4, line.taskText(), text);
				text(row, 5, line.agencyName(), text);
				text(row, 6, line.deadlineText(), text);
				Cell due = row.createCell(7);
				due.setCellStyle(date);
				if (line.due() != null) {
					due.setCellValue(line.due());
				}
				text(row, 8, labels.category().apply(line.category()), text);
				if (line.percent() != null) {
					number(row, 9, line.percent(), number);
				}
				number(row, 10, line.evidence(), number);
				if (line.updatedAt() != null) {
					Cell updated = row.createCell(11);
					updated.setCellValue(LocalDateTime.ofInstant(line.updatedAt(), labels.zone()));
					updated.setCellStyle(moment);
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(index, 1), 0, COLUMNS.size() - 1));
			sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
			workbook.write(out);
			// The rows written out went through temporary files.
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(nullToEmpty(value));
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, int value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
