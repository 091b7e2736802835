package vn.cchc.portal.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a plan: issuer, decision number and date, plan year, signer and
 * title. Patterns run on folded text (OCR loses diacritics; "Số" may read "S6" or "Sb")
 * and the wording is cut from the original at the same offsets.
 */
final class HeaderReader {

	private static final int HEAD_LINES = 80;

	private static final Pattern ISSUER = Pattern
		.compile("(?:uy ban nhan dan|ubnd)\\s+(?:tinh|thanh pho)\\s+[a-z ]{2,30}?(?=\\s{2,}|\\s+cong hoa|$|\\s*\\t)");

	private static final Pattern NUMBER = Pattern
		.compile("\\bs[o6b]\\s*:?\\s*(\\d{1,5}\\s*/\\s*[a-z0-9&]+(?:\\s*-\\s*[a-z0-9&]+)*)");

	private static final Pattern DATE_NUMERIC = Pattern
		.compile("ngay\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");

	private static final Pattern DATE_WORDS = Pattern
		.compile("ngay\\s*(\\d{1,2})\\s*th\\S{1,4}\\s*(\\d{1,2})\\s*n\\S{1,3}m\\s*(\\d{4})");

	private static final Pattern YEAR = Pattern
		.compile("(?:ke hoach|cai cach hanh chinh|cchc).{0,80}?\\bn\\S{1,3}m\\s+(20\\d\\d)");

	private static final Pattern SIGNING_TITLE = Pattern
		.compile("^\\W*(?:kt\\.?\\s*|tm\\.?\\s*)?(?:pho )?(?:chu tich|giam doc|chanh van phong)\\W*$");

	private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");

	private HeaderReader() {
	}

	static ImportedHeader read(List<String> lines) {
		String issuer = null;
		String number = null;
		LocalDate date = null;
		Integer year = null;
		String title = null;
		int head = Math.min(lines.size(), HEAD_LINES);
		for (int i = 0; i < head; i++) {
			String line = lines.get(i);
			String folded = Folded.of(line);
			if (folded.strip().startsWith("can cu")) {
				continue;
			}
			if (issuer == null) {
				Matcher m = ISSUER.matcher(folded);
				if (m.find()) {
					issuer = line.substring(m.start(), m.end()).strip();
				}
			}
			Matcher numberMatch = NUMBER.matcher(folded);
			boolean decisionLine = folded.contains("kem theo") || folded.strip().matches("^s[o6b]\\s*:.*");
			if (number == null && decisionLine && numberMatch.find()) {
				number = line.substring(numberMatch.start(1), numberMatch.end(1)).replaceAll("\\s+", "");
				date = dateIn(folded);
			}
			if (date == null && decisionLine) {
				date = dateIn(folded);
			}
			if (year == null) {
				Matcher y = YEAR.matcher(folded);
				if (y.find()) {
					year = Integer.valueOf(y.group(1));
				}
			}
			if (title == null && (folded.contains("ke hoach") || folded.contains("k¢ hoach"))
					&& (folded.contains("cai cach hanh chinh") || folded.contains("cchc"))) {
				title = line.strip();
			}
		}
		if (year == null && date != null) {
			// A plan is issued late in the year before the one it plans.
			year = (date.getMonthValue() >= 10) ? date.getYear() + 1 : date.getYear();
		}
		return new ImportedHeader(issuer, number, date, year, signer(lines), title);
	}

	private static LocalDate dateIn(String folded) {
		Matcher m = DATE_NUMERIC.matcher(folded);
		if (!m.find()) {
			m = DATE_WORDS.matcher(folded);
			if (!m.find()) {
				return null;
			}
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The first person's name after a signing title ("CHỦ TỊCH", blank lines, the name).
	 */
	private static String signer(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String folded = Folded.of(lines.get(i)).replace("*", "").strip();
			if (!SIGNING_TITLE.matcher(folded).matches()) {
				continue;
			}
			for (int j = i + 1; j < lines.size() && j <= i + 8; j++) {
				String candidate = lines.get(j).replace("*", "").strip();
				if (candidate.isEmpty() || SIGNING_TITLE.matcher(Folded.of(candidate)).matches()) {
					continue;
				}
				if (PERSON.matcher(candidate).matches()) {
					return candidate;
				}
				break;
			}
		}
		return null;
	}

}
