package vn.cchc.portal.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best effort for a framework table whose columns OCR interleaved on each line (seed
 * 002). What survives is the numbering the framework writes in each cell: the column
 * number, then the item's number ("1.3." a target, "2.5." a task, "3.12." an activity),
 * and the section rows ("I | CÔNG TÁC CHỈ ĐẠO …", Roman numeral and an upper-case title).
 * Activities are the rows of the table, so each "3.n" token starts an activity when its
 * number follows the previous one in the section (at most two numbers skipped, which OCR
 * lost); the numbering restarts at each section. The activity's text is only the fragment
 * after its number up to the next column mark ("|" or another numbered cell): the rest of
 * the cell is interleaved with the other columns and is not guessed. A number lost to OCR
 * shows as a gap and still gives its row. Lead, coordinating agencies, products and
 * deadline are spotted in each row's band of lines ({@link FrameworkCells}) and marked
 * guessed; the budget and the parent task are not recovered.
 */
final class LostFrameworkReader {

	private static final Pattern SECTION = Pattern.compile("^\\s*([IVXl1]{1,4})\\s*[|.]\\s*(\\S.{6,})$");

	/**
	 * "3.12.", "3,4", "3:4-", "}3.18." and, with the dot lost, "31. Ban" or "312 Triển"
	 * (then a capitalised word must follow, not an acronym: "36 TTTT" is "Sở TTTT").
	 */
	private static final Pattern ACTIVITY = Pattern.compile(
			"(?:^|[\\s|(\\[{}])3(?:[.,:\\-]\\s?(\\d{1,2})(?:[.,:_\\-]+|(?=\\s))|(\\d{1,2})\\.?(?=\\s+\\p{Lu}\\p{Ll}))\\s*");

	private static final Pattern CELL_END = Pattern.compile("\\||(?:^|\\s)[123][.,]\\s?\\d{1,2}[.,_]");

	private static final Pattern NUMBERED_CELL = Pattern.compile("(?:^|\\s)[123][.,]\\s?\\d{1,2}[.,_]?");

	private static final int MAX_SKIPPED = 2;

	/** How far (in rows) a merged cell is looked for. */
	private static final int MERGED_ROWS = 2;

	private LostFrameworkReader() {
	}

	static PlanDocumentParser.Result read(List<String> lines, int headerLine, int planYear) {
		List<ImportedSection> sections = new ArrayList<>();
		List<ImportedTask> tasks = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		int last = 0;
		int lastLine = Math.max(0, headerLine);
		for (int i = Math.max(0, headerLine); i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher section = SECTION.matcher(line);
			if (section.matches() && upperCaseTitle(section.group(2))) {
				String title = section.group(2).strip();
				String label = section.group(1).replace('l', 'I').replace('1', 'I') + ".";
				sections.add(new ImportedSection(label, title, DomainVocabulary.domainOf(title), i + 1));
				last = 0;
				lastLine = i;
				continue;
			}
			String stripped = line.strip();
			if (upperCaseTitle(stripped) && stripped.split("\\s+").length >= 3
					&& DomainVocabulary.domainOf(stripped) != null) {
				// A section row whose Roman numeral OCR lost: an upper-case domain title.
				sections.add(new ImportedSection("", stripped, DomainVocabulary.domainOf(stripped), i + 1));
				last = 0;
				lastLine = i;
				continue;
			}
			Matcher activity = ACTIVITY.matcher(line);
			while (activity.find()) {
				int number = Integer.parseInt((activity.group(1) != null) ? activity.group(1) : activity.group(2));
				if (number <= 1 + MAX_SKIPPED && last >= number + 4) {
					// The numbering restarts: a part began whose section row OCR lost.
					sections.add(untitledPart(lines, i, sections));
					last = 0;
					lastLine = i;
				}
				if (number <= last || number > last + 1 + MAX_SKIPPED) {
					continue;
				}
				for (int lost = last + 1; lost < number; lost++) {
					// The framework numbers activities without gaps: a skipped number is
					// a row whose number OCR destroyed, somewhere between its neighbours.
					tasks.add(lostRow(lines, sections.size() - 1, lost, lastLine + 1, i));
					problems.add(ImportProblem.warningAt(lastLine + 2, "import.warning.frameworkNumberLost",
							"3." + lost, String.valueOf(lastLine + 2), String.valueOf(i + 1)));
				}
				last = number;
				lastLine = i;
				String rest = line.substring(activity.end());
				Matcher end = CELL_END.matcher(rest);
				String text = (end.find() ? rest.substring(0, end.start()) : rest).strip();
				tasks.add(new ImportedTask(sections.size() - 1, "3." + number, text, null, null, List.of(), null, null,
						null, i + 1, i + 1));
			}
		}
		if (!tasks.isEmpty()) {
			problems.add(ImportProblem.warningAt(headerLine, "import.warning.frameworkRecovered",
					String.valueOf(tasks.size())));
		}
		return new PlanDocumentParser.Result(ImportFormat.FRAMEWORK, sections,
				withCells(lines, sections, tasks, planYear), problems);
	}

