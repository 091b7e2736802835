package vn.cchc.portal.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.cchc.portal.progress.PeriodKind;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.progress.ProgressStatistics.Counts;
import vn.cchc.portal.progress.ProgressStatistics.TargetTally;

/**
 * Everything a period's province report says: the planner's words and the figures counted
 * when it is asked for. The Word, PDF and Excel writers only lay it out.
 */
record ProvinceReport(PeriodView period, ReportDraft words, Counts total, List<DomainPart> domains,
		List<TargetTally> targets, Submissions submissions, List<TaskLine> tasks) {

	/** The category names in the report, which is always in Vietnamese. */
	static final Map<Category, String> CATEGORY_NAMES = names();

	/** The columns of the figures by domain, after the domain's name. */
	static final List<Category> COUNTED = List.of(Category.values());

	/** "quý I năm 2026", "6 tháng đầu năm 2026", … */
	static String periodName(PeriodView period) {
		String year = "năm " + period.year();
		return switch (period.kind()) {
			case Q1 -> "quý I " + year;
			case H1 -> "6 tháng đầu " + year;
			case M9 -> "9 tháng đầu " + year;
			case YEAR -> year;
		};
	}

	public String periodName() {
		return periodName(this.period);
	}

	public boolean isYearReport() {
		return this.period.kind() == PeriodKind.YEAR;
	}

	private static Map<Category, String> names() {
		Map<Category, String> names = new EnumMap<>(Category.class);
		names.put(Category.DONE_ON_TIME, "Hoàn thành đúng hạn");
		names.put(Category.DONE_LATE, "Hoàn thành quá hạn");
		names.put(Category.IN_PROGRESS, "Đang thực hiện");
		names.put(Category.NOT_STARTED, "Chưa thực hiện");
		names.put(Category.OVERDUE, "Quá hạn");
		return names;
	}

	/** "Tổng số 12 nhiệm vụ: hoàn thành đúng hạn 5, …" of the whole year. */
	public String totalSentence() {
		return sentence(this.total);
	}

	/**
	 * "Tổng số 12 nhiệm vụ: hoàn thành đúng hạn 5, … (tỷ lệ hoàn thành 41,7 %)." for the
	 * body of the report.
	 */
	static String sentence(Counts counts) {
		StringBuilder text = new StringBuilder("Tổng số ").append(counts.total()).append(" nhiệm vụ");
		if (counts.total() == 0) {
			return text.append('.').toString();
		}
		List<String> parts = new java.util.ArrayList<>();
		for (Category category : COUNTED) {
			if (counts.get(category) > 0) {
				parts.add(CATEGORY_NAMES.get(category).toLowerCase(java.util.Locale.ROOT) + " " + counts.get(category));
			}
		}
		return text.append(": ")
			.append(String.join(", ", parts))
			.append(String.format(java.util.Locale.forLanguageTag("vi"), " (tỷ lệ hoàn thành %.1f %%).",
					counts.percentDone()))
			.toString();
	}

	/** A reform domain's part of the report; {@code code} is null for tasks with none. */
	record DomainPart(String code, String name, Counts counts, String text) {

		public String sentence() {
			return ProvinceReport.sentence(this.counts);
		}

	}

	/**
	 * Which agencies reported: those with work to report, how many submitted and how many
	 * on time, and the late ones.
	 */
	record Submissions(int agencies, int submitted, int onTime, List<LateAgency> late, LocalDate dueDate) {
	}

	/** An agency that reported late or not at all by the report's date. */
	record LateAgency(String name, boolean submitted) {

		public String state() {
			return this.submitted ? "Gửi muộn" : "Chưa gửi";
		}

	}

	/** A row of the appendix: a task and its lead agency. */
	record TaskLine(String domain, String plan, String label, String text, String lead, String deadline,
			Category category) {

		public String status() {
			return CATEGORY_NAMES.get(this.category);
		}

	}

}
