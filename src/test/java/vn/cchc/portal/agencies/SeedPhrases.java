package vn.cchc.portal.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every lead ("chủ trì") and coordinating ("phối hợp") phrase of the seed plans, as the
 * importer will meet them.
 */
final class SeedPhrases {

	enum Role {

		LEAD, COORDINATING

	}

	record SeedPhrase(Role role, String task, String phrase) {

	}

	private static final Pattern LIST_LABEL = Pattern.compile("^[-+] Cơ quan (chủ trì|phối hợp)[^:]*:\\s*(.*)$");

	private static final Pattern TASK_LABEL = Pattern.compile("^([a-zđ]|\\d+)\\) ");

	private SeedPhrases() {
	}

	/**
	 * A list plan (seed 001): "- Cơ quan chủ trì: …", "- Cơ quan phối hợp, theo dõi: …";
	 * when the value is empty, each "+ …" line under it is one phrase.
	 */
	static List<SeedPhrase> fromListPlan(String text) {
		List<SeedPhrase> phrases = new ArrayList<>();
		String[] lines = text.split("\n");
		String task = "";
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			Matcher taskLabel = TASK_LABEL.matcher(line);
			if (taskLabel.find()) {
				task = taskLabel.group(1);
			}
			Matcher label = LIST_LABEL.matcher(line);
			if (!label.matches()) {
				continue;
			}
			Role role = label.group(1).equals("chủ trì") ? Role.LEAD : Role.COORDINATING;
			String value = label.group(2).strip();
			if (!value.isEmpty()) {
				phrases.add(new SeedPhrase(role, task, value));
				continue;
			}
			for (int j = i + 1; j < lines.length && lines[j].startsWith("+ "); j++) {
				phrases.add(new SeedPhrase(role, task, lines[j].substring(2).strip()));
			}
		}
		return phrases;
	}

	/**
	 * A table plan (seed 003): tab-separated rows "TT, Nội dung, Sản phẩm, Thời gian, Cơ
	 * quan chủ trì, Cơ quan phối hợp". The header repeats at each page break, and a row
	 * split by a page break goes on in a row without a number: its cells are appended to
	 * the row before.
	 */
	static List<SeedPhrase> fromTablePlan(String text) {
		List<String[]> rows = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.indexOf('\t') < 0) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (cells.length < 6 || cells[0].strip().equals("TT")) {
				continue;
			}
			if (cells[0].isBlank() && !rows.isEmpty()) {
				String[] previous = rows.get(rows.size() - 1);
				for (int c = 1; c < 6; c++) {
					if (!cells[c].isBlank()) {
						previous[c] = (previous[c] + " " + cells[c].strip()).strip();
					}
				}
			}
			else {
				String[] row = new String[6];
				for (int c = 0; c < 6; c++) {
					row[c] = cells[c].strip();
				}
				rows.add(row);
			}
		}
		List<SeedPhrase> phrases = new ArrayList<>();
		for (String[] row : rows) {
			if (!row[4].isEmpty()) {
				phrases.add(new SeedPhrase(Role.LEAD, row[0], row[4]));
			}
			if (!row[5].isEmpty()) {
				phrases.add(new SeedPhrase(Role.COORDINATING, row[0], row[5]));
			}
		}
		return phrases;
	}

}
