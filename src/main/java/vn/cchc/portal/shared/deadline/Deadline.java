package vn.cchc.portal.shared.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A task's deadline as the plan words it, with the structured interpretation derived from
 * that wording: the kind, the due date when there is one, the window it names, the
 * milestones of a recurring or multi-part deadline, and how sure the interpretation is.
 * <p>
 * The wording is always kept as written; the interpretation can be recomputed from it
 * with {@link DeadlineParser#parse(String, int)}. Instances are immutable.
 */
public final class Deadline {

	/** Below this confidence an editor should ask a person to check the reading. */
	public static final double LOW_CONFIDENCE = 0.5;

	private final String wording;

	private final DeadlineKind kind;

	private final int planYear;

	private final LocalDate windowStart;

	private final LocalDate windowEnd;

	private final LocalDate dueDate;

	private final Recurrence recurrence;

	private final List<Deadline> parts;

	private final double confidence;

	private Deadline(String wording, DeadlineKind kind, int planYear, LocalDate windowStart, LocalDate windowEnd,
			LocalDate dueDate, Recurrence recurrence, List<Deadline> parts, double confidence) {
		this.wording = (wording != null) ? wording : "";
		this.kind = Objects.requireNonNull(kind);
		this.planYear = planYear;
		this.windowStart = windowStart;
		this.windowEnd = windowEnd;
		this.dueDate = dueDate;
		this.recurrence = recurrence;
		this.parts = List.copyOf(parts);
		this.confidence = Math.clamp(confidence, 0.0, 1.0);
	}

	/**
	 * Readings already made. Lists, agency reports and Sở Nội vụ's review read the
	 * deadline of every assignment on every page (15,000 a year in a large province), and
	 * plans repeat a few hundred wordings: parsing each anew was most of the review's
	 * time (docs/benchmarks.md). Bounded: cleared when full.
	 */
	private static final Map<String, Deadline> READINGS = new ConcurrentHashMap<>();

	private static final int MAX_READINGS = 20_000;

	/**
	 * Parses a deadline's wording; see {@link DeadlineParser#parse(String, int)}.
	 */
	public static Deadline parse(String wording, int planYear) {
		if (wording == null) {
			return DeadlineParser.parse(null, planYear);
		}
		String key = planYear + "|" + wording;
		Deadline known = READINGS.get(key);
		if (known != null) {
			return known;
		}
		Deadline read = DeadlineParser.parse(wording, planYear);
		if (READINGS.size() >= MAX_READINGS) {
			READINGS.clear();
		}
		READINGS.put(key, read);
		return read;
	}

	/** A deadline with a last day: DATE, MONTH, QUARTER, …, YEAR. */
	static Deadline dated(String wording, DeadlineKind kind, int planYear, LocalDate windowStart, LocalDate dueDate,
			double confidence) {
		if (!kind.isDated()) {
			throw new IllegalArgumentException(kind + " has no due date");
		}
		return new Deadline(wording, kind, planYear, windowStart, dueDate, dueDate, null, List.of(), confidence);
	}

	static Deadline continuous(String wording, int planYear, LocalDate windowStart, LocalDate windowEnd,
			double confidence) {
		return new Deadline(wording, DeadlineKind.CONTINUOUS, planYear, windowStart, windowEnd, null, null, List.of(),
				confidence);
	}

	/**
	 * A recurring deadline; {@code year} is the year the wording names ("hàng tháng trong
	 * năm 2024") or null when it applies to every plan year ("Hàng quý").
	 */
	static Deadline recurring(String wording, int planYear, Recurrence recurrence, Integer year, double confidence) {
		LocalDate start = (year != null) ? LocalDate.of(year, 1, 1) : null;
		LocalDate end = (year != null) ? LocalDate.of(year, 12, 31) : null;
		return new Deadline(wording, DeadlineKind.RECURRING, planYear, start, end, null,
				Objects.requireNonNull(recurrence), List.of(), confidence);
	}

	static Deadline conditional(String wording, int planYear, double confidence) {
		return new Deadline(wording, DeadlineKind.CONDITIONAL, planYear, null, null, null, null, List.of(), confidence);
	}

	static Deadline unknown(String wording, int planYear) {
		return new Deadline(wording, DeadlineKind.UNKNOWN, planYear, null, null, null, null, List.of(), 0.0);
	}

	/**
	 * Several milestones on one task. The due date is the latest due date of the dated
	 * parts (the day by which everything with a date must be done); the confidence is the
	 * lowest of the parts.
	 */
	static Deadline multiple(String wording, int planYear, List<Deadline> parts) {
		if (parts.size() < 2) {
			throw new IllegalArgumentException("A multiple deadline has at least two parts");
		}
		LocalDate start = parts.stream()
			.map((part) -> part.windowStart)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		LocalDate due = parts.stream()
			.map((part) -> part.dueDate)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		LocalDate end = parts.stream()
			.map((part) -> part.windowEnd)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		double confidence = parts.stream().mapToDouble((part) -> part.confidence).min().orElse(0.0);
		return new Deadline(wording, DeadlineKind.MULTIPLE, planYear, start, end, due, null, parts, confidence);
	}

	/**
	 * The same interpretation for another wording (a part's own words in a longer text).
	 */
	Deadline withWording(String newWording) {
		return new Deadline(newWording, this.kind, this.planYear, this.windowStart, this.windowEnd, this.dueDate,
				this.recurrence, this.parts, this.confidence);
	}

	/** The same interpretation with a lower confidence. */
	Deadline withConfidenceAtMost(double ceiling) {
		return new Deadline(this.wording, this.kind, this.planYear, this.windowStart, this.windowEnd, this.dueDate,
				this.recurrence, this.parts, Math.min(this.confidence, ceiling));
	}

	/** The wording exactly as the plan (or the person typing) wrote it. */
	public String wording() {
		return this.wording;
	}

	public DeadlineKind kind() {
		return this.kind;
	}

	/** The plan year the wording was read against (years left out mean this year). */
	public int planYear() {
		return this.planYear;
	}

	/**
	 * The last day by which the task must be done, when the wording gives one.
	 * Continuous, recurring, conditional and unknown deadlines have none; a multiple
	 * deadline has the latest due date of its dated parts.
	 */
	public Optional<LocalDate> dueDate() {
		return Optional.ofNullable(this.dueDate);
	}

	/**
	 * The first day of the window the wording names, when meaningful: 01/04/2021 for "Quý
	 * II/2021", 01/01/2024 for "Thường xuyên trong năm 2024". None for a single day or
	 * for "trước …", which only bounds the end.
	 */
	public Optional<LocalDate> windowStart() {
		return Optional.ofNullable(this.windowStart);
	}

	/**
	 * The last day of the window the wording names, even when nothing falls due then (the
	 * end of 2024 for "Thường xuyên trong năm 2024"). Equal to the due date for the dated
	 * kinds.
	 */
	public Optional<LocalDate> windowEnd() {
		return Optional.ofNullable(this.windowEnd);
	}

	/** How often a RECURRING deadline comes back. */
	public Optional<Recurrence> recurrence() {
		return Optional.ofNullable(this.recurrence);
	}

	/** The parts of a MULTIPLE deadline, in the order written; empty for other kinds. */
	public List<Deadline> parts() {
		return this.parts;
	}

	/**
	 * How sure the interpretation is: 1.0 when read exactly, lower when the text needed
	 * OCR repair or is partial (0.3 for "Quý /2021"), 0 when nothing was recognised.
	 */
	public double confidence() {
		return this.confidence;
	}

	public boolean isLowConfidence() {
		return this.confidence < LOW_CONFIDENCE;
	}

	/** Whether progress on the task is reported in every period rather than once. */
	public boolean isReportedEveryPeriod() {
		return switch (this.kind) {
			case CONTINUOUS, RECURRING -> true;
			case MULTIPLE -> this.parts.stream().anyMatch(Deadline::isReportedEveryPeriod);
			default -> false;
		};
	}

	/**
	 * The days by which something is due within the given plan year, in order: the due
	 * date of a dated deadline (whatever its year: it was fixed by the wording), one day
	 * per period for a recurring one (none when the wording names another year), the
	 * union of the parts for a multiple one, and none for continuous, conditional and
	 * unknown ones.
	 */
	public List<LocalDate> milestones(int year) {
		return switch (this.kind) {
			case RECURRING -> {
				if (this.windowStart != null && this.windowStart.getYear() != year) {
					yield List.of();
				}
				yield this.recurrence.periodEnds(year);
			}
			case MULTIPLE -> {
				TreeSet<LocalDate> all = new TreeSet<>();
				this.parts.forEach((part) -> all.addAll(part.milestones(year)));
				yield List.copyOf(all);
			}
			default -> (this.dueDate != null) ? List.of(this.dueDate) : List.of();
		};
	}

	/** The milestones within the plan year the wording was read against. */
	public List<LocalDate> milestones() {
		return milestones(this.planYear);
	}

	/**
	 * Whether a task not yet done is overdue on the given day: only when there is a due
	 * date and the day is after it.
	 */
	public boolean isOverdueOn(LocalDate day) {
		return this.dueDate != null && day.isAfter(this.dueDate);
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Deadline that)) {
			return false;
		}
		return this.planYear == that.planYear && Double.compare(this.confidence, that.confidence) == 0
				&& this.wording.equals(that.wording) && this.kind == that.kind
				&& Objects.equals(this.windowStart, that.windowStart) && Objects.equals(this.windowEnd, that.windowEnd)
				&& Objects.equals(this.dueDate, that.dueDate) && this.recurrence == that.recurrence
				&& this.parts.equals(that.parts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.wording, this.kind, this.planYear, this.windowStart, this.windowEnd, this.dueDate,
				this.recurrence, this.parts, this.confidence);
	}

	@Override
	public String toString() {
		return "Deadline[" + this.kind + ", due=" + this.dueDate + ", start=" + this.windowStart + ", end="
				+ this.windowEnd + ((this.recurrence != null) ? ", " + this.recurrence : "")
				+ (this.parts.isEmpty() ? "" : ", parts=" + this.parts) + ", confidence=" + this.confidence + ", \""
				+ this.wording + "\"]";
	}

}
