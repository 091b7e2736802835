package vn.cchc.portal.progress;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A file proving work done, with the metadata of the document it is. Its bytes are in
 * {@code evidence_file}, read only when downloaded.
 */
@Entity
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agencyId;

	private Long assignmentId;

	private Long periodId;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private String title;

	private String documentNumber;

	private LocalDate documentDate;

	private String issuer;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Evidence() {
	}

	Evidence(long agencyId, long assignmentId, long periodId, String fileName, EvidenceType type, long sizeBytes,
			String sha256, EvidenceMetadata metadata, String uploadedBy, Instant uploadedAt) {
		this.agencyId = agencyId;
		this.assignmentId = assignmentId;
		this.periodId = periodId;
		this.fileName = fileName;
		this.mediaType = type.mediaType();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.title = metadata.title();
		this.documentNumber = metadata.documentNumber();
		this.documentDate = metadata.documentDate();
		this.issuer = metadata.issuer();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return this.id;
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

	String getFileName() {
		return this.fileName;
	}

	String getMediaType() {
		return this.mediaType;
	}

	EvidenceView toView() {
		return new EvidenceView(this.id, this.assignmentId, this.fileName, this.mediaType, this.sizeBytes,
				new EvidenceMetadata(this.title, this.documentNumber, this.documentDate, this.issuer), this.uploadedBy,
				this.uploadedAt);
	}

}
