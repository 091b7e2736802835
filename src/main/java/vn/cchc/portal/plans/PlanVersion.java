package vn.cchc.portal.plans;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A plan as it was issued: the first decision, then each amendment. Kept as a snapshot of
 * the whole plan so any two versions can be compared, whatever changed since.
 */
@Entity
class PlanVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private int number;

	private String decisionNumber;

	private LocalDate decisionDate;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private String snapshot;

	private Instant createdAt;

	private String createdBy;

	protected PlanVersion() {
	}

	PlanVersion(long planId, int number, String decisionNumber, LocalDate decisionDate, String snapshot,
			String createdBy, Instant createdAt) {
		this.planId = planId;
		this.number = number;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.snapshot = snapshot;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	int getNumber() {
		return this.number;
	}

	String getSnapshot() {
		return this.snapshot;
	}

	PlanView.VersionInfo toInfo() {
		return new PlanView.VersionInfo(this.number, this.decisionNumber, this.decisionDate, this.createdBy,
				this.createdAt);
	}

}
