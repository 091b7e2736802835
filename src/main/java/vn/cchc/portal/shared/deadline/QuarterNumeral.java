package vn.cchc.portal.shared.deadline;

/**
 * A quarter number as plans write it: Roman ("II"), Arabic ("2"), or Roman numerals read
 * by OCR as digits or letters ("11" for II, "111" or "I11" for III, "1V" for IV, "ll" for
 * II).
 *
 * @param quarter 1 to 4, or 0 when the token is no quarter
 * @param repaired whether reading it needed an OCR repair
 */
record QuarterNumeral(int quarter, boolean repaired) {

	static QuarterNumeral read(String token) {
		String text = token.strip();
		if (text.matches("[1-4]")) {
			return new QuarterNumeral(Integer.parseInt(text), false);
		}
		// OCR turns the stroke of I into 1, l or |; an Arabic 11 or 111 is no quarter.
		boolean repaired = text.chars().anyMatch((c) -> c == '1' || c == 'l' || c == '|');
		String roman = text.replace('1', 'i').replace('l', 'i').replace('|', 'i');
		int quarter = switch (roman) {
			case "i" -> 1;
			case "ii" -> 2;
			case "iii" -> 3;
			case "iv" -> 4;
			default -> 0;
		};
		return new QuarterNumeral(quarter, repaired);
	}

	boolean isValid() {
		return this.quarter > 0;
	}

}
