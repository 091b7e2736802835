package vn.cchc.portal.progress;

import java.time.LocalDate;

/**
 * What document an evidence file is: its title or summary (trích yếu), number, date and
 * issuing body. All optional: a photo has none.
 */
public record EvidenceMetadata(String title, String documentNumber, LocalDate documentDate, String issuer) {
}
