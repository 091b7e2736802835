package vn.cchc.portal.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Where an assignment stands in a period: a copy of its latest update, and whether the
 * agency head sent it back. {@code revision} counts the updates saved; a save based on an
 * older revision is refused.
 */
@Entity
class AssignmentProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long assignmentId;

	private Long periodId;

	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private int percent;

	private boolean late;

	private int revision;

	private Long latestUpdateId;

	private String updatedBy;

	private Instant updatedAt;

	private String returnedComment;

	private String returnedBy;

	private Instant returnedAt;

	protected AssignmentProgress() {
	}

	AssignmentProgress(long assignmentId, long periodId, long agencyId) {
		this.assignmentId = assignmentId;
		this.periodId = periodId;
		this.agencyId = agencyId;
	}

	/** Takes a newly saved update as the current state; a send-back is answered by it. */
	void advanceTo(ProgressUpdate update) {
		UpdateView view = update.toView();
		this.status = view.status();
		this.percent = view.percent();
		this.late = view.late();
		this.latestUpdateId = update.getId();
		this.updatedBy = view.author();
		this.updatedAt = view.createdAt();
		this.revision++;
		this.returnedComment = null;
		this.returnedBy = null;
		this.returnedAt = null;
	}

	void sendBack(String comment, String by, Instant at) {
		this.returnedComment = comment;
		this.returnedBy = by;
		this.returnedAt = at;
	}

	Long getAssignmentId() {
		return this.assignmentId;
	}

	int getRevision() {
		return this.revision;
	}

	ProgressView toView() {
		return new ProgressView(this.status, this.percent, this.late, this.revision, this.updatedBy, this.updatedAt,
				this.returnedComment, this.returnedBy, this.returnedAt);
	}

}
