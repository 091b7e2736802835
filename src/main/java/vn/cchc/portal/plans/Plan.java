package vn.cchc.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * An annual CCHC plan: the province's, or an agency's plan implementing it. The plan
 * holds its header, sections and targets; its tasks are edited one by one
 * ({@link PlanTask}).
 */
@Entity
class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year")
	private int year;

	private Long ownerAgencyId;

	private Long parentPlanId;

	private String title;

	private String decisionNumber;

	private LocalDate decisionDate;

	private String signer;

	private String legalBases;

	private String purposes;

	private String implementation;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	private Long copiedFromPlanId;

	@Version
	private long version;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderBy("position")
	private List<PlanSection> sections = new ArrayList<>();

	// Each target carries its own version: adding or removing one does not make an open
	// edit of the header stale.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderBy("position")
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	private List<PlanTarget> targets = new ArrayList<>();

	protected Plan() {
	}

	Plan(int year, long ownerAgencyId, Long parentPlanId, String title, String actor, Instant now) {
		this.year = year;
		this.ownerAgencyId = ownerAgencyId;
		this.parentPlanId = parentPlanId;
		this.title = title;
		this.createdBy = actor;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	int getYear() {
		return this.year;
	}

	long getOwnerAgencyId() {
		return this.ownerAgencyId;
	}

	Long getParentPlanId() {
		return this.parentPlanId;
	}

	String getTitle() {
		return this.title;
	}

	String getDecisionNumber() {
		return this.decisionNumber;
	}

	LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	String getSigner() {
		return this.signer;
	}

	String getLegalBases() {
		return this.legalBases;
	}

	String getPurposes() {
		return this.purposes;
	}

	String getImplementation() {
		return this.implementation;
	}

	PlanStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	List<PlanSection> getSections() {
		return this.sections;
	}

	List<PlanTarget> getTargets() {
		return this.targets;
	}

	/**
	 * The day agencies and groups are read on: the decision's date once there is one,
	 * else the start of the plan year's preparation (plans are drafted in December of the
	 * year before).
	 */
	LocalDate referenceDate() {
		return (this.decisionDate != null) ? this.decisionDate : LocalDate.of(this.year - 1, 12, 1);
	}

	void describe(String title, String decisionNumber, LocalDate decisionDate, String signer, String legalBases,
			String purposes, String implementation, String actor, Instant now) {
		requireEditable();
		this.title = title;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.signer = signer;
		this.legalBases = legalBases;
		this.purposes = purposes;
		this.implementation = implementation;
		touch(actor, now);
	}

	PlanSection addSection(String label, String title, String domainCode, String actor, Instant now) {
		requireEditable();
		PlanSection section = new PlanSection(this.sections.size() + 1, label, title, domainCode);
		this.sections.add(section);
		touch(actor, now);
		return section;
	}

	PlanTarget addTarget(PlanTarget target) {
		requireEditable();
		int last = this.targets.stream().mapToInt(PlanTarget::getPosition).max().orElse(0);
		target.placeAt(last + 1);
		this.targets.add(target);
		return target;
	}

	/** The target of this plan with that id, or nothing. */
	java.util.Optional<PlanTarget> target(long targetId) {
		return this.targets.stream().filter((target) -> target.getId() == targetId).findFirst();
	}

	void removeTarget(PlanTarget target) {
		requireEditable();
		this.targets.remove(target);
	}

	/** Sent to the chairman for approval: no longer freely editable. */
	void submit(String actor, Instant now) {
		requireStatus(PlanStatus.DRAFT);
		this.status = PlanStatus.SUBMITTED;
		touch(actor, now);
	}

	/** Sent back for changes before it is issued. */
	void returnToDraft(String actor, Instant now) {
		requireStatus(PlanStatus.SUBMITTED);
		this.status = PlanStatus.DRAFT;
		touch(actor, now);
	}

	/**
	 * Issued by decision. The first decision becomes the plan's own; an amendment's
	 * decision is kept with its version and transition.
	 */
	void issue(String decisionNumber, LocalDate decisionDate, boolean firstIssue, String actor, Instant now) {
		requireStatus(PlanStatus.SUBMITTED);
		if (firstIssue) {
			this.decisionNumber = decisionNumber;
			this.decisionDate = decisionDate;
		}
		this.status = PlanStatus.ISSUED;
		touch(actor, now);
	}

	/**
	 * An issued plan is changed only by an amendment: back to a draft of the next
	 * version.
	 */
	void startAmendment(String actor, Instant now) {
		requireStatus(PlanStatus.ISSUED);
		this.status = PlanStatus.DRAFT;
		touch(actor, now);
	}

	/** The year is over: nothing changes any more. */
	void close(String actor, Instant now) {
		requireStatus(PlanStatus.ISSUED);
		this.status = PlanStatus.CLOSED;
		touch(actor, now);
	}

	private void requireStatus(PlanStatus expected) {
		if (this.status != expected) {
			throw new PlanWorkflowException("plans.workflow.error.status");
		}
	}

	void requireEditable() {
		if (!this.status.isEditable()) {
			throw new PlanNotEditableException();
		}
	}

	void touch(String actor, Instant now) {
		this.updatedBy = actor;
		this.updatedAt = now;
	}

}
