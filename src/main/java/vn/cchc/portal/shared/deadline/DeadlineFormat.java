package vn.cchc.portal.shared.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A short interpretation of a deadline for the editor to show as the wording is typed: "→
 * hạn 30/06/2024", "→ thường xuyên, báo cáo mỗi kỳ", "→ theo quý: 31/03, 30/06, 30/09,
 * 31/12/2024", "→ chưa xác định hạn (phụ thuộc điều kiện)".
 * <p>
 * Vietnamese by default; English for an English locale. The phrases are built around
 * dates and counts, so they live here rather than in a message bundle: the importer and
 * the reports use them outside any web request.
 */
public final class DeadlineFormat {

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private DeadlineFormat() {
	}

	/**
	 * The interpretation of a deadline in the given language.
	 */
	public static String describe(Deadline deadline, Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		Texts texts = english ? Texts.ENGLISH : Texts.VIETNAMESE;
		String text = "→ " + interpretation(deadline, texts);
		if (deadline.kind() != DeadlineKind.UNKNOWN && deadline.isLowConfidence()) {
			text += " " + texts.check;
		}
		return text;
	}

	private static String interpretation(Deadline deadline, Texts texts) {
		return switch (deadline.kind()) {
			case UNKNOWN -> texts.unknown;
			case CONDITIONAL -> texts.conditional;
			case CONTINUOUS -> texts.continuous + deadline.windowEnd()
				.filter((end) -> deadline.windowStart().isPresent())
				.map((end) -> " (" + window(deadline.windowStart().get(), end, texts) + ")")
				.orElse("");
			case RECURRING ->
				texts.recurrence(deadline.recurrence().orElseThrow()) + ": " + dates(deadline.milestones());
			case MULTIPLE -> multiple(deadline, texts);
			default -> dated(deadline, texts);
		};
	}

	private static String dated(Deadline deadline, Texts texts) {
		LocalDate due = deadline.dueDate().orElseThrow();
		if (deadline.isLowConfidence()) {
			return texts.latest + " " + FULL.format(due);
		}
		String text = texts.due + " " + FULL.format(due);
		// A range of quarters or years is worth its start; a single period speaks for
		// itself.
		boolean spansPeriods = deadline.kind() == DeadlineKind.QUARTER_RANGE || (deadline.kind() == DeadlineKind.YEAR
				&& deadline.windowStart().map((start) -> start.getYear() != due.getYear()).orElse(false));
		if (spansPeriods && deadline.windowStart().isPresent()) {
			text += " (" + texts.from + " " + FULL.format(deadline.windowStart().get()) + ")";
		}
		return text;
	}

	private static String multiple(Deadline deadline, Texts texts) {
		List<String> pieces = new ArrayList<>();
		List<LocalDate> milestones = deadline.milestones();
		if (!milestones.isEmpty()) {
			pieces.add(texts.milestones + ": " + dates(milestones));
		}
		if (deadline.parts().stream().anyMatch((part) -> part.kind() == DeadlineKind.CONTINUOUS)) {
			pieces.add(texts.continuous);
		}
		else if (deadline.isReportedEveryPeriod()) {
			pieces.add(texts.reported);
		}
		if (deadline.parts().stream().anyMatch((part) -> part.kind() == DeadlineKind.CONDITIONAL)) {
			pieces.add(texts.partlyConditional);
		}
		return String.join("; ", pieces);
	}

	/** "31/03, 30/06/2024" within one year, full dates otherwise. */
	private static String dates(List<LocalDate> dates) {
		if (dates.isEmpty()) {
			return "-";
		}
		boolean oneYear = dates.stream().map(LocalDate::getYear).distinct().count() == 1;
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			boolean last = i == dates.size() - 1;
			shown.add((oneYear && !last) ? DAY_MONTH.format(dates.get(i)) : FULL.format(dates.get(i)));
		}
		return String.join(", ", shown);
	}

	private static String window(LocalDate start, LocalDate end, Texts texts) {
		if (start.getYear() == end.getYear() && start.getDayOfYear() == 1 && end.getMonthValue() == 12
				&& end.getDayOfMonth() == 31) {
			return texts.year + " " + start.getYear();
		}
		return FULL.format(start) + " – " + FULL.format(end);
	}

	private enum Texts {

		VIETNAMESE("hạn", "hạn muộn nhất", "từ", "thường xuyên, báo cáo mỗi kỳ", "báo cáo mỗi kỳ", "nhiều mốc",
				"chưa xác định hạn (phụ thuộc điều kiện)", "có phần phụ thuộc điều kiện",
				"chưa nhận diện được thời hạn, giữ nguyên văn", "(cần kiểm tra lại)", "năm", "hàng tháng", "theo quý",
				"6 tháng một lần", "hằng năm"),

		ENGLISH("due", "due at the latest", "from", "continuous, reported every period", "reported every period",
				"milestones", "no due date yet (depends on a condition)", "partly depends on a condition",
				"deadline not recognised, wording kept", "(please check)", "year", "monthly", "quarterly",
				"every 6 months", "yearly");

		final String due;

		final String latest;

		final String from;

		final String continuous;

		final String reported;

		final String milestones;

		final String conditional;

		final String partlyConditional;

		final String unknown;

		final String check;

		final String year;

		private final String monthly;

		private final String quarterly;

		private final String halfYearly;

		private final String yearly;

		Texts(String due, String latest, String from, String continuous, String reported, String milestones,
				String conditional, String partlyConditional, String unknown, String check, String year, String monthly,
				String quarterly, String halfYearly, String yearly) {
			this.due = due;
			this.latest = latest;
			this.from = from;
			this.continuous = continuous;
			this.reported = reported;
			this.milestones = milestones;
			this.conditional = conditional;
			this.partlyConditional = partlyConditional;
			this.unknown = unknown;
			this.check = check;
			this.year = year;
			this.monthly = monthly;
			this.quarterly = quarterly;
			this.halfYearly = halfYearly;
			this.yearly = yearly;
		}

		String recurrence(Recurrence recurrence) {
			return switch (recurrence) {
				case MONTHLY -> this.monthly;
				case QUARTERLY -> this.quarterly;
				case HALF_YEARLY -> this.halfYearly;
				case YEARLY -> this.yearly;
			};
		}

	}

}
