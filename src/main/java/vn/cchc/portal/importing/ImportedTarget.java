package vn.cchc.portal.importing;

import java.math.BigDecimal;

/**
 * A numeric target (chỉ tiêu) as written, with the number when it can be read: comparator
 * is "≥", "≤" or "="; value and unit are null when no number is readable.
 */
public record ImportedTarget(String text, String comparator, BigDecimal value, String unit,
		int line) implements java.io.Serializable {

}
