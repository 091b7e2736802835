package vn.cchc.portal.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An agency's report for a period. Submitted by the head, it freezes the period's
 * updates; Sở Nội vụ accepts it, or returns it with comments and it is editable again.
 */
@Entity
class AgencyReport {

	enum Status {

		DRAFT, SUBMITTED, RETURNED, ACCEPTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agencyId;

	private Long periodId;

	@Enumerated(EnumType.STRING)
	private Status status = Status.DRAFT;

	private String summary;

	private Instant submittedAt;

	private boolean late;

	@Version
	private long version;

	protected AgencyReport() {
	}

	AgencyReport(long agencyId, long periodId) {
		this.agencyId = agencyId;
		this.periodId = periodId;
	}

	/** Submitted or accepted: updates wait for a return. */
	boolean isFrozen() {
		return this.status == Status.SUBMITTED || this.status == Status.ACCEPTED;
	}

	void submit(String summary, Instant at, boolean late) {
		if (isFrozen()) {
			throw new PeriodException("progress.report.error.status");
		}
		this.status = Status.SUBMITTED;
		this.summary = summary;
		this.submittedAt = at;
		this.late = late;
	}

	void accept() {
		requireSubmitted();
		this.status = Status.ACCEPTED;
	}

	void returnToAgency() {
		requireSubmitted();
		this.status = Status.RETURNED;
	}

	private void requireSubmitted() {
		if (this.status != Status.SUBMITTED) {
			throw new PeriodException("progress.report.error.status");
		}
	}

	Long getId() {
		return this.id;
	}

	long getAgencyId() {
		return this.agencyId;
	}

	long getPeriodId() {
		return this.periodId;
	}

	Status getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	String getSummary() {
		return this.summary;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	boolean isLate() {
		return this.late;
	}

}
