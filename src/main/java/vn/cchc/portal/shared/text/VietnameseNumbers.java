package vn.cchc.portal.shared.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese people type them: a dot groups thousands, a comma marks decimals
 * ("1.200", "94,5", "1.234,5"); a single dot is also read as a decimal point ("94.5").
 */
public final class VietnameseNumbers {

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");

	private VietnameseNumbers() {
	}

	/** "94,5", "1.200": as few decimals as the value needs; empty for null. */
	public static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
		return format.format(value);
	}

	/** The number, or null when the text is blank or does not read as one. */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String compact = text.strip().replace(" ", "");
		if (GROUPED.matcher(compact).matches()) {
			return new BigDecimal(compact.replace(".", "").replace(',', '.'));
		}
		if (PLAIN.matcher(compact).matches()) {
			return new BigDecimal(compact.replace(',', '.'));
		}
		return null;
	}

}
