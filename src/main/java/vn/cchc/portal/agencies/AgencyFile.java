package vn.cchc.portal.agencies;

import java.io.Serializable;
import java.util.List;

/**
 * An agency file as read, before any check: the text of every data row and the columns
 * that were not recognised (and are ignored).
 */
record AgencyFile(String fileName, List<Row> rows, List<String> ignoredColumns) implements Serializable {

	/**
	 * One data row as the administrator typed it (trimmed, NFC). {@code line} is the row
	 * number Excel shows, the header being 1. Dates from Excel date cells are ISO text.
	 */
	record Row(int line, String code, String name, String shortName, String kind, String parentCode, String validFrom,
			String validTo, String aliases) implements Serializable {
	}

}
