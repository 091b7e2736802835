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

	/** A target: its wording, and its measurable part when there is one. */
	public record Target(String wording, String comparator, BigDecimal value, String unit) {
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
