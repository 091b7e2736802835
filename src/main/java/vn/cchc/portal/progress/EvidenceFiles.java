package vn.cchc.portal.progress;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.plans.AgencyWork;
import vn.cchc.portal.shared.text.TypedText;
import vn.cchc.portal.users.PortalUser;

/**
 * Evidence files of an agency's assignments: checked by content and size, stored in the
 * database with their document metadata, read back only by the agency and Sở Nội vụ.
 */
@Service
@Transactional
public class EvidenceFiles {

	private final EvidenceRepository evidence;

	private final AgencyWork work;

	private final ReportingScope scope;

	private final MyTasks myTasks;

	private final AgencyReportRepository reports;

	private final AuditLog auditLog;

	private final DeliveredProductRepository products;

	private final Clock clock;

	private final DataSize maxSize;

	EvidenceFiles(EvidenceRepository evidence, DeliveredProductRepository products, AgencyWork work,
			ReportingScope scope, MyTasks myTasks, AgencyReportRepository reports, AuditLog auditLog, Clock clock,
			@Value("${cchc.evidence.max-size:10MB}") DataSize maxSize) {
		this.evidence = evidence;
		this.products = products;
		this.work = work;
		this.scope = scope;
		this.myTasks = myTasks;
		this.reports = reports;
		this.auditLog = auditLog;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	/** The evidence of an assignment the person may see, newest first. */
	@Transactional(readOnly = true)
	public List<EvidenceView> of(PortalUser user, long assignmentId) {
		if (!reviews(user) && this.work.find(assignmentId, this.scope.of(user)).isEmpty()) {
			return List.of();
		}
		return this.evidence.findByAssignmentIdOrderByUploadedAtDescIdDesc(assignmentId)
			.stream()
			.map(Evidence::toView)
			.toList();
	}

	/**
	 * Adds a file to an assignment of the person's agency in the current period. Refused
	 * when empty, too large or not a PDF, Word, Excel or image file by its content; when
	 * no period takes updates or the agency's report is submitted.
	 */
	public EvidenceView upload(PortalUser user, long assignmentId, String fileName, byte[] content,
			EvidenceMetadata metadata) {
		this.work.find(assignmentId, this.scope.of(user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (content == null || content.length == 0) {
			throw new EvidenceRejectedException("progress.evidence.error.empty");
		}
		if (content.length > this.maxSize.toBytes()) {
			throw new EvidenceRejectedException("progress.evidence.error.tooLarge", this.maxSize.toMegabytes());
		}
		EvidenceType type = EvidenceType.of(content, fileName)
			.orElseThrow(() -> new EvidenceRejectedException("progress.evidence.error.type"));
		ReportingPeriod period = writablePeriod(user);
		Evidence saved = this.evidence
			.save(new Evidence(user.getAgencyId(), assignmentId, period.getId(), safeName(fileName, type), type,
					content.length, sha256(content), clean(metadata), user.getUsername(), this.clock.instant()));
		this.evidence.storeContent(saved.getId(), content);
		this.auditLog.record("EVIDENCE_ADDED", "ASSIGNMENT", assignmentId,
				saved.getFileName() + " (" + content.length + " B)");
		return saved.toView();
	}

	/** Removes a file added by mistake, while the period still takes updates. */
	public void delete(PortalUser user, long evidenceId) {
		Evidence found = this.evidence.findById(evidenceId)
			.filter((e) -> this.scope.of(user).contains(e.getAgencyId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportingPeriod period = writablePeriod(user);
		if (found.getPeriodId() != period.getId()) {
			throw new PeriodException("progress.evidence.error.otherPeriod");
		}
		this.evidence.delete(found);
		this.auditLog.record("EVIDENCE_REMOVED", "ASSIGNMENT", found.getAssignmentId(), found.getFileName());
	}

	/**
	 * The evidence library: the person's agency's files (every agency's for Sở Nội vụ and
	 * leadership), found by title, number, issuer or name without diacritics; at most
	 * 200, newest first.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceView> search(PortalUser user, String query) {
		boolean everyAgency = reviews(user);
		List<Long> scope = this.scope.of(user);
		if (!everyAgency && scope.isEmpty()) {
			return List.of();
		}
		String cleaned = (query != null) ? query.strip() : "";
		if (cleaned.length() > 200) {
			cleaned = cleaned.substring(0, 200);
		}
		return this.evidence.search(everyAgency, scope.isEmpty() ? List.of(-1L) : scope, cleaned)
			.stream()
			.map(Evidence::toView)
			.toList();
	}

	/** The products of an assignment recorded as delivered, newest first. */
	@Transactional(readOnly = true)
	public List<DeliveredProduct.DeliveredProductView> products(PortalUser user, long assignmentId) {
		if (!reviews(user) && this.work.find(assignmentId, this.scope.of(user)).isEmpty()) {
			return List.of();
		}
		return this.products.findByAssignmentIdOrderByRecordedAtDescIdDesc(assignmentId)
			.stream()
			.map(DeliveredProduct::toView)
			.toList();
	}

	/** Records a product delivered, by its document's number and date. */
	public void deliver(PortalUser user, long assignmentId, String product, String documentNumber,
			LocalDate documentDate) {
		this.work.find(assignmentId, this.scope.of(user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportingPeriod period = writablePeriod(user);
		this.products.save(new DeliveredProduct(user.getAgencyId(), assignmentId, period.getId(), product.strip(),
				TypedText.orNull(documentNumber), documentDate, user.getUsername(), this.clock.instant()));
		this.auditLog.record("PRODUCT_DELIVERED", "ASSIGNMENT", assignmentId,
				product.strip() + ((documentNumber != null) ? " (" + documentNumber.strip() + ")" : ""));
	}

	/** Removes a product recorded by mistake in the current period. */
	public void undeliver(PortalUser user, long productId) {
		DeliveredProduct found = this.products.findById(productId)
			.filter((p) -> this.scope.of(user).contains(p.getAgencyId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (found.getPeriodId() != writablePeriod(user).getId()) {
			throw new PeriodException("progress.evidence.error.otherPeriod");
		}
		this.products.delete(found);
		this.auditLog.record("PRODUCT_REMOVED", "ASSIGNMENT", found.getAssignmentId(), found.toView().product());
	}

	/** A file with its bytes, for its agency and for Sở Nội vụ; for others none. */
	@Transactional(readOnly = true)
	public Optional<EvidenceFile> download(PortalUser user, long evidenceId) {
		return this.evidence.findById(evidenceId)
			.filter((e) -> reviews(user) || this.scope.of(user).contains(e.getAgencyId()))
			.map((e) -> new EvidenceFile(e.getFileName(), e.getMediaType(), this.evidence.content(evidenceId)));
	}

	private ReportingPeriod writablePeriod(PortalUser user) {
		ReportingPeriod period = this.myTasks.reportingOn(LocalDate.now(this.clock))
			.orElseThrow(() -> new PeriodException("progress.update.error.noPeriod"));
		if (this.reports.findByAgencyIdAndPeriodId(user.getAgencyId(), period.getId())
			.map(AgencyReport::isFrozen)
			.orElse(false)) {
			throw new PeriodException("progress.update.error.submitted");
		}
		return period;
	}

	/** Sở Nội vụ and leadership read every agency's evidence. */
	static boolean reviews(PortalUser user) {
		return user.getRole().readsEveryAgency();
	}

	/**
	 * The name without any path, control or reserved characters, at most 150 characters,
	 * ending in the extension of what the content is.
	 */
	static String safeName(String fileName, EvidenceType type) {
		String name = (fileName != null) ? fileName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		base = base.replaceAll("^[.\\s]+", "");
		if (base.isBlank()) {
			base = "minh-chung";
		}
		if (base.length() > 140) {
			base = base.substring(0, 140);
		}
		boolean fits = extension.equals(type.extension()) || (type == EvidenceType.JPEG && extension.equals("jpeg"));
		return base + "." + (fits ? extension : type.extension());
	}

	private static EvidenceMetadata clean(EvidenceMetadata metadata) {
		return new EvidenceMetadata(TypedText.orNull(metadata.title()), TypedText.orNull(metadata.documentNumber()),
				metadata.documentDate(), TypedText.orNull(metadata.issuer()));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A file to send back. */
	public record EvidenceFile(String fileName, String mediaType, byte[] content) {
	}

}
