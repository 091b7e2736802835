package vn.cchc.portal.shared.office;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A worksheet read on screen and on paper: the header row frozen and filtered, and
 * printed landscape on A4, one page wide, the header on every page.
 */
public final class PrintedSheet {

	private PrintedSheet() {
	}

	public static void finish(XSSFSheet sheet, int headerRow, int lastRow, int columns) {
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(lastRow, headerRow), 0, columns - 1));
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
	}

}
