package vn.cchc.portal.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import vn.cchc.portal.shared.office.OfficialWord;

import static vn.cchc.portal.shared.office.OfficialWord.run;

/**
 * The appendix as a Word document, in the layout of Nghị định 30/2020/NĐ-CP: landscape
 * A4, Times New Roman (13 pt title, 12 pt table), the header row repeated on every page,
 * one bold row per section, activities indented under their task.
 */
final class AppendixDocx {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** Column widths; together the width between the margins. */
	private static final int[] WIDTHS = { 680, 4700, 2560, 1700, 2300, 2345 };

	private static final int TITLE_SIZE = 13;

	private static final int TABLE_SIZE = 12;

	private static final int ACTIVITY_INDENT = 284;

	private AppendixDocx() {
	}

	static byte[] write(Appendix appendix) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			OfficialWord.setUp(document, true);
			title(document, appendix.caption(), true, false);
			title(document, appendix.heading(), true, false);
			if (appendix.attachedTo() != null) {
				title(document, appendix.attachedTo(), false, true);
			}
			XWPFParagraph gap = document.createParagraph();
			gap.setSpacingAfter(0);
			table(document, appendix.rows());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void title(XWPFDocument document, String text, boolean bold, boolean italic) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		XWPFRun run = run(paragraph, text, TITLE_SIZE);
		run.setBold(bold);
		run.setItalic(italic);
	}

	private static void table(XWPFDocument document, List<Appendix.Row> rows) {
		XWPFTable table = document.createTable(1 + rows.size(), Appendix.COLUMNS.size());
		table.setTableAlignment(TableRowAlign.CENTER);
		OfficialWord.fixedColumns(table, WIDTHS);

		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int column = 0; column < Appendix.COLUMNS.size(); column++) {
			XWPFTableCell cell = cell(header, column);
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			run(paragraph, Appendix.COLUMNS.get(column), TABLE_SIZE).setBold(true);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		}

		for (int index = 0; index < rows.size(); index++) {
			Appendix.Row row = rows.get(index);
			XWPFTableRow tableRow = table.getRow(index + 1);
			if (row.kind() == Appendix.Kind.SECTION) {
				section(tableRow, row);
			}
			else {
				task(tableRow, row);
			}
		}
	}

	private static void section(XWPFTableRow tableRow, Appendix.Row row) {
		tableRow.setCantSplitRow(true);
		while (tableRow.getTableCells().size() > 2) {
			tableRow.removeCell(tableRow.getTableCells().size() - 1);
		}
		XWPFTableCell label = cell(tableRow, 0);
		XWPFParagraph labelParagraph = label.getParagraphs().get(0);
		labelParagraph.setAlignment(ParagraphAlignment.CENTER);
		run(labelParagraph, row.label(), TABLE_SIZE).setBold(true);
		XWPFTableCell title = tableRow.getCell(1);
		int width = 0;
		for (int column = 1; column < WIDTHS.length; column++) {
			width += WIDTHS[column];
		}
		title.setWidth(String.valueOf(width));
		tcPr(title).addNewGridSpan().setVal(BigInteger.valueOf(WIDTHS.length - 1));
		title.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
		run(title.getParagraphs().get(0), row.text(), TABLE_SIZE).setBold(true);
	}

	private static void task(XWPFTableRow tableRow, Appendix.Row row) {
		XWPFParagraph label = cell(tableRow, 0).getParagraphs().get(0);
		label.setAlignment(ParagraphAlignment.CENTER);
		run(label, row.label(), TABLE_SIZE);
		XWPFTableCell text = cell(tableRow, 1);
		lines(text, row.text().lines().toList(), ParagraphAlignment.BOTH);
		if (row.kind() == Appendix.Kind.ACTIVITY) {
			text.getParagraphs().forEach((paragraph) -> paragraph.setIndentationLeft(ACTIVITY_INDENT));
		}
		lines(cell(tableRow, 2), row.productLines(), ParagraphAlignment.LEFT);
		lines(cell(tableRow, 3), List.of(row.deadlineShown()), ParagraphAlignment.CENTER);
		lines(cell(tableRow, 4), row.leads(), ParagraphAlignment.LEFT);
		lines(cell(tableRow, 5), row.coordinators(), ParagraphAlignment.LEFT);
	}

	/** Text one paragraph per line. */
	private static void lines(XWPFTableCell cell, List<String> lines, ParagraphAlignment alignment) {
		for (int index = 0; index < lines.size(); index++) {
			XWPFParagraph paragraph = (index == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
			paragraph.setAlignment(alignment);
			paragraph.setSpacingBefore((index == 0) ? 40 : 0);
			paragraph.setSpacingAfter((index == lines.size() - 1) ? 40 : 0);
			run(paragraph, lines.get(index), TABLE_SIZE);
		}
	}

	private static XWPFTableCell cell(XWPFTableRow row, int column) {
		XWPFTableCell cell = row.getCell(column);
		cell.setWidth(String.valueOf(WIDTHS[column]));
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingBefore(40);
		paragraph.setSpacingAfter(40);
		return cell;
	}

	private static CTTcPr tcPr(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

}
