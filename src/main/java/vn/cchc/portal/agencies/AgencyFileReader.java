package vn.cchc.portal.agencies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded agency file: a UTF-8 CSV (with or without BOM, comma or semicolon
 * separated) or an Excel workbook (.xlsx, first sheet). The type is decided by the
 * content, and must agree with the file name; anything else is refused.
 */
final class AgencyFileReader {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	static final int MAX_ROWS = 5_000;

	/**
	 * A legitimate sheet of 5,000 agencies expands to a few MB; a zip bomb to far more.
	 * POI refuses entries above this size, and ratios of compressed to expanded size
	 * below 1% (its default, kept explicit).
	 */
	static final long MAX_EXPANDED_ENTRY_BYTES = 16L * 1024 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_ENTRY_BYTES);
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private AgencyFileReader() {
	}

	static AgencyFile read(String fileName, byte[] content) {
		String name = (fileName != null) ? fileName.strip() : "";
		if (content.length == 0) {
			throw new AgencyFileRefused("refused.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new AgencyFileRefused("refused.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		boolean zip = startsWith(content, ZIP);
		boolean ole2 = startsWith(content, OLE2);
		return switch (extension) {
			case "xlsx" -> {
				if (ole2) {
					throw new AgencyFileRefused("refused.oldExcel");
				}
				if (!zip) {
					throw new AgencyFileRefused("refused.notExcel");
				}
				yield readWorkbook(name, content);
			}
			case "csv" -> {
				if (zip || ole2) {
					throw new AgencyFileRefused("refused.csvIsSpreadsheet");
				}
				yield readCsv(name, content);
			}
			default -> throw new AgencyFileRefused("refused.type");
		};
	}

	private static AgencyFile readCsv(String name, byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new AgencyFileRefused("refused.notText");
		}
		// NUL never occurs in text: a binary file that happens to decode.
		if (text.indexOf('\0') >= 0) {
			throw new AgencyFileRefused("refused.notText");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		// Empty lines are kept as records, so record numbers are the rows Excel shows.
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiterOf(text))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		List<List<String>> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			for (CSVRecord record : parser) {
				if (lines.size() > 2 * MAX_ROWS) {
					throw new AgencyFileRefused("refused.tooManyRows", MAX_ROWS);
				}
				// Blank lines are skipped later; this only bounds the memory a file can
				// take.
				lines.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new AgencyFileRefused("refused.badCsv", lines.size() + 1);
		}
		return rows(name, lines.size(), (index) -> (index < lines.size()) ? lines.get(index) : List.of());
	}

	/** Semicolons when the header has more of them than commas (Excel in Vietnamese). */
	private static char delimiterOf(String text) {
		int end = text.indexOf('\n');
		String header = (end >= 0) ? text.substring(0, end) : text;
		long semicolons = header.chars().filter((c) -> c == ';').count();
		long commas = header.chars().filter((c) -> c == ',').count();
		return (semicolons > commas) ? ';' : ',';
	}

	private static AgencyFile readWorkbook(String name, byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new AgencyFileRefused("refused.noHeader");
			}
			Sheet sheet = workbook.getSheetAt(0);
			int rowCount = sheet.getLastRowNum() + 1;
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			return rows(name, rowCount, (index) -> cells(sheet.getRow(index), formatter));
		}
		catch (AgencyFileRefused ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// POI says "Zip bomb detected!" for entries too large or compressed too well.
			throw new AgencyFileRefused(isZipBomb(ex) ? "refused.zipBomb" : "refused.notExcel");
		}
	}

	private static boolean isZipBomb(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
				return true;
			}
		}
		return false;
	}

	private static List<String> cells(Row row, DataFormatter formatter) {
		if (row == null) {
			return List.of();
		}
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < row.getLastCellNum(); column++) {
			cells.add(text(row.getCell(column), formatter));
		}
		return cells;
	}

	/**
	 * What the cell shows; a date cell as ISO text, so that it reads the same whatever
	 * date format the sheet uses.
	 */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		if (cell.getCellType() == CellType.FORMULA) {
			// The value Excel last computed; formulas are never evaluated here.
			return switch (type) {
				case STRING -> cell.getStringCellValue();
				case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
						cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
				case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
				default -> "";
			};
		}
		return formatter.formatCellValue(cell);
	}

	/**
	 * Maps the header (row 1) to columns and turns every non-blank row below into a
	 * {@link AgencyFile.Row}.
	 */
	private static AgencyFile rows(String name, int rowCount, IntFunction<List<String>> cellsOfRow) {
		List<String> header = (rowCount > 0) ? cellsOfRow.apply(0) : List.of();
		if (header.stream().allMatch(String::isBlank)) {
			throw new AgencyFileRefused("refused.noHeader");
		}
		Map<AgencyFileColumn, Integer> columns = new EnumMap<>(AgencyFileColumn.class);
		List<String> ignored = new ArrayList<>();
		for (int index = 0; index < header.size(); index++) {
			String title = header.get(index).strip();
			if (title.isEmpty()) {
				continue;
			}
			AgencyFileColumn column = AgencyFileColumn.ofHeader(title).orElse(null);
			if (column == null) {
				ignored.add(title);
			}
			else if (columns.putIfAbsent(column, index) != null) {
				throw new AgencyFileRefused("refused.duplicateColumn", title);
			}
		}
		List<AgencyFileColumn> missing = Arrays.stream(AgencyFileColumn.values())
			.filter((column) -> column.isRequired() && !columns.containsKey(column))
			.toList();
		if (!missing.isEmpty()) {
			throw new AgencyFileRefused("refused.missingColumns");
		}
		List<AgencyFile.Row> rows = new ArrayList<>();
		for (int index = 1; index < rowCount; index++) {
			List<String> cells = cellsOfRow.apply(index);
			if (columns.values().stream().allMatch((column) -> cell(cells, column).isEmpty())) {
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				throw new AgencyFileRefused("refused.tooManyRows", MAX_ROWS);
			}
			rows.add(new AgencyFile.Row(index + 1, value(cells, columns, AgencyFileColumn.CODE),
					value(cells, columns, AgencyFileColumn.NAME), value(cells, columns, AgencyFileColumn.SHORT_NAME),
					value(cells, columns, AgencyFileColumn.KIND), value(cells, columns, AgencyFileColumn.PARENT_CODE),
					value(cells, columns, AgencyFileColumn.VALID_FROM),
					value(cells, columns, AgencyFileColumn.VALID_TO), value(cells, columns, AgencyFileColumn.ALIASES)));
		}
		if (rows.isEmpty()) {
			throw new AgencyFileRefused("refused.noRows");
		}
		return new AgencyFile(name, List.copyOf(rows), List.copyOf(ignored));
	}

	private static String value(List<String> cells, Map<AgencyFileColumn, Integer> columns, AgencyFileColumn column) {
		Integer index = columns.get(column);
		return (index != null) ? cell(cells, index) : "";
	}

	private static String cell(List<String> cells, int index) {
		String text = (index < cells.size() && cells.get(index) != null) ? cells.get(index) : "";
		// Vietnamese is stored in NFC; files saved on a Mac may carry decomposed marks.
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
