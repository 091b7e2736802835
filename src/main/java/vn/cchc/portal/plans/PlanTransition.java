package vn.cchc.portal.plans;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One step of a plan's life, with who took it and when.
 */
@Entity
class PlanTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	@Enumerated(EnumType.STRING)
	private PlanStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private PlanStatus toStatus;

	private String decisionNumber;

	private LocalDate decisionDate;

	private String note;

	private String actor;

	private Instant at;

	protected PlanTransition() {
	}

	PlanTransition(long planId, PlanStatus from, PlanStatus to, String decisionNumber, LocalDate decisionDate,
			String note, String actor, Instant at) {
		this.planId = planId;
		this.fromStatus = from;
		this.toStatus = to;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.note = note;
		this.actor = actor;
		this.at = at;
	}

	PlanView.Step toView() {
		return new PlanView.Step(this.fromStatus, this.toStatus, this.decisionNumber, this.decisionDate, this.note,
				this.actor, this.at);
	}

}
