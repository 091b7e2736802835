package vn.cchc.portal.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a file into the line-oriented text the parser reads: Word paragraphs one per
 * line, Word and Excel table rows one per line with cells separated by tabs (so the same
 * table rules apply to a .txt export, a .docx and a .xlsx), text files decoded from
 * UTF-8, UTF-16 or a legacy Vietnamese encoding. Failures become a message key, never an
 * exception.
 */
final class DocumentText {

	private DocumentText() {
	}

	static Extracted extract(byte[] bytes, String fileName, ImportLimits limits) {
		if (bytes == null || bytes.length == 0) {
			return Extracted.failed("import.error.empty");
		}
		if (bytes.length > limits.maxBytes()) {
			return Extracted.failed("import.error.tooLarge");
		}
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		try {
			if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
				return fromZip(bytes, name, limits);
			}
			if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
				return Extracted.failed("import.error.legacyOffice");
			}
			if (looksBinary(bytes)) {
				return Extracted.failed("import.error.notDocument");
			}
			return fromText(decode(bytes));
		}
		catch (IOException | RuntimeException ex) {
			// POI reports zip bombs, truncated and foreign files as exceptions of many
			// types.
			return Extracted.failed("import.error.unreadable");
		}
	}

	static Extracted fromText(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		if (unified.startsWith("\uFEFF")) {
			unified = unified.substring(1);
		}
		LegacyEncoding legacy = LegacyEncoding.detect(unified);
		List<ImportProblem> warnings = new ArrayList<>();
		if (legacy == LegacyEncoding.TCVN3) {
			int line = LegacyEncoding.firstTcvn3Line(unified);
			unified = LegacyEncoding.fromTcvn3(unified);
			warnings.add(ImportProblem.warningAt(line, "import.warning.tcvn3Converted"));
		}
		else if (legacy == LegacyEncoding.VNI) {
			return new Extracted(List.of(), "import.error.vni", List.of());
		}
		unified = java.text.Normalizer.normalize(unified, java.text.Normalizer.Form.NFC);
		List<String> lines = new ArrayList<>(List.of(unified.split("\n", -1)));
		if (lines.stream().allMatch(String::isBlank)) {
			return Extracted.failed("import.error.empty");
		}
		return new Extracted(lines, null, warnings);
	}

	private static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// Not UTF-8: a single-byte file, which is where TCVN3 and VNI texts live.
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	private static Extracted fromZip(byte[] bytes, String name, ImportLimits limits) throws IOException {
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
		if (name.endsWith(".xlsx") || (!name.endsWith(".docx") && containsAscii(bytes, "xl/workbook"))) {
			return fromText(String.join("\n", excelLines(bytes)));
		}
		if (name.endsWith(".docx") || containsAscii(bytes, "word/document")) {
			return fromText(String.join("\n", wordLines(bytes)));
		}
		return Extracted.failed("import.error.notDocument");
	}

	private static List<String> wordLines(byte[] bytes) throws IOException {
		List<String> lines = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.addAll(List.of(paragraph.getText().split("\n", -1)));
				}
				else if (element instanceof XWPFTable table) {
					addTable(table, lines);
				}
			}
		}
		return lines;
	}

	private static void addTable(XWPFTable table, List<String> lines) {
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				// A cell's paragraphs become one cell line; the row stays one line.
				cells.add(cell.getText().replaceAll("[\\t\\r\\n]+", " ").strip());
			}
			lines.add(String.join("\t", cells));
		}
		lines.add("");
	}

	private static List<String> excelLines(byte[] bytes) throws IOException {
		List<String> lines = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						String value = (cell != null) ? formatter.formatCellValue(cell) : "";
						cells.add(value.replaceAll("[\\t\\r\\n]+", " ").strip());
					}
					lines.add(String.join("\t", cells));
				}
				lines.add("");
			}
		}
		return lines;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Control bytes other than tab and line ends mean a picture, a PDF or another binary.
	 */
	private static boolean looksBinary(byte[] bytes) {
		int sample = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0 && !(startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
				return true;
			}
			if (b < 0x09 || (b > 0x0D && b < 0x20)) {
				control++;
			}
		}
		return control * 20 > sample || startsWith(bytes, 0x25, 0x50, 0x44, 0x46);
	}

	private static boolean containsAscii(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	/**
	 * Extracted lines, or the message key of why there are none, and warnings with the
	 * line where they arise.
	 */
	record Extracted(List<String> lines, String errorKey, List<ImportProblem> warnings) {

		static Extracted failed(String key) {
			return new Extracted(List.of(), key, List.of());
		}

	}

}
