package vn.cchc.portal.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The PDF report's appendix (every task with its lead agency, deadline and status,
 * grouped by domain) drawn straight onto pages with PDFBox. openhtmltopdf lays out a
 * year's thousands of rows in seconds and a large part of the heap; a table whose columns
 * are fixed needs none of that. The page is the template's (A4, margins 20 mm top and
 * bottom, 30 mm left, 15 mm right, the page number at the foot), the table the Word
 * document's: its columns, the header row on every page, a row kept on one page.
 */
final class PdfAppendix {

	private static final float MM = 72 / 25.4f;

	private static final PDRectangle A4 = PDRectangle.A4;

	private static final float LEFT = 30 * MM;

	private static final float RIGHT = A4.getWidth() - 15 * MM;

	private static final float TOP = A4.getHeight() - 20 * MM;

	private static final float BOTTOM = 20 * MM;

	/** The template's sizes: headings 14 pt, tables 12 pt, the page number 11 pt. */
	private static final float HEADING = 14;

	private static final float TABLE = 12;

	private static final float PAGE_NUMBER = 11;

	/** The template's line height, as a multiple of the font size. */
	private static final float LINE_HEIGHT = 1.3f;

	private static final float PADDING_X = 3;

	private static final float PADDING_Y = 2;

	private static final float RULE = 0.6f;

	/**
	 * The Word document's column widths (twentieths of a point), spread over the text
	 * width.
	 */
	private static final int[] COLUMNS = { 700, 4254, 1800, 1300, 1300 };

	static final List<String> HEADER = List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng");

	private final PDDocument document;

	private final Face regular;

	private final Face bold;

	private final Face italic;

	/** The columns' left edges, then the table's right edge. */
	private final float[] edges = new float[COLUMNS.length + 1];

	private final List<Cell> header;

	private PDPageContentStream content;

	private Face shown;

	private float shownSize;

	/** Where the next row starts, from the foot of the page. */
	private float y;

	/**
	 * Whether only the header row stands on the page: a row too tall for it must be
	 * split.
	 */
	private boolean fresh;

	private PdfAppendix(PDDocument document, PDFont regular, PDFont bold, PDFont italic) {
		this.document = document;
		this.regular = new Face(regular);
		this.bold = new Face(bold);
		this.italic = new Face(italic);
		int total = 0;
		for (int width : COLUMNS) {
			total += width;
		}
		float scale = (RIGHT - LEFT) / total;
		this.edges[0] = LEFT;
		for (int column = 0; column < COLUMNS.length; column++) {
			this.edges[column + 1] = this.edges[column] + COLUMNS[column] * scale;
		}
		this.edges[COLUMNS.length] = RIGHT;
		List<Cell> cells = new ArrayList<>();
		for (int column = 0; column < HEADER.size(); column++) {
			cells.add(cell(column, column, HEADER.get(column), this.bold, true));
		}
		this.header = cells;
	}

	/** Adds the appendix's pages after the document's last one. */
	static void append(PDDocument document, PDFont regular, PDFont bold, PDFont italic, ProvinceReport report)
			throws IOException {
		PdfAppendix appendix = new PdfAppendix(document, regular, bold, italic);
		try {
			appendix.write(report);
		}
		finally {
			appendix.finish();
		}
	}

	private void write(ProvinceReport report) throws IOException {
		page();
		centred("PHỤ LỤC", this.bold);
		centred("DANH MỤC NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN " + report.periodName().toUpperCase(OfficialText.VI),
				this.bold);
		centred("(Kèm theo Báo cáo số " + OfficialText.number(report.words().getDocumentNumber()) + " "
				+ OfficialText.date(report.words().getReportDate()) + ")", this.italic);
		this.y -= 8;
		draw(this.header, 0, 1);
		this.fresh = true;
		String domain = null;
		int number = 0;
		for (ProvinceReport.TaskLine task : report.tasks()) {
			if (!task.domain().equals(domain)) {
				domain = task.domain();
				row(List.of(cell(0, 0, "", this.regular, true), cell(1, 4, domain, this.bold, false)));
			}
			row(List.of(cell(0, 0, String.valueOf(++number), this.regular, true),
					cell(1, 1, OfficialText.task(task.label(), task.text()), this.regular, false),
					cell(2, 2, task.lead(), this.regular, false),
					cell(3, 3, (task.deadline() != null) ? task.deadline() : "", this.regular, true),
					cell(4, 4, task.status(), this.regular, true)));
		}
	}

