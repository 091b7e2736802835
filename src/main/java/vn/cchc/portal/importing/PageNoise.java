package vn.cchc.portal.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the lines a page layout adds to the text: page numbers ("17", "- 3 -", "Trang
 * 4/20") and running headers or footers, i.e. short lines repeated on many pages that are
 * neither labelled fields, list items nor table rows (those repeat legitimately: "- Cơ
 * quan phối hợp: Các cơ quan, đơn vị có liên quan.").
 */
final class PageNoise {

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^\\s*(?:-\\s*)?(?:trang\\s*)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?(?:\\s*-)?\\s*$", Pattern.CASE_INSENSITIVE);

	private static final int RUNNING_HEADER_REPEATS = 3;

	private PageNoise() {
	}

	static boolean[] find(List<String> lines) {
		boolean[] noise = new boolean[lines.size()];
		Map<String, Integer> counts = new HashMap<>();
		for (String line : lines) {
			String key = runningKey(line);
			if (key != null) {
				counts.merge(key, 1, Integer::sum);
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.indexOf('\t') < 0 && PAGE_NUMBER.matcher(Folded.of(line)).matches()) {
				noise[i] = true;
				continue;
			}
			String key = runningKey(line);
			noise[i] = key != null && counts.get(key) >= RUNNING_HEADER_REPEATS;
		}
		return noise;
	}

	/** The folded line when it could be a running header, else null. */
	private static String runningKey(String line) {
		String stripped = line.strip();
		if (stripped.length() < 4 || stripped.length() > 100 || line.indexOf('\t') >= 0) {
			return null;
		}
		char first = stripped.charAt(0);
		if ("-+•*–".indexOf(first) >= 0 || FieldLabels.field(stripped) != null
				|| PlanDocumentParser.heading(stripped) != null || stripped.matches("^\\S{1,3}\\).*")) {
			return null;
		}
		return Folded.of(stripped).replaceAll("\\s+", " ");
	}

}
