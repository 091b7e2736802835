package vn.cchc.portal.progress;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.cchc.portal.shared.api.ApiController;
import vn.cchc.portal.users.PortalUser;

/**
 * Progress reporting for scripts and integrations, with the pages' rules: an agency reads
 * and writes its own assignments only, and an update based on a stale version is refused
 * with 409 and the current state.
 */
@ApiController
@Tag(name = "Progress")
class ProgressApiController {

	private final MyTasks myTasks;

	private final EvidenceFiles evidence;

	private final AgencyReports reports;

	ProgressApiController(MyTasks myTasks, EvidenceFiles evidence, AgencyReports reports) {
		this.myTasks = myTasks;
		this.evidence = evidence;
		this.reports = reports;
	}

	@GetMapping("/api/v1/assignments")
	@Operation(summary = "The caller's agency's assignments in a period (the current one by default), "
			+ "with their progress and the version an update must be based on")
	List<AssignmentJson> assignments(@RequestParam(name = "period", required = false) Long periodId,
			@AuthenticationPrincipal PortalUser user) {
		List<MyTasks.Row> rows = (periodId != null) ? this.myTasks.rows(user, periodId)
				: this.myTasks.rows(user, MyTasks.Filter.NONE);
		return rows.stream().map(AssignmentJson::of).toList();
	}

	@PostMapping("/api/v1/assignments/{id}/updates")
	@Operation(summary = "Save an update for the current period; 409 with the current state when "
			+ "'version' is not the latest")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody UpdateJson body,
			@AuthenticationPrincipal PortalUser user) {
		try {
			ProgressView saved = this.myTasks.update(user, id, new ProgressInput(body.status(), body.percent(),
					body.results(), body.difficulties(), body.proposals(), body.version()));
			return ResponseEntity.status(HttpStatus.CREATED).body(saved);
		}
		catch (ProgressConflictException ex) {
			// What is saved now, so that the client can merge and resend.
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"Updated by someone else since the version you sent; read it again and resend.");
			this.myTasks.detail(user, id).ifPresent((detail) -> problem.setProperty("current", detail.progress()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
	}

	@PostMapping(path = "/api/v1/assignments/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add an evidence file (PDF, Word, Excel, PNG, JPEG by content) with its document metadata")
	ResponseEntity<EvidenceView> evidence(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "documentNumber", required = false) String documentNumber,
			@RequestParam(name = "documentDate",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
			@RequestParam(name = "issuer", required = false) String issuer, @AuthenticationPrincipal PortalUser user)
			throws IOException {
		EvidenceView saved = this.evidence.upload(user, id, file.getOriginalFilename(), file.getBytes(),
				new EvidenceMetadata(title, documentNumber, documentDate, issuer));
		return ResponseEntity.created(URI.create("/evidence/" + saved.id())).body(saved);
	}

	@GetMapping("/api/v1/agency-reports/mine")
	@Operation(summary = "The caller's agency's report for the current period, with its id and version")
	ReportView mine(@AuthenticationPrincipal PortalUser user) {
		return this.reports.mine(user);
	}

	@PostMapping("/api/v1/agency-reports/{id}/submit")
	@Operation(summary = "Submit the agency's report (agency head); its updates freeze")
	ResponseEntity<Void> submit(@PathVariable long id, @Valid @RequestBody DecisionJson body,
			@AuthenticationPrincipal PortalUser user) {
		this.reports.submit(user, id, body.version(), body.comment());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/agency-reports/{id}/accept")
	@Operation(summary = "Accept a submitted report (Sở Nội vụ)")
	ResponseEntity<Void> accept(@PathVariable long id, @Valid @RequestBody DecisionJson body,
			@AuthenticationPrincipal PortalUser user) {
		this.reports.accept(user, id, body.version(), body.comment());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/agency-reports/{id}/return")
	@Operation(summary = "Return a submitted report with a comment (Sở Nội vụ); it is editable again")
	ResponseEntity<Void> returnToAgency(@PathVariable long id, @Valid @RequestBody DecisionJson body,
			@AuthenticationPrincipal PortalUser user) {
		this.reports.returnToAgency(user, id, body.version(), body.comment());
		return ResponseEntity.noContent().build();
	}

	/** An assignment as the API gives it. */
	record AssignmentJson(long id, long taskId, long planId, String planTitle, String domain, String label, String text,
			String role, String deadline, LocalDate due, String overdue, ProgressStatus status, int percent,
			boolean late, int version, String sentBack) {

		static AssignmentJson of(MyTasks.Row row) {
			var item = row.item();
			ProgressView p = row.progress();
			return new AssignmentJson(item.assignmentId(), item.taskId(), item.planId(), item.planTitle(),
					item.domainCode(), item.taskLabel(), item.taskText(), item.role(), item.deadlineText(),
					item.deadlineDue(), row.overdue().name(), p.status(), p.percent(), p.late(), p.revision(),
					p.returnedComment());
		}

	}

	/** An update as the API takes it. */
	record UpdateJson(@NotNull ProgressStatus status, @NotNull @Min(0) @Max(100) Integer percent,
			@Size(max = 10000) String results, @Size(max = 5000) String difficulties,
			@Size(max = 5000) String proposals, @NotNull Integer version) {
	}

	/** A decision on a report: the version it is based on, and an optional comment. */
	record DecisionJson(@NotNull Long version, @Size(max = 20000) String comment) {
	}

}
