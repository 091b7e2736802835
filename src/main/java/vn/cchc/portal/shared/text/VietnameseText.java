package vn.cchc.portal.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as users type it: often without diacritics, in any case, with stray
 * spaces.
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/**
	 * Folds text for matching: lower case, no diacritics ("đ" becomes "d"), single
	 * spaces. "Sở Nội vụ" and "so noi VU" fold to the same "so noi vu".
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return WHITESPACE.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
