package vn.cchc.portal.shared.office;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The page and type of an administrative document (Nghị định 30/2020/NĐ-CP), for every
 * Word file the portal writes: A4, margins 2 cm top and bottom, 3 cm left (binding), 1,5
 * cm right, Times New Roman. Lengths are in twentieths of a point.
 */
public final class OfficialWord {

	public static final String FONT = "Times New Roman";

	/** A4's short and long sides. */
	public static final int A4_SHORT = 11906;

	public static final int A4_LONG = 16838;

	public static final int MARGIN_TOP = 1134;

	public static final int MARGIN_BOTTOM = 1134;

	public static final int MARGIN_LEFT = 1701;

	public static final int MARGIN_RIGHT = 851;

	private OfficialWord() {
	}

	/** The width between the margins. */
	public static int textWidth(boolean landscape) {
		return (landscape ? A4_LONG : A4_SHORT) - MARGIN_LEFT - MARGIN_RIGHT;
	}

	/** Times New Roman throughout, and the A4 page with the official margins. */
	public static void setUp(XWPFDocument document, boolean landscape) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		document.createStyles().setDefaultFonts(fonts);
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(720));
		margins.setFooter(BigInteger.valueOf(720));
		margins.setGutter(BigInteger.ZERO);
	}

	/** Text in Times New Roman at {@code size} points. */
	public static XWPFRun run(XWPFParagraph paragraph, String text, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setText(text);
		return run;
	}

	/**
	 * Columns of these widths that Word keeps as they are, however long the text in them.
	 */
	public static void fixedColumns(XWPFTable table, int[] widths) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		table.setWidth(String.valueOf(total));
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

}
