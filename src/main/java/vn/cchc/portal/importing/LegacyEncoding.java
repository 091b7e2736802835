package vn.cchc.portal.importing;

/**
 * Vietnamese text typed with the legacy font encodings of the 1990s–2000s, which Word and
 * text files still carry: TCVN3 (ABC, fonts ".VnTime") and VNI-Windows (fonts
 * "VNI-Times"). Read as Windows-1252 they look like "C¶i c¸ch hµnh chÝnh" and "Caûi caùch
 * haønh chính".
 * <p>
 * TCVN3 is one byte per letter, so it converts reliably (its capitals live in separate
 * fonts with the same codes, so converted capitals come out in lower case). VNI writes a
 * letter and its marks as two bytes that are also ordinary Latin-1 letters; it is only
 * detected, and the user is asked to convert the file (Unikey, Word) first.
 */
enum LegacyEncoding {

	NONE, TCVN3, VNI;

	// TCVN3 codes 0xA1..0xFE and the Unicode letters they stand for; "\0" marks unused.
	private static final String TCVN3_FROM_A1 = "ĂÂÊÔƠƯĐăâêôơưđ\0\0\0\0\0\0àảãáạ\0ằẳẵắ\0\0\0\0\0\0\0ặầẩẫấậè\0ẻẽéẹềểễếệìỉ\0\0\0ĩíịò\0ỏõóọồổỗốộờởỡớợù\0ủũúụừửữứựỳỷỹýỵ";

	/** Letters that TCVN3 uses for the most frequent Vietnamese vowels and "đ". */
	private static final String TCVN3_SIGNS = "\u00ad®¬¸µ¹ª©«¨";

	/** VNI's "đ" and "ư" and its tone bytes that follow a vowel. */
	private static final String VNI_SIGNS = "ñÑöÖ";

	private static final String VNI_MARKS = "øùûõïâêáàåãäéèúüëôò";

	static LegacyEncoding detect(String text) {
		int letters = 0;
		int vietnamese = 0;
		int tcvn3 = 0;
		int vni = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
			}
			if ((c >= '\u1ea0' && c <= '\u1ef9') || c == 'ơ' || c == 'ư' || c == 'đ' || c == 'Đ') {
				vietnamese++;
			}
			if (TCVN3_SIGNS.indexOf(c) >= 0) {
				tcvn3++;
			}
			if (VNI_SIGNS.indexOf(c) >= 0
					|| (i > 0 && VNI_MARKS.indexOf(c) >= 0 && "aeiouyAEIOUY".indexOf(text.charAt(i - 1)) >= 0)) {
				vni++;
			}
		}
		if (letters < 20 || vietnamese * 10 > letters) {
			return NONE;
		}
		// Real Vietnamese has a marked letter in most words; either legacy code shows the
		// same density, OCR or Latin-1 noise does not.
		if (tcvn3 * 25 > letters && tcvn3 > vni) {
			return TCVN3;
		}
		if (vni * 25 > letters) {
			return VNI;
		}
		return NONE;
	}

	/**
	 * The first line (1-based) that carries TCVN3 letters, where the planner sees the
	 * legacy encoding; 0 when none does.
	 */
	static int firstTcvn3Line(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			for (int c = 0; c < lines[i].length(); c++) {
				if (TCVN3_SIGNS.indexOf(lines[i].charAt(c)) >= 0) {
					return i + 1;
				}
			}
		}
		return 0;
	}

	/** TCVN3 text (as Windows-1252 or Latin-1 characters) in Unicode NFC. */
	static String fromTcvn3(String text) {
		StringBuilder unicode = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int index = c - 0xA1;
			if (index >= 0 && index < TCVN3_FROM_A1.length() && TCVN3_FROM_A1.charAt(index) != '\0') {
				unicode.append(TCVN3_FROM_A1.charAt(index));
			}
			else {
				unicode.append(c);
			}
		}
		return unicode.toString();
	}

}