	/**
	 * Each row's cells, spotted in its band: the lines nearer to its number than to its
	 * neighbours' (cells are printed vertically centred on their row), within its part.
	 */
	private static List<ImportedTask> withCells(List<String> lines, List<ImportedSection> sections,
			List<ImportedTask> rows, int planYear) {
		FrameworkCells cells = new FrameworkCells(lines);
		List<FrameworkCells.Cells> found = new ArrayList<>(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			ImportedTask row = rows.get(r);
			int line = row.firstLine() - 1;
			ImportedTask previous = (r > 0 && rows.get(r - 1).section() == row.section()) ? rows.get(r - 1) : null;
			ImportedTask next = (r + 1 < rows.size() && rows.get(r + 1).section() == row.section()) ? rows.get(r + 1)
					: null;
			int partStart = (row.section() >= 0) ? sections.get(row.section()).line() : 0;
			int partEnd = (row.section() + 1 < sections.size()) ? sections.get(row.section() + 1).line() - 1
					: lines.size();
			int from = (previous != null) ? (previous.firstLine() - 1 + line) / 2 + 1 : Math.max(partStart, line - 3);
			int to = (next != null) ? (line + next.firstLine() - 1) / 2 + 1 : Math.min(partEnd, line + 25);
			found.add(cells.read(from, Math.max(to, line + 1), line, planYear));
		}
		List<ImportedTask> read = new ArrayList<>(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			ImportedTask row = rows.get(r);
			FrameworkCells.Cells own = found.get(r);
			Set<String> guessed = new LinkedHashSet<>(own.guessed());
			List<String> leads = orMerged(rows, found, r, FrameworkCells.Cells::leads, "lead", guessed);
			List<String> coordinating = orMerged(rows, found, r, FrameworkCells.Cells::coordinating, "coordinating",
					guessed);
			List<String> deadline = orMerged(rows, found, r,
					(c) -> (c.deadline() != null) ? List.of(c.deadline()) : List.of(), "deadline", guessed);
			read.add(new ImportedTask(row.section(), row.label(), row.text(), joined(leads), joined(coordinating),
					own.products(), deadline.isEmpty() ? null : deadline.get(0), null, null, row.firstLine(),
					row.lastLine(), List.copyOf(guessed)));
		}
		return read;
	}

	/**
	 * A row's own value, else (a cell merged over the activities of one task prints once,
	 * centred on them) the value of the nearest row of the same part within
	 * {@link #MERGED_ROWS} rows, marked guessed.
	 */
	private static List<String> orMerged(List<ImportedTask> rows, List<FrameworkCells.Cells> found, int r,
			Function<FrameworkCells.Cells, List<String>> field, String name, Set<String> guessed) {
		if (!field.apply(found.get(r)).isEmpty()) {
			return field.apply(found.get(r));
		}
		int line = rows.get(r).firstLine();
		List<String> nearest = List.of();
		int distance = Integer.MAX_VALUE;
		for (int o = Math.max(0, r - MERGED_ROWS); o <= Math.min(rows.size() - 1, r + MERGED_ROWS); o++) {
			boolean samePart = rows.get(o).section() == rows.get(r).section();
			int d = Math.abs(rows.get(o).firstLine() - line);
			if (o != r && samePart && !field.apply(found.get(o)).isEmpty() && d < distance) {
				nearest = field.apply(found.get(o));
				distance = d;
			}
		}
		if (!nearest.isEmpty()) {
			guessed.add(name);
		}
		return nearest;
	}

	private static String joined(List<String> names) {
		return names.isEmpty() ? null : String.join("; ", names);
	}

	/**
	 * A part whose numbering restarts without a section row: a sub-part of the section
	 * above ("Áp dụng ISO 9001:2015 …" under the e-government section). Its heading is
	 * the plain line written right above it (no column marks, no numbered cell); its
	 * domain is the heading's own, else the enclosing section's.
	 */
	private static ImportedSection untitledPart(List<String> lines, int index, List<ImportedSection> sections) {
		String inherited = null;
		for (int s = sections.size() - 1; s >= 0 && inherited == null; s--) {
			inherited = sections.get(s).domain();
		}
		for (int j = index - 1; j >= Math.max(0, index - 3); j--) {
			String candidate = lines.get(j).strip();
			if (candidate.split("\\s+").length >= 4 && Character.isUpperCase(candidate.charAt(0))
					&& candidate.indexOf('|') < 0 && !NUMBERED_CELL.matcher(candidate).find()) {
				String own = DomainVocabulary.domainOf(candidate);
				return new ImportedSection("", candidate, (own != null) ? own : inherited, j + 1);
			}
		}
		return new ImportedSection("", "", inherited, index + 1);
	}

	/**
	 * The row of an activity whose number OCR destroyed, between lines {@code from} and
	 * {@code to} (0-based, exclusive): its text starts after what is left of the number
	 * ("|2~ Tổng hợp" for 3.2) when that can be seen, else it is left for the planner.
	 */
	private static ImportedTask lostRow(List<String> lines, int section, int number, int from, int to) {
		Pattern remnant = Pattern.compile("(?:^|[\\s|])(?:3\\s?[.,:]\\s?)?" + number + "[~.,:\\-]+\\s*(\\p{L}[^|]*)");
		String text = "";
		int line = from;
		for (int j = from; j < to && text.isEmpty(); j++) {
			Matcher found = remnant.matcher(lines.get(j));
			if (found.find()) {
				Matcher end = CELL_END.matcher(found.group(1));
				text = (end.find() ? found.group(1).substring(0, end.start()) : found.group(1)).strip();
				line = j;
			}
		}
		return new ImportedTask(section, "3." + number, text, null, null, List.of(), null, null, null, line + 1,
				line + 1);
	}

	private static boolean upperCaseTitle(String title) {
		int letters = 0;
		int upper = 0;
		for (int i = 0; i < title.length(); i++) {
			char c = title.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters >= 6 && upper * 10 >= letters * 8;
	}

}
