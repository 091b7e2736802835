package vn.cchc.portal.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A step in an agency report's life: who did it, when, and what they wrote. */
@Entity
class AgencyReportEvent {

	enum Action {

		SUBMITTED, RETURNED, ACCEPTED, ITEM_SENT_BACK, REMINDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private Long assignmentId;

	private String comment;

	private String actor;

	private Instant at;

	protected AgencyReportEvent() {
	}

	AgencyReportEvent(long reportId, Action action, Long assignmentId, String comment, String actor, Instant at) {
		this.reportId = reportId;
		this.action = action;
		this.assignmentId = assignmentId;
		this.comment = comment;
		this.actor = actor;
		this.at = at;
	}

	ReportEventView toView() {
		return new ReportEventView(this.action.name(), this.assignmentId, this.comment, this.actor, this.at);
	}

	/** A step of a report as pages show it. */
	public record ReportEventView(String action, Long assignmentId, String comment, String actor, Instant at) {
	}

}
