package vn.cchc.portal.plans;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.portal.shared.text.VietnameseText;

/**
 * A task's budget as the plan writes it: an amount in VND ("500.000.000 đồng", "1,5 tỷ
 * đồng", "200 triệu") or a text ("Theo dự toán được cấp"), kept as typed in either case.
 */
record Budget(BigDecimal amount, String text) {

	private static final Pattern AMOUNT = Pattern.compile(
			"^\\s*(\\d{1,3}(?:[.\\s]\\d{3})+|\\d+(?:,\\d+)?)\\s*(ty|trieu|nghin|ngan)?\\s*(dong|vnd|d)?\\s*\\.?\\s*$");

	static Budget parse(String wording) {
		if (wording == null || wording.isBlank()) {
			return new Budget(null, null);
		}
		String text = wording.strip();
		Matcher matcher = AMOUNT.matcher(VietnameseText.fold(text).toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return new Budget(null, text);
		}
		// Vietnamese numbers: "." groups thousands, "," marks decimals.
		BigDecimal number = new BigDecimal(matcher.group(1).replaceAll("[.\\s]", "").replace(',', '.'));
		BigDecimal scale = switch ((matcher.group(2) != null) ? matcher.group(2) : "") {
			case "ty" -> BigDecimal.valueOf(1_000_000_000L);
			case "trieu" -> BigDecimal.valueOf(1_000_000L);
			case "nghin", "ngan" -> BigDecimal.valueOf(1_000L);
			default -> BigDecimal.ONE;
		};
		return new Budget(number.multiply(scale).setScale(0, java.math.RoundingMode.HALF_UP), text);
	}

}