	/** A new page after the last one. */
	private void page() throws IOException {
		finish();
		PDPage page = new PDPage(A4);
		this.document.addPage(page);
		this.content = new PDPageContentStream(this.document, page);
		this.shown = null;
		this.content.setLineWidth(RULE);
		this.y = TOP;
	}

	/**
	 * The page's number at its foot, last, as the body's pages have it; the page closed.
	 */
	private void finish() throws IOException {
		if (this.content == null) {
			return;
		}
		String number = String.valueOf(this.document.getNumberOfPages());
		float width = this.regular.width(number, PAGE_NUMBER);
		text(this.regular, PAGE_NUMBER, (LEFT + RIGHT - width) / 2, BOTTOM / 2 - PAGE_NUMBER * 0.3f, number);
		this.content.close();
		this.content = null;
	}

	/** A heading line (or more, if it is long) centred on the page. */
	private void centred(String text, Face face) throws IOException {
		float leading = HEADING * LINE_HEIGHT;
		for (String line : face.lines(text, HEADING, RIGHT - LEFT)) {
			float width = face.width(line, HEADING);
			text(face, HEADING, LEFT + (RIGHT - LEFT - width) / 2, this.y - face.baseline(HEADING, leading), line);
			this.y -= leading;
		}
	}

	/**
	 * A row of the table, on a new page under the header row if it does not fit; a row
	 * taller than a whole page continues on the next.
	 */
	private void row(List<Cell> cells) throws IOException {
		int lines = cells.stream().mapToInt((cell) -> cell.lines().size()).max().orElse(1);
		float leading = TABLE * LINE_HEIGHT;
		int from = 0;
		while (from < lines) {
			int fits = (int) ((this.y - BOTTOM - 2 * PADDING_Y) / leading);
			if (lines - from <= fits) {
				draw(cells, from, lines);
				this.fresh = false;
				return;
			}
			if (this.fresh && fits > 0) {
				draw(cells, from, from + fits);
				from += fits;
			}
			page();
			draw(this.header, 0, 1);
			this.fresh = true;
		}
	}

	/**
	 * Lines {@code from} to {@code to} of the cells, in their borders, below {@code y}.
	 */
	private void draw(List<Cell> cells, int from, int to) throws IOException {
		float leading = TABLE * LINE_HEIGHT;
		int lines = 1;
		for (Cell cell : cells) {
			lines = Math.max(lines, Math.min(to, cell.lines().size()) - from);
		}
		float top = this.y;
		float bottom = top - lines * leading - 2 * PADDING_Y;
		for (Cell cell : cells) {
			float left = this.edges[cell.first()] + PADDING_X;
			float width = this.edges[cell.last() + 1] - this.edges[cell.first()] - 2 * PADDING_X;
			float baseline = top - PADDING_Y - cell.face().baseline(TABLE, leading);
			for (int index = from; index < Math.min(to, cell.lines().size()); index++) {
				String line = cell.lines().get(index);
				float x = cell.centred() ? left + (width - cell.face().width(line, TABLE)) / 2 : left;
				text(cell.face(), TABLE, x, baseline, line);
				baseline -= leading;
			}
		}
		this.content.moveTo(LEFT, top);
		this.content.lineTo(RIGHT, top);
		this.content.moveTo(LEFT, bottom);
		this.content.lineTo(RIGHT, bottom);
		this.content.moveTo(LEFT, top);
		this.content.lineTo(LEFT, bottom);
		for (Cell cell : cells) {
			float right = this.edges[cell.last() + 1];
			this.content.moveTo(right, top);
			this.content.lineTo(right, bottom);
		}
		this.content.stroke();
		this.y = bottom;
	}

