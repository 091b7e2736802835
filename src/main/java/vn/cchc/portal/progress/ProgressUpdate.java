package vn.cchc.portal.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One saved update of an assignment in a period. Never changed afterwards: the latest is
 * the current state, the others its history.
 */
@Entity
class ProgressUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long assignmentId;

	private Long periodId;

	@Enumerated(EnumType.STRING)
	private ProgressStatus status;

	private int percent;

	private String results;

	private String difficulties;

	private String proposals;

	private boolean late;

	private String author;

	private Instant createdAt;

	protected ProgressUpdate() {
	}

	ProgressUpdate(long assignmentId, long periodId, ProgressStatus status, int percent, String results,
			String difficulties, String proposals, boolean late, String author, Instant createdAt) {
		this.assignmentId = assignmentId;
		this.periodId = periodId;
		this.status = status;
		this.percent = percent;
		this.results = results;
		this.difficulties = difficulties;
		this.proposals = proposals;
		this.late = late;
		this.author = author;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	Long getAssignmentId() {
		return this.assignmentId;
	}

	UpdateView toView() {
		return new UpdateView(this.status, this.percent, this.results, this.difficulties, this.proposals, this.late,
				this.author, this.createdAt);
	}

}
