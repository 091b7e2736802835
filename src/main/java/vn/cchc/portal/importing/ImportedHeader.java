package vn.cchc.portal.importing;

import java.time.LocalDate;

/**
 * What the document says about itself; any part may be null when the document does not
 * say it readably.
 */
public record ImportedHeader(String issuer, String decisionNumber, LocalDate decisionDate, Integer year, String signer,
		String title) implements java.io.Serializable {

	static final ImportedHeader EMPTY = new ImportedHeader(null, null, null, null, null, null);

}