	private void text(Face face, float size, float x, float baseline, String line) throws IOException {
		if (line.isEmpty()) {
			return;
		}
		this.content.beginText();
		if (face != this.shown || size != this.shownSize) {
			this.content.setFont(face.font, size);
			this.shown = face;
			this.shownSize = size;
		}
		this.content.newLineAtOffset(x, baseline);
		this.content.showText(line);
		this.content.endText();
	}

	private Cell cell(int first, int last, String text, Face face, boolean centred) {
		float width = this.edges[last + 1] - this.edges[first] - 2 * PADDING_X;
		return new Cell(first, last, face.lines((text != null) ? text : "", TABLE, width), face, centred);
	}

	/** Text over columns {@code first} to {@code last}, already broken into lines. */
	private record Cell(int first, int last, List<String> lines, Face face, boolean centred) {
	}

	/**
	 * A face of the font with its letters' widths remembered, for breaking lines: PDFBox
	 * shows text without kerning, so a line is as wide as the sum of its letters.
	 */
	static final class Face {

		private final PDFont font;

		/** Widths in thousandths of the size; NaN for a character the font has not. */
		private final Map<Integer, Float> widths = new HashMap<>();

		Face(PDFont font) {
			this.font = font;
		}

		/**
		 * The text broken into lines at most {@code width} wide, at spaces, inside a word
		 * only when it alone is wider. Written as the font can show it: composed (one
		 * glyph per Vietnamese letter), any white space a space, a missing character a
		 * "?".
		 */
		List<String> lines(String text, float size, float width) {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			float used = 0;
			float space = width(" ", size);
			for (String word : showable(text).split(" ")) {
				if (word.isEmpty()) {
					continue;
				}
				float wide = width(word, size);
				if (!line.isEmpty() && used + space + wide <= width) {
					line.append(' ').append(word);
					used += space + wide;
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (wide > width) {
					int cut = fitting(word, size, width);
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
					wide = width(word, size);
				}
				line.append(word);
				used = wide;
			}
			if (!line.isEmpty() || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		float width(String text, float size) {
			float width = 0;
			for (int index = 0; index < text.length(); index += Character.charCount(text.codePointAt(index))) {
				width += width(text.codePointAt(index));
			}
			return width * size / 1000;
		}

		/**
		 * From the top of a line box {@code leading} high to its baseline, as CSS sets
		 * it.
		 */
		float baseline(float size, float leading) {
			float ascent = this.font.getFontDescriptor().getAscent() / 1000 * size;
			float descent = -this.font.getFontDescriptor().getDescent() / 1000 * size;
			return (leading - ascent - descent) / 2 + ascent;
		}

		/** How many chars of the word fit in the width: at least its first letter. */
		private int fitting(String word, float size, float width) {
			int end = Character.charCount(word.codePointAt(0));
			while (end < word.length()) {
				int next = end + Character.charCount(word.codePointAt(end));
				if (width(word.substring(0, next), size) > width) {
					break;
				}
				end = next;
			}
			return end;
		}

		private String showable(String text) {
			StringBuilder shown = new StringBuilder(text.length());
			Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach((point) -> {
				if (Character.isWhitespace(point) || Character.isISOControl(point)) {
					shown.append(' ');
				}
				else if (Float.isNaN(width(point))) {
					shown.append('?');
				}
				else {
					shown.appendCodePoint(point);
				}
			});
			return shown.toString();
		}

		private float width(int point) {
			Float known = this.widths.get(point);
			if (known == null) {
				known = measure(point);
				this.widths.put(point, known);
			}
			return known;
		}

		private float measure(int point) {
			try {
				return this.font.getStringWidth(Character.toString(point));
			}
			catch (IllegalArgumentException ex) {
				return Float.NaN;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
