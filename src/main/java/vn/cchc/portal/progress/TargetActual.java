package vn.cchc.portal.progress;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A value an agency reported for a target in a period; the latest one counts. */
@Entity
class TargetActual {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long targetId;

	private Long agencyId;

	private Long periodId;

	private BigDecimal value;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	protected TargetActual() {
	}

	TargetActual(long targetId, long agencyId, long periodId, BigDecimal value, String note, String recordedBy,
			Instant recordedAt) {
		this.targetId = targetId;
		this.agencyId = agencyId;
		this.periodId = periodId;
		this.value = value;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Long getTargetId() {
		return this.targetId;
	}

	BigDecimal getValue() {
		return this.value;
	}

	String getNote() {
		return this.note;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

}
