package vn.cchc.portal.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The words of a report as the planner edits them; {@code version} is the saved version
 * the planner started from (none for a first draft).
 */
public class ReportDraft {

	static final int LONG_TEXT = 20_000;

	@NotBlank(message = "{form.required}")
	@Size(max = 200, message = "{form.tooLong}")
	private String issuer;

	@NotBlank(message = "{form.required}")
	@Size(max = 60, message = "{form.tooLong}")
	private String documentNumber;

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.tooLong}")
	private String place;

	@NotNull(message = "{form.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportDate;

	@NotBlank(message = "{form.required}")
	@Size(max = 500, message = "{form.tooLong}")
	private String title;

	@Size(max = LONG_TEXT, message = "{form.tooLong}")
	private String direction;

	private Map<String, @Size(max = LONG_TEXT, message = "{form.tooLong}") String> domainTexts = new LinkedHashMap<>();

	@Size(max = LONG_TEXT, message = "{form.tooLong}")
	private String difficulties;

	@Size(max = LONG_TEXT, message = "{form.tooLong}")
	private String proposals;

	@Size(max = 5_000, message = "{form.tooLong}")
	private String recipients;

	@NotBlank(message = "{form.required}")
	@Size(max = 200, message = "{form.tooLong}")
	private String signerTitle;

	@Size(max = 100, message = "{form.tooLong}")
	private String signerName;

	private Long version;

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public LocalDate getReportDate() {
		return this.reportDate;
	}

	public void setReportDate(LocalDate reportDate) {
		this.reportDate = reportDate;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDirection() {
		return this.direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}

	public Map<String, String> getDomainTexts() {
		return this.domainTexts;
	}

	public void setDomainTexts(Map<String, String> domainTexts) {
		this.domainTexts = domainTexts;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public void setDifficulties(String difficulties) {
		this.difficulties = difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public void setProposals(String proposals) {
		this.proposals = proposals;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}

	public String getSignerTitle() {
		return this.signerTitle;
	}

	public void setSignerTitle(String signerTitle) {
		this.signerTitle = signerTitle;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
