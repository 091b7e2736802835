package vn.cchc.portal.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of OCR text as words that can be compared with known phrases despite the usual
 * damage: lost diacritics, "đ" read as "d", "D" or "P", "ơ"/"ô" read as "6", "&", "¢",
 * "é" or "0", "ụ" read as "y", words glued ("Noivu") or split ("Thuon g"). A phrase is
 * found reading down a column: its words follow each other on one line, and where the
 * cell wraps, go on in the next lines (up to two blank or foreign lines may sit between
 * two parts), because a cell of an OCR'd table keeps its words in order even when other
 * columns' words are interleaved with it.
 */
final class OcrText {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&¢@€$/]+(?:-[\\p{L}\\p{N}]+)*");

	/** Letters OCR confuses with each other: substituting them costs half. */
	private static final String[] CONFUSED = { "uy", "oe", "oa", "ec", "il", "nm", "dp", "hb", "gq", "vy", "ao", "ai" };

	/** At most this many lines between the first and the last part of a phrase. */
	private static final int MAX_SPAN = 7;

	final List<Line> lines;

	/** Distances already computed: the same few words meet the same phrases all along. */
	private final Map<String, Integer> distances = new HashMap<>();

	OcrText(List<String> text) {
		this.lines = new ArrayList<>(text.size());
		for (String line : text) {
			this.lines.add(Line.of(line));
		}
	}

	/**
	 * A word with its comparison key, its column offset and where it sits in its line.
	 */
	record Word(String raw, String key, int start, int end, double position) {

		boolean capitalised() {
			return !this.raw.isEmpty() && Character.isUpperCase(this.raw.charAt(0));
		}

	}

	record Line(String text, List<Word> words) {

		static Line of(String text) {
			List<Word> words = new ArrayList<>();
			Matcher matcher = WORD.matcher(text);
			int length = Math.max(1, text.stripTrailing().length());
			while (matcher.find()) {
				String raw = matcher.group();
				words.add(new Word(raw, key(raw), matcher.start(), matcher.end(), (double) matcher.start() / length));
			}
			return new Line(text, words);
		}

	}

	/**
	 * Where a phrase was found: from (line, word) to (endLine, endWord), inclusive;
	 * {@code parts} holds the line and first word of each part when the cell wraps.
	 */
	record Hit(int line, int word, int endLine, int endWord, double cost, boolean wrapped, List<int[]> parts) {

		/** The word where this hit has a part on {@code line}, or -1. */
		int wordOn(int onLine) {
			for (int[] part : this.parts) {
				if (part[0] == onLine) {
					return part[1];
				}
			}
			return -1;
		}

		boolean overlaps(Hit other) {
			return !(before(this.endLine, this.endWord, other.line, other.word)
					|| before(other.endLine, other.endWord, this.line, this.word));
		}

		private static boolean before(int lineA, int wordA, int lineB, int wordB) {
			return lineA < lineB || (lineA == lineB && wordA < wordB);
		}

	}

	/**
	 * The comparison key of a word: folded, and the characters OCR writes for letters
	 * turned back into letters ("S6" → "so", "S&" → "so", "1SO" → "iso"); numbers stay.
	 */
	static String key(String raw) {
		String folded = Folded.of(raw);
		boolean letters = folded.chars().anyMatch(Character::isLetter) && !folded.matches("[0-9/\\-]+");
		if (!letters) {
			return folded;
		}
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			switch (c) {
				case '6', '0', '&', '¢', '@' -> key.append('o');
				case '€' -> key.append('e');
				case '$' -> key.append('s');
				case '1' -> key.append(i == 0 && folded.length() > 1 ? 'i' : 'l');
				default -> {
					if (Character.isLetter(c)) {
						key.append(c);
					}
				}
			}
		}
		return key.toString();
	}

	/**
	 * Every place in lines [from, to) where the phrase (words already as keys) starts,
	 * read down its column; with its cost (OCR edits, half for look-alike letters).
	 */
	List<Hit> find(String[] phrase, int from, int to) {
		List<Hit> hits = new ArrayList<>();
		int letters = 0;
		for (String word : phrase) {
			letters += word.length();
		}
		// A short phrase ("Đề án") is only trusted nearly exact.
		double allowed = (letters <= 4) ? 0.5 : Math.max(1.0, letters / 5.0);
		for (int l = Math.max(0, from); l < Math.min(to, this.lines.size()); l++) {
			List<Word> words = this.lines.get(l).words();
			for (int w = 0; w < words.size(); w++) {
				Hit hit = match(phrase, l, w, allowed);
				if (hit != null) {
					hits.add(hit);
				}
			}
		}
		return hits;
	}

	private Hit match(String[] phrase, int startLine, int startWord, double allowed) {
		int line = startLine;
		int word = startWord;
		int j = 0;
		double cost = 0;
		boolean wrapped = false;
		List<int[]> parts = new ArrayList<>();
		parts.add(new int[] { startLine, startWord });
		int lastLine = startLine;
		int lastWord = startWord;
		while (j < phrase.length) {
			List<Word> words = this.lines.get(line).words();
			int[] step = (word < words.size()) ? step(words.get(word).key(), phrase, j) : null;
			if (step != null && (j > 0 || step[0] > 0)) {
				j += step[0];
				cost += step[1] / 2.0;
				lastLine = line;
				lastWord = word;
				word++;
				continue;
			}
			if (j == 0) {
				return null;
			}
			// The cell wraps: its next words start a following line (in any column
			// position,
			// since OCR lines do not keep the page's columns aligned).
			int[] next = nextPart(phrase, j, lastLine, startLine);
			if (next == null) {
				return null;
			}
			line = next[0];
			word = next[1];
			wrapped = true;
			parts.add(next);
		}
		return (cost <= allowed) ? new Hit(startLine, startWord, lastLine, lastWord, cost, wrapped, parts) : null;
	}

	/** The next line (at most two skipped) holding the phrase's word {@code j}. */
	private int[] nextPart(String[] phrase, int j, int lastLine, int startLine) {
		for (int l = lastLine + 1; l <= lastLine + 3 && l < this.lines.size() && l - startLine <= MAX_SPAN; l++) {
			List<Word> words = this.lines.get(l).words();
			for (int w = 0; w < words.size(); w++) {
				int[] step = step(words.get(w).key(), phrase, j);
				if (step != null && step[1] == 0) {
					return new int[] { l, w };
				}
			}
		}
		return null;
	}

	/**
	 * How many phrase words (from {@code j}) the word covers, glued words included
	 * ("noivu" covers "noi", "vu"), and the cost in half edits; null when none.
	 */
	private int[] step(String key, String[] phrase, int j) {
		if (key.isEmpty()) {
			return null;
		}
		// OCR keeps a word's first letter or writes a look-alike: a cheap test first.
		char first = phrase[j].charAt(0);
		if (key.charAt(0) != first && !confused(key.charAt(0), first)) {
			return null;
		}
		String target = "";
		for (int k = j; k < Math.min(phrase.length, j + 3); k++) {
			target += phrase[k];
			int halves = this.distances.computeIfAbsent(key + '|' + target,
					(pair) -> halfEdits(pair.substring(0, key.length()), pair.substring(key.length() + 1)));
			// Short words tolerate a look-alike letter only, or a lost last letter ("S"
			// for "Sở").
			int limit = (target.length() <= 2) ? (target.startsWith(key) ? 2 : 1) : (target.length() <= 6) ? 2 : 4;
			if (phrase[k].chars().allMatch(Character::isDigit)) {
				limit = 0;
			}
			if (halves <= limit && (halves == 0 || key.length() >= 2 || target.startsWith(key))) {
				return new int[] { k - j + 1, halves };
			}
			if (key.length() < target.length()) {
				break;
			}
		}
		return null;
	}

	/** Levenshtein distance counted in halves: look-alike letters cost 1, others 2. */
	static int halfEdits(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = 2 * j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = 2 * i;
			for (int j = 1; j <= b.length(); j++) {
				char x = a.charAt(i - 1);
				char y = b.charAt(j - 1);
				int substitution = previous[j - 1] + ((x == y) ? 0 : confused(x, y) ? 1 : 2);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 2);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static boolean confused(char x, char y) {
		for (String pair : CONFUSED) {
			if ((pair.charAt(0) == x && pair.charAt(1) == y) || (pair.charAt(0) == y && pair.charAt(1) == x)) {
				return true;
			}
		}
		return false;
	}

	/** The words of a phrase as keys: "Sở Nội vụ" → ["so", "noi", "vu"]. */
	static String[] keys(String phrase) {
		List<String> keys = new ArrayList<>();
		Matcher matcher = WORD.matcher(phrase);
		while (matcher.find()) {
			// In a name "&" only joins abbreviations ("KH&CN"); in OCR text it is a
			// letter.
			String key = key(matcher.group().replace("&", ""));
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		return keys.toArray(String[]::new);
	}

}
