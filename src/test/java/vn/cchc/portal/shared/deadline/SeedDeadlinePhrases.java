package vn.cchc.portal.shared.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.portal.shared.text.VietnameseText;

/**
 * Pulls the deadline phrases out of the seed plans whose layout allows it: the "Thời
 * gian…:" lines of 000 and 001 and the "Thời gian hoàn thành" column of 003. Seeds 002
 * (an OCR table whose columns are interleaved) and 004 (prose) were read by hand into the
 * fixture.
 */
final class SeedDeadlinePhrases {

	static final String SEED_000 = "000_70849217291edccb.txt";

	static final String SEED_001 = "001_3aebb1f59d195251.txt";

	static final String SEED_003 = "003_58feb45cd8388237.txt";

	/** "- Thoi gian:", "-Tho1i gian thyc hién:", "Thaoi gian thuc hién:" (folded). */
	private static final Pattern OCR_LABEL = Pattern.compile("^[-~+ ]*th\\S{0,4} gian\\b[^:]{0,25}:");

	/** The start of the next item in seed 000: a bullet or a task label "h)". */
	private static final Pattern NEXT_ITEM = Pattern.compile("^\\s*(?:[-~+]|\\S{1,2}\\))");

	private static final Pattern CLEAN_LABEL = Pattern.compile("^[-+]\\s*Thời gian (?:thực hiện|hoàn thành):");

	private static final Pattern DOMAIN_NUMERAL = Pattern.compile("[IVX]+");

	private SeedDeadlinePhrases() {
	}

	/** Seed 000: the value of every "Thời gian" line, joined with its wrapped lines. */
	static List<String> seed000() {
		List<String> lines = lines(SEED_000);
		List<String> phrases = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			var label = OCR_LABEL.matcher(VietnameseText.fold(line));
			if (!label.find()) {
				continue;
			}
			StringBuilder phrase = new StringBuilder(line.substring(line.indexOf(':') + 1).strip());
			for (int next = i + 1; next < lines.size(); next++) {
				String more = lines.get(next);
				if (more.isBlank() || NEXT_ITEM.matcher(more).find()) {
					break;
				}
				phrase.append(' ').append(more.strip());
			}
			phrases.add(phrase.toString());
		}
		return phrases;
	}

	/**
	 * Seed 001: the value of every "- Thời gian thực hiện:" and "+ Thời gian hoàn
	 * thành:".
	 */
	static List<String> seed001() {
		List<String> phrases = new ArrayList<>();
		for (String line : lines(SEED_001)) {
			var label = CLEAN_LABEL.matcher(line);
			if (label.find()) {
				phrases.add(line.substring(label.end()).strip());
			}
		}
		return phrases;
	}

	/**
	 * Seed 003: the 4th tab-separated field of every task row. The header repeats at each
	 * page break, domain rows carry a Roman numeral, and a row split across a page break
	 * continues on a row with an empty TT, whose deadline (if any) completes the task's.
	 */
	static List<String> seed003() {
		List<String> phrases = new ArrayList<>();
		boolean lastWasTask = false;
		for (String line : lines(SEED_003)) {
			String[] fields = line.split("\t", -1);
			if (fields.length < 4) {
				continue;
			}
			String number = fields[0].strip();
			String deadline = fields[3].strip();
			if (number.equals("TT")) {
				continue;
			}
			if (number.isEmpty()) {
				if (lastWasTask && !deadline.isEmpty()) {
					int last = phrases.size() - 1;
					phrases.set(last, (phrases.get(last) + " " + deadline).strip());
				}
				continue;
			}
			if (DOMAIN_NUMERAL.matcher(number).matches()) {
				lastWasTask = false;
				continue;
			}
			// A parent row ("10. Công tác tuyên truyền") has no deadline of its own.
			phrases.add(deadline);
			lastWasTask = true;
		}
		phrases.removeIf(String::isEmpty);
		return phrases;
	}

	private static List<String> lines(String seed) {
		try (InputStream in = SeedDeadlinePhrases.class.getResourceAsStream("/seeds/" + seed)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource seeds/" + seed);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
