package vn.cchc.portal.shared.deadline;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text folded for matching (lower case, no diacritics, "đ" as "d", every space as one
 * blank) that remembers where each folded character came from, so that a match in the
 * folded text can be cut out of the original wording with its diacritics.
 * <p>
 * Unlike {@code VietnameseText.fold} it does not collapse runs of spaces: positions must
 * stay aligned. The patterns use {@code \s+} instead.
 */
final class AlignedFold {

	private final String original;

	private final String folded;

	/** For each folded character, the index of the original character it came from. */
	private final int[] origin;

	private AlignedFold(String original, String folded, int[] origin) {
		this.original = original;
		this.folded = folded;
		this.origin = origin;
	}

	static AlignedFold of(String text) {
		String original = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFC);
		StringBuilder folded = new StringBuilder(original.length());
		int[] origin = new int[original.length()];
		for (int i = 0; i < original.length(); i++) {
			for (char c : foldChar(original.charAt(i)).toCharArray()) {
				if (folded.length() == origin.length) {
					origin = Arrays.copyOf(origin, origin.length * 2 + 1);
				}
				origin[folded.length()] = i;
				folded.append(c);
			}
		}
		return new AlignedFold(original, folded.toString(), Arrays.copyOf(origin, folded.length()));
	}

	private static String foldChar(char c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return " ";
		}
		if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
			return "-";
		}
		if (c == 'đ' || c == 'Đ') {
			return "d";
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		// A stray combining mark left by OCR folds to nothing, as a mark would in a
		// letter.
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	String original() {
		return this.original;
	}

	String folded() {
		return this.folded;
	}

	/** The original wording behind folded[start, end), without surrounding spaces. */
	String originalOf(int start, int end) {
		if (start >= end) {
			return "";
		}
		int from = this.origin[start];
		int to = this.origin[end - 1] + 1;
		return this.original.substring(from, to).strip();
	}

}
