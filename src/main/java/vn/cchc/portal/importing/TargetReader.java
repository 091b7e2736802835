package vn.cchc.portal.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numeric targets: the bullets under a heading about targets ("Chỉ tiêu", "Các chỉ
 * tiêu chủ yếu") up to the next heading. A bullet with a number becomes a target; wrapped
 * lines continue it.
 */
final class TargetReader {

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");

	private static final Pattern COUNT = Pattern.compile("\\b(\\d{1,6}(?:[.,]\\d+)?)\\s+([\\p{L}]+(?:\\s+[\\p{L}]+)?)");

	private static final Pattern AT_LEAST = Pattern
		.compile("≥|>=|toi thieu|it nhat|tu \\d[^ ]*\\s*%? tro len|tro len|tren \\d|phan dau|dat tren|khong thap hon");

	private static final Pattern AT_MOST = Pattern.compile("≤|<=|toi da|khong qua|duoi \\d|khong vuot");

	private TargetReader() {
	}

	static List<ImportedTarget> read(List<String> lines) {
		List<ImportedTarget> targets = new ArrayList<>();
		boolean inTargets = false;
		StringBuilder text = null;
		int start = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.indexOf('\t') >= 0) {
				continue;
			}
			String[] heading = PlanDocumentParser.heading(line);
			if (heading != null) {
				add(targets, text, start);
				text = null;
				String folded = Folded.of(heading[1]);
				inTargets = folded.contains("chi tieu") && !folded.contains("nhiem vu");
				continue;
			}
			if (!inTargets) {
				continue;
			}
			String stripped = line.strip();
			if (stripped.startsWith("-") || stripped.startsWith("+") || stripped.startsWith("•")) {
				add(targets, text, start);
				text = new StringBuilder(stripped.replaceFirst("^[-+•]\\s*", ""));
				start = i + 1;
			}
			else if (text != null) {
				text.append(' ').append(stripped);
			}
		}
		add(targets, text, start);
		return targets;
	}

	private static void add(List<ImportedTarget> targets, StringBuilder text, int line) {
		if (text == null) {
			return;
		}
		String wording = text.toString().strip();
		String folded = Folded.of(wording);
		BigDecimal value = null;
		String unit = null;
		Matcher percent = PERCENT.matcher(wording);
		if (percent.find()) {
			value = number(percent.group(1));
			unit = "%";
		}
		else {
			Matcher count = COUNT.matcher(wording);
			if (count.find() && !looksLikeDocumentNumber(wording, count.start())) {
				value = number(count.group(1));
				unit = count.group(2);
			}
		}
		if (value == null) {
			return;
		}
		String comparator = AT_MOST.matcher(folded).find() ? "≤" : AT_LEAST.matcher(folded).find() ? "≥" : "=";
		targets.add(new ImportedTarget(wording, comparator, value, unit, line));
	}

	private static boolean looksLikeDocumentNumber(String text, int at) {
		return at > 0 && text.substring(Math.max(0, at - 4), at).toLowerCase().contains("số");
	}

	private static BigDecimal number(String text) {
		// Vietnamese numbers: "," for decimals, "." for thousands.
		return new BigDecimal(text.replace(".", "").replace(',', '.'));
	}

}
