package vn.cchc.portal.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as its pages show it: header, sections with their tasks and activities, in
 * order.
 */
public record PlanView(long id, int year, String title, String ownerName, Long parentPlanId, String decisionNumber,
		LocalDate decisionDate, String signer, String legalBases, String purposes, String implementation,
		PlanStatus status, long version, boolean editable, List<Target> targets, List<Section> sections,
		List<DomainCount> domainCounts) {

	public int taskCount() {
		return this.sections.stream().mapToInt((section) -> section.tasks().size()).sum();
	}

	public record Section(long id, String label, String title, String domainCode, String domainName, List<Task> tasks) {
	}

	public record Task(long id, String label, String text, String leadWording, String coordinatorWording,
			List<String> products, String deadlineText, String deadlineKind, LocalDate deadlineDue,
			BigDecimal budgetAmount, String budgetText, String notes, List<Party> leads, List<Party> coordinators,
			List<Task> activities, long version, long assignees, Long originTaskId) {
	}

	/**
	 * A lead or coordinating party: {@code name} when known, the plan's wording always.
	 */
	public record Party(String name, Long agencyId, String groupCode, String wording) {

		public boolean known() {
			return this.name != null;
		}

	}

	/**
	 * The task or activity with that id, as "TT nội dung" (for the targets it serves), or
	 * nothing when it is not in the plan.
	 */
	public String taskTitle(long taskId) {
		return allTasks().stream()
			.filter((task) -> task.id() == taskId)
			.findFirst()
			.map(PlanView::titleOf)
			.orElse(null);
	}

	/** Every task and activity, in the plan's order. */
	public List<Task> allTasks() {
		return this.sections.stream()
			.flatMap((section) -> section.tasks().stream())
			.flatMap((task) -> java.util.stream.Stream.concat(java.util.stream.Stream.of(task),
					task.activities().stream()))
			.toList();
	}

	private static String titleOf(Task task) {
		return (task.label() != null) ? task.label() + " " + task.text() : task.text();
	}

	/**
	 * A target (chỉ tiêu): its wording, its measurable part when there is one (comparator
	 * "≥", "≤" or "=", value, unit), the level it applies to, the baseline and the
	 * decision that set it, whether period values accumulate over the year, and the tasks
	 * and activities that serve it. Boxed, so versions kept before these fields existed
	 * still read.
	 */
	public record Target(Long id, String label, String wording, String metric, String comparator, BigDecimal value,
			String unit, String level, BigDecimal baseline, String source, Boolean cumulative, List<Long> taskIds,
			Long version) {

		/** "≥ 90%", or nothing when the target has no measurable part. */
		public String measure() {
			if (this.value == null) {
				return null;
			}
			String unitPart = (this.unit == null) ? "" : (this.unit.equals("%") ? "%" : " " + this.unit);
			return ((this.comparator != null) ? this.comparator + " " : "") + number(this.value) + unitPart;
		}

		/** The baseline as Vietnamese writes it ("1.200"), or nothing. */
		public String baselineText() {
			return (this.baseline != null) ? number(this.baseline) : null;
		}

		/** A number as Vietnamese writes it: "94,5", "1.200". */
		static String number(BigDecimal value) {
			java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####",
					java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
			return format.format(value);
		}

	}

	public record DomainCount(String code, String name, int sections, int tasks) {
	}

	/** A step of the plan's life. */
	public record Step(PlanStatus from, PlanStatus to, String decisionNumber, LocalDate decisionDate, String note,
			String actor, java.time.Instant at) {
	}

	/** An issued version: the first decision or an amendment. */
	public record VersionInfo(int number, String decisionNumber, LocalDate decisionDate, String createdBy,
			java.time.Instant createdAt) {
	}

}
