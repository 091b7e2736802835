package vn.cchc.portal.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The words of a period's province report as Sở Nội vụ last saved them. The figures are
 * not kept: they are counted at every download.
 */
@Entity
class PeriodicReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long periodId;

	private String issuer;

	private String documentNumber;

	private String place;

	private LocalDate reportDate;

	private String title;

	private String direction;

	/** The highlights written for each reform domain, by domain code. */
	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> domainTexts = new LinkedHashMap<>();

	private String difficulties;

	private String proposals;

	private String recipients;

	private String signerTitle;

	private String signerName;

	@Version
	private long version;

	private String updatedBy;

	private Instant updatedAt;

	protected PeriodicReport() {
	}

	PeriodicReport(long periodId) {
		this.periodId = periodId;
	}

	void write(ReportDraft draft, String by, Instant at) {
		this.issuer = draft.getIssuer().strip();
		this.documentNumber = draft.getDocumentNumber().strip();
		this.place = draft.getPlace().strip();
		this.reportDate = draft.getReportDate();
		this.title = draft.getTitle().strip();
		this.direction = text(draft.getDirection());
		this.domainTexts = new LinkedHashMap<>();
		draft.getDomainTexts().forEach((code, text) -> this.domainTexts.put(code, text(text)));
		this.difficulties = text(draft.getDifficulties());
		this.proposals = text(draft.getProposals());
		this.recipients = text(draft.getRecipients());
		this.signerTitle = draft.getSignerTitle().strip();
		this.signerName = text(draft.getSignerName());
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** The saved words as a form. */
	ReportDraft toDraft() {
		ReportDraft draft = new ReportDraft();
		draft.setIssuer(this.issuer);
		draft.setDocumentNumber(this.documentNumber);
		draft.setPlace(this.place);
		draft.setReportDate(this.reportDate);
		draft.setTitle(this.title);
		draft.setDirection(this.direction);
		draft.setDomainTexts(new LinkedHashMap<>(this.domainTexts));
		draft.setDifficulties(this.difficulties);
		draft.setProposals(this.proposals);
		draft.setRecipients(this.recipients);
		draft.setSignerTitle(this.signerTitle);
		draft.setSignerName(this.signerName);
		draft.setVersion(this.version);
		return draft;
	}

	private static String text(String text) {
		return (text != null) ? text.strip().replace("\r\n", "\n") : "";
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
