package vn.cchc.portal.plans;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An agency's duty to carry out and report on a task, as lead or coordinator. A task led
 * by a group gives one to each member agency of the plan's date; a reorganisation moves
 * an open one to the successor and keeps where it came from.
 */
@Entity
class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long taskId;

	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private TaskParty.Role role;

	private String viaGroupCode;

	private boolean active = true;

	private Long movedFromAgencyId;

	private Long movedByEventId;

	private LocalDate movedOn;

	@Version
	private long version;

	protected Assignment() {
	}

	Assignment(long taskId, long agencyId, TaskParty.Role role, String viaGroupCode) {
		this.taskId = taskId;
		this.agencyId = agencyId;
		this.role = role;
		this.viaGroupCode = viaGroupCode;
	}

	/** Hands the assignment to the agency that took over, remembering the move. */
	void moveTo(long successorId, long eventId, LocalDate effective) {
		this.movedFromAgencyId = this.agencyId;
		this.agencyId = successorId;
		this.movedByEventId = eventId;
		this.movedOn = effective;
	}

	/** The successor already has this task: this one ends, with the record of why. */
	void mergeInto(long successorId, long eventId, LocalDate effective) {
		this.movedFromAgencyId = this.agencyId;
		this.movedByEventId = eventId;
		this.movedOn = effective;
		this.active = false;
	}

	long getTaskId() {
		return this.taskId;
	}

	long getAgencyId() {
		return this.agencyId;
	}

	TaskParty.Role getRole() {
		return this.role;
	}

	boolean isActive() {
		return this.active;
	}

	Long getMovedFromAgencyId() {
		return this.movedFromAgencyId;
	}

	Long getMovedByEventId() {
		return this.movedByEventId;
	}

}
