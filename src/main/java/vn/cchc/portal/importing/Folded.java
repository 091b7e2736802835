package vn.cchc.portal.importing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text one character for one character (lower case, no diacritics, "đ" to "d"), so
 * that a match found in the folded text has the same offsets in the original wording.
 * {@code VietnameseText.fold} also collapses spaces, which would shift offsets.
 */
final class Folded {

	private Folded() {
	}

	static String of(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(foldChar(text.charAt(i)));
		}
		return folded.toString();
	}

	private static char foldChar(char c) {
		if (c < 128) {
			return Character.toLowerCase(c);
		}
		if (c == 'đ' || c == 'Đ') {
			return 'd';
		}
		if (Character.isWhitespace(c) || c == '\u00a0') {
			return ' ';
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return decomposed.toLowerCase(Locale.ROOT).charAt(0);
	}

}
