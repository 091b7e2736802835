package vn.cchc.portal.progress;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A product of a task delivered: the document issued, with its number and date. */
@Entity
class DeliveredProduct {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agencyId;

	private Long assignmentId;

	private Long periodId;

	private String product;

	private String documentNumber;

	private LocalDate documentDate;

	private String recordedBy;

	private Instant recordedAt;

	protected DeliveredProduct() {
	}

	DeliveredProduct(long agencyId, long assignmentId, long periodId, String product, String documentNumber,
			LocalDate documentDate, String recordedBy, Instant recordedAt) {
		this.agencyId = agencyId;
		this.assignmentId = assignmentId;
		this.periodId = periodId;
		this.product = product;
		this.documentNumber = documentNumber;
		this.documentDate = documentDate;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	long getAgencyId() {
		return this.agencyId;
	}

	long getAssignmentId() {
		return this.assignmentId;
	}

	long getPeriodId() {
		return this.periodId;
	}

	DeliveredProductView toView() {
		return new DeliveredProductView(this.id, this.product, this.documentNumber, this.documentDate, this.recordedBy,
				this.recordedAt);
	}

	/** A delivered product as pages show it. */
	public record DeliveredProductView(long id, String product, String documentNumber, LocalDate documentDate,
			String recordedBy, Instant recordedAt) {
	}

}
