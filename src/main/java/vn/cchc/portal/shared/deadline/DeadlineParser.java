package vn.cchc.portal.shared.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline's wording, as plans write it or as a person types it, into a
 * {@link Deadline}.
 * <p>
 * The wording is folded (lower case, no diacritics), so "quy 2/2024", "thuong xuyen" and
 * OCR text without diacritics read like the original. Labels ("Thời gian thực hiện:"),
 * document references ("Kế hoạch số 140/KH-UBND ngày 14/10/2021") and programme periods
 * ("giai đoạn 2022 - 2025") are blanked out first so that their dates are not taken for
 * deadlines. The text is then cut into segments at ";" and at full stops, and each
 * segment is scanned for time expressions; a segment that starts with a condition ("Sau
 * khi…", "Theo lộ trình…") is conditional whatever dates it mentions. One expression
 * gives its own kind, several give a {@link DeadlineKind#MULTIPLE} deadline.
 * <p>
 * See docs/deadlines.md for the rules and the decisions behind them.
 */
public final class DeadlineParser {

	/** Confidence of a reading that needed an OCR repair ("111" for III, "trudc"). */
	static final double OCR_REPAIRED = 0.8;

	/**
	 * Confidence of "định kỳ" with no period: the period comes from the reporting regime.
	 */
	static final double PERIOD_INFERRED = 0.9;

	/** Confidence of a condition found inside a segment rather than leading it. */
	static final double CONDITION_INSIDE = 0.8;

	/** Confidence of a quarter whose number is lost ("Quý /2021"). */
	static final double QUARTER_UNREADABLE = 0.3;

	private static final String BEFORE = "(?<before>(?:truoc|trudc|trude|truod)\\s+)?";

	private static final String YEAR_WORD = "(?:nam|ndm|nim|niim)";

	/**
	 * A quarter numeral, Roman, Arabic or OCR-garbled, not followed by a letter or digit.
	 */
	private static final String Q = "(?:[ivl1|]{1,4}|[2-4])(?![a-z0-9])";

	private static final Pattern LABEL = Pattern
		.compile("^[\\s\\-+~•*]*(?:th\\S{0,4}\\s*gian|thoi\\s+han|han\\s+chot)[^:;]{0,30}[:;]");

	private static final Pattern[] REFERENCES = {
			// "số 140/KH-UBND", "số 06/2017/QĐ-UBND" and the date that follows it
			Pattern
				.compile("\\bso\\s*:?\\s*\\d+[a-z0-9/&.\\-]*(?:\\s+ngay\\s+\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})?"),
			// "09/2019/NĐ-CP", "1648/QĐ-UBND" without "số"
			Pattern.compile("\\b\\d+(?:/\\d{4})?/[a-z][a-z0-9&.\\-]*"),
			// the date of a document: "ngày 30/11/2022 của Chủ tịch"
			Pattern.compile("\\bngay\\s+\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}(?=\\s+(?:cua|ve|tai)\\b)"),
			// a programme's period, not the task's: "giai đoạn 2022 - 2025"
			Pattern.compile("\\bgiai\\s+doan\\s+\\d{4}\\s*-\\s*\\d{4}") };

	private static final Pattern SEGMENT_END = Pattern.compile(";|\\.(?=\\s|$)");

	/** Words that only introduce the deadline: "Hoàn thành trong Quý III/2021". */
	private static final Pattern LEAD = Pattern
		.compile("[\\s\\-+~•*:,.]*(?:(?:hoan\\s+thanh|th[uy]c\\s+hien|trien\\s+khai)\\s+)*");

	private static final String CONDITION = "(?:sau\\s+khi|khi\\s+(?:co|c6|¢6|duoc)|tuy\\s+(?:theo|thuoc)|phu\\s+thuoc"
			+ "|theo\\s*(?:lo|16|l6)\\s+trinh|theo\\s+(?:tien\\s+do|ke\\s+hoach|kh\\b|quy\\s+dinh|huong\\s+dan"
			+ "|yeu\\s+cau|chi\\s+dao|de\\s+an|chuong\\s+trinh|thong\\s+bao|van\\s+ban|quyet\\s+dinh|nghi\\s+quyet"
			+ "|nhu\\s+cau|thuc\\s+te))";

	private static final Pattern CONDITION_LEADING = Pattern.compile(CONDITION + "\\b");

	private static final Pattern CONDITION_ANYWHERE = Pattern.compile("\\b" + CONDITION + "\\b");

	private static final Pattern OCR_WORDS = Pattern
		.compile("(?<![a-z0-9])(?:trudc|trude|truod|ndm|nim|niim|c6|¢6|theolo|16\\s+trinh|l6\\s+trinh)(?![a-z0-9])");

	private static final Pattern QUARTER_ITEM = Pattern
		.compile("(?:(?<sep>-|,|va|den|toi)\\s*)?(?:quy\\s*)?(?<q>" + Q + ")");

	private static final List<Rule> RULES = List.of(
			// "Năm 2021 và các năm tiếp theo": the work goes on after the plan year
			new Rule(YEAR_WORD + "\\s*(?<y>\\d{4})\\s*(?:va|,)\\s*(?:cac|nhung)\\s+nam\\s+(?:tiep\\s+theo|sau)",
					DeadlineParser::continuingFromYear),
			// "Quy 112024": numeral and year glued by OCR; which quarter is anyone's
			// guess
			new Rule(BEFORE + "quy\\s*[1il|]{1,3}(?<y>20\\d{2})(?!\\d)", DeadlineParser::unreadableQuarter),
			new Rule(
					BEFORE + "quy\\s*(?:(?<list>" + Q + "(?:\\s*(?:-|,|va|den|toi)\\s*(?:quy\\s*)?" + Q
							+ ")*)|(?=\\s*/)|\\s*-\\s*[ivxl1|]{0,3}(?![a-z0-9])|(?=\\s+" + YEAR_WORD
							+ "\\s*\\d{4}))(?:\\s*[/,]?\\s*(?:" + YEAR_WORD + "\\s*)?(?<y>\\d{4}))?(?!\\d)",
					DeadlineParser::quarters),
			new Rule(BEFORE + "(?:(?<n>6|06|sau|9|09|chin)\\s+thang|nua)\\s+(?<which>dau|cuoi)(?:\\s+" + YEAR_WORD
					+ ")?(?:\\s*(?<y>\\d{4}))?(?!\\d)", DeadlineParser::partOfYear),
			new Rule("(?:dinh\\s+ky\\s+)?(?:hang|moi)\\s+(?<unit>thang|quy|nam)(?:\\s+trong\\s+" + YEAR_WORD
					+ "(?:\\s*(?<y>\\d{4}))?)?(?!\\d)", DeadlineParser::recurring),
			new Rule("dinh\\s+ky\\s+(?<n>1|01|3|03|6|06|12)\\s+thang(?:\\s+(?:mot|1)\\s+lan)?",
					DeadlineParser::recurring),
			new Rule("dinh\\s+ky\\s+(?<unit>quy|nam)\\b", DeadlineParser::recurring),
			new Rule("dinh\\s+ky\\b(?:\\s+trong\\s+" + YEAR_WORD + "(?:\\s*(?<y>\\d{4}))?)?(?!\\d)",
					DeadlineParser::recurring),
			new Rule(
					"(?:nhiem\\s+vu\\s+|th[uy]c\\s+hien\\s+)?(?:thuong\\s+xuyen|lien\\s+tuc)(?<within>\\s+trong\\s+(?:ca\\s+|suot\\s+)?"
							+ YEAR_WORD + "(?:\\s*(?<y>\\d{4}))?)?(?!\\d)",
					DeadlineParser::continuous),
			new Rule(BEFORE + "thang\\s*(?<m>\\d{1,2})(?!\\d)(?:\\s*[/,\\-]?\\s*(?:" + YEAR_WORD
					+ "\\s*)?(?<y>\\d{4}))?(?!\\d)", DeadlineParser::month),
			new Rule(
					"(?:" + BEFORE.replace("\\s+)?", ")")
							+ "\\s+|(?:cham\\s+nhat|han\\s+cuoi|han|den|khong\\s+qua)\\s+(?:la\\s+)?)?(?:ngay\\s*)?"
							+ "(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}))?(?![\\d/])",
					DeadlineParser::date),
			new Rule(BEFORE + "(?:(?:trong|ca|den|het|suot)\\s+)*" + YEAR_WORD
					+ "\\s*(?<y>\\d{4})(?:\\s*-\\s*(?<y2>\\d{4}))?(?!\\d)", DeadlineParser::year),
			new Rule("(?:trong|ca|suot)\\s+(?:ca\\s+)?" + YEAR_WORD + "\\b(?!\\s*\\d)", DeadlineParser::year));

	private DeadlineParser() {
	}

	/**
	 * Reads a deadline's wording.
	 * @param wording the wording as written, with or without diacritics, labels or OCR
	 * noise
	 * @param planYear the year of the plan: years left out ("Quý II", "Trong năm") mean
	 * this year
	 * @return the deadline, {@link DeadlineKind#UNKNOWN} when nothing was recognised;
	 * never null
	 */
	public static Deadline parse(String wording, int planYear) {
		AlignedFold text = AlignedFold.of(wording);
		String folded = blankLabelAndReferences(text.folded());
		List<Deadline> parts = new ArrayList<>();
		int start = 0;
		Matcher end = SEGMENT_END.matcher(folded);
		while (start < folded.length()) {
			int stop = end.find(start) ? end.start() : folded.length();
			parts.addAll(readSegment(new Scan(text, folded, planYear), start, stop));
			start = (stop < folded.length()) ? stop + 1 : stop;
		}
		if (parts.isEmpty()) {
			return Deadline.unknown(text.original(), planYear);
		}
		if (parts.size() == 1) {
			return parts.getFirst().withWording(text.original());
		}
		return Deadline.multiple(text.original(), planYear, parts);
	}

	private static String blankLabelAndReferences(String folded) {
		StringBuilder text = new StringBuilder(folded);
		Matcher label = LABEL.matcher(text);
		if (label.lookingAt()) {
			blank(text, label.start(), label.end());
		}
		for (Pattern reference : REFERENCES) {
			Matcher matcher = reference.matcher(text);
			while (matcher.find()) {
				blank(text, matcher.start(), matcher.end());
			}
		}
		return text.toString();
	}

	/** Blanks keep every position aligned with the original wording. */
	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

	private static List<Deadline> readSegment(Scan scan, int start, int end) {
		Matcher lead = LEAD.matcher(scan.folded).region(start, end);
		int from = lead.lookingAt() ? lead.end() : start;
		if (from >= end) {
			return List.of();
		}
		Matcher condition = CONDITION_LEADING.matcher(scan.folded).region(from, end);
		if (condition.lookingAt()) {
			double confidence = OCR_WORDS.matcher(condition.group()).find() ? OCR_REPAIRED : 1.0;
			return List.of(Deadline.conditional(scan.text.originalOf(from, end), scan.planYear, confidence));
		}
		List<Deadline> found = new ArrayList<>();
		int i = from;
		next: while (i < end) {
			if (i > 0 && Character.isLetterOrDigit(scan.folded.charAt(i - 1))) {
				i++;
				continue;
			}
			for (Rule rule : RULES) {
				Matcher matcher = rule.pattern.matcher(scan.folded).region(i, end);
				matcher.useTransparentBounds(true).useAnchoringBounds(false);
				if (matcher.lookingAt()) {
					List<Deadline> read = rule.reader.read(matcher, scan);
					if (!read.isEmpty()) {
						double ceiling = OCR_WORDS.matcher(matcher.group()).find() ? OCR_REPAIRED : 1.0;
						read.forEach((deadline) -> found.add(deadline.withConfidenceAtMost(ceiling)));
						i = matcher.end();
						continue next;
					}
				}
			}
			i++;
		}
		if (found.isEmpty() && CONDITION_ANYWHERE.matcher(scan.folded).region(from, end).find()) {
			return List.of(Deadline.conditional(scan.text.originalOf(from, end), scan.planYear, CONDITION_INSIDE));
		}
		return found;
	}

	private static List<Deadline> continuingFromYear(Matcher matcher, Scan scan) {
		LocalDate start = LocalDate.of(Integer.parseInt(matcher.group("y")), 1, 1);
		return List.of(Deadline.continuous(scan.wordingOf(matcher), scan.planYear, start, null, 1.0));
	}

	private static List<Deadline> unreadableQuarter(Matcher matcher, Scan scan) {
		int year = Integer.parseInt(matcher.group("y"));
		return List.of(Deadline.dated(scan.wordingOf(matcher), DeadlineKind.QUARTER, scan.planYear,
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), QUARTER_UNREADABLE));
	}

	/**
	 * "Quý II/2021", "Quý II-III/2021", "Quý I và Quý II năm 2024", "Quý II và Quý
	 * IV/2021". Consecutive quarters make one range; quarters with a gap make separate
	 * milestones. An unreadable numeral ("Quý /2021") gives the whole year as an outer
	 * bound, so that nothing is ever flagged overdue too early, with a low confidence.
	 */
	private static List<Deadline> quarters(Matcher matcher, Scan scan) {
		int year = scan.yearOf(matcher.group("y"));
		boolean before = matcher.group("before") != null;
		String wording = scan.wordingOf(matcher);
		String list = matcher.group("list");
		if (list == null) {
			return List.of(Deadline.dated(wording, DeadlineKind.QUARTER, scan.planYear, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31), QUARTER_UNREADABLE));
		}
		TreeSet<Integer> chosen = new TreeSet<>();
		boolean repaired = false;
		boolean valid = true;
		Matcher item = QUARTER_ITEM.matcher(list);
		int previous = 0;
		while (item.find()) {
			QuarterNumeral numeral = QuarterNumeral.read(item.group("q"));
			repaired |= numeral.repaired();
			valid &= numeral.isValid();
			String separator = item.group("sep");
			boolean range = separator != null && !separator.equals(",") && !separator.equals("va");
			if (range && previous > 0 && numeral.quarter() >= previous) {
				for (int q = previous; q <= numeral.quarter(); q++) {
					chosen.add(q);
				}
			}
			else {
				chosen.add(numeral.quarter());
			}
			previous = numeral.quarter();
		}
		if (!valid || chosen.isEmpty()) {
			return List.of(Deadline.dated(wording, DeadlineKind.QUARTER, scan.planYear, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31), QUARTER_UNREADABLE));
		}
		double confidence = repaired ? OCR_REPAIRED : 1.0;
		List<Deadline> runs = new ArrayList<>();
		int runStart = chosen.first();
		int runEnd = runStart;
		for (int q : chosen.tailSet(runStart, false)) {
			if (q != runEnd + 1) {
				runs.add(quarterRun(wording, scan, year, runStart, runEnd, before, confidence));
				runStart = q;
			}
			runEnd = q;
		}
		runs.add(quarterRun(wording, scan, year, runStart, runEnd, before, confidence));
		return runs;
	}

	private static Deadline quarterRun(String wording, Scan scan, int year, int first, int last, boolean before,
			double confidence) {
		DeadlineKind kind = (first == last) ? DeadlineKind.QUARTER : DeadlineKind.QUARTER_RANGE;
		LocalDate start = LocalDate.of(year, first * 3 - 2, 1);
		LocalDate end = YearMonth.of(year, last * 3).atEndOfMonth();
		return window(wording, kind, scan, start, end, before, confidence);
	}

	/** "6 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng đầu năm", "nửa đầu năm". */
	private static List<Deadline> partOfYear(Matcher matcher, Scan scan) {
		int year = scan.yearOf(matcher.group("y"));
		String months = matcher.group("n");
		boolean first = matcher.group("which").equals("dau");
		boolean nine = months != null && (months.endsWith("9") || months.equals("chin"));
		if (nine && !first) {
			return List.of();
		}
		boolean before = matcher.group("before") != null;
		if (nine) {
			return List.of(window(scan.wordingOf(matcher), DeadlineKind.NINE_MONTHS, scan, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 9, 30), before, 1.0));
		}
		LocalDate start = first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
		LocalDate end = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
		return List.of(window(scan.wordingOf(matcher), DeadlineKind.HALF_YEAR, scan, start, end, before, 1.0));
	}

	/**
	 * "Hàng quý", "Hằng năm", "định kỳ 6 tháng", "Định kỳ hàng tháng trong năm 2024". A
	 * bare "định kỳ" follows the reporting regime, whose periods (quarter, 6 months, 9
	 * months, year) all end on a quarter's end: quarterly.
	 */
	private static List<Deadline> recurring(Matcher matcher, Scan scan) {
		String unit = group(matcher, "unit");
		String months = group(matcher, "n");
		Recurrence recurrence;
		double confidence = 1.0;
		if ("thang".equals(unit) || "1".equals(months) || "01".equals(months)) {
			recurrence = Recurrence.MONTHLY;
		}
		else if ("quy".equals(unit) || "3".equals(months) || "03".equals(months)) {
			recurrence = Recurrence.QUARTERLY;
		}
		else if ("6".equals(months) || "06".equals(months)) {
			recurrence = Recurrence.HALF_YEARLY;
		}
		else if ("nam".equals(unit) || "12".equals(months)) {
			recurrence = Recurrence.YEARLY;
		}
		else {
			recurrence = Recurrence.QUARTERLY;
			confidence = PERIOD_INFERRED;
		}
		String year = group(matcher, "y");
		Integer within = (year != null) ? Integer.valueOf(year) : null;
		return List.of(Deadline.recurring(scan.wordingOf(matcher), scan.planYear, recurrence, within, confidence));
	}

	/** "Thường xuyên", "Nhiệm vụ thường xuyên", "Thường xuyên trong năm 2024". */
	private static List<Deadline> continuous(Matcher matcher, Scan scan) {
		if (matcher.group("within") == null) {
			return List.of(Deadline.continuous(scan.wordingOf(matcher), scan.planYear, null, null, 1.0));
		}
		int year = scan.yearOf(matcher.group("y"));
		return List.of(Deadline.continuous(scan.wordingOf(matcher), scan.planYear, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), 1.0));
	}

	/**
	 * "Tháng 12 năm 2024", "tháng 6/2024": due at the month's end, or before it starts.
	 */
	private static List<Deadline> month(Matcher matcher, Scan scan) {
		int month = Integer.parseInt(matcher.group("m"));
		if (month < 1 || month > 12) {
			return List.of();
		}
		YearMonth yearMonth = YearMonth.of(scan.yearOf(matcher.group("y")), month);
		return List.of(window(scan.wordingOf(matcher), DeadlineKind.MONTH, scan, yearMonth.atDay(1),
				yearMonth.atEndOfMonth(), matcher.group("before") != null, 1.0));
	}

	/**
	 * "Chậm nhất là ngày 31/01/2024" is due that day; "trước ngày 15/01/2024" the day
	 * before, as "trước tháng 11/2021" is due at the end of October.
	 */
	private static List<Deadline> date(Matcher matcher, Scan scan) {
		LocalDate day;
		try {
			day = LocalDate.of(scan.yearOf(matcher.group("y")), Integer.parseInt(matcher.group("m")),
					Integer.parseInt(matcher.group("d")));
		}
		catch (DateTimeException ex) {
			return List.of();
		}
		LocalDate due = (matcher.group("before") != null) ? day.minusDays(1) : day;
		return List.of(Deadline.dated(scan.wordingOf(matcher), DeadlineKind.DATE, scan.planYear, null, due, 1.0));
	}

	/** "Năm 2021", "Trong năm 2021", "Cả năm", "Năm 2024-2026". */
	private static List<Deadline> year(Matcher matcher, Scan scan) {
		int first = scan.yearOf(group(matcher, "y"));
		String to = group(matcher, "y2");
		int last = (to != null) ? Integer.parseInt(to) : first;
		if (last < first) {
			return List.of();
		}
		return List.of(window(scan.wordingOf(matcher), DeadlineKind.YEAR, scan, LocalDate.of(first, 1, 1),
				LocalDate.of(last, 12, 31), group(matcher, "before") != null, 1.0));
	}

	/** A window due at its end, or, with "trước", due the day before it starts. */
	private static Deadline window(String wording, DeadlineKind kind, Scan scan, LocalDate start, LocalDate end,
			boolean before, double confidence) {
		if (before) {
			return Deadline.dated(wording, kind, scan.planYear, null, start.minusDays(1), confidence);
		}
		return Deadline.dated(wording, kind, scan.planYear, start, end, confidence);
	}

	/** A named group's value, or null when the rule's pattern has no such group. */
	private static String group(Matcher matcher, String name) {
		try {
			return matcher.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private record Scan(AlignedFold text, String folded, int planYear) {

		String wordingOf(Matcher matcher) {
			return this.text.originalOf(matcher.start(), matcher.end());
		}

		int yearOf(String digits) {
			return (digits != null) ? Integer.parseInt(digits) : this.planYear;
		}

	}

	@FunctionalInterface
	private interface Reader {

		/**
		 * The deadlines a match means; empty when the match turns out to be no deadline.
		 */
		List<Deadline> read(Matcher matcher, Scan scan);

	}

	private record Rule(Pattern pattern, Reader reader) {

		Rule(String regex, Reader reader) {
			this(Pattern.compile(regex), reader);
		}

	}

}
