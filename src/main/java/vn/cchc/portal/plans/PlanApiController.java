package vn.cchc.portal.plans;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.shared.api.ApiController;
import vn.cchc.portal.users.PortalUser;

/**
 * Plans for scripts and integrations, with the same rules as the pages: planners write
 * drafts, everyone signed in reads, and a write over a stale version is refused with 409.
 * Those who may write no plan are refused before the plan is looked up, so the refusal
 * does not tell whether it exists.
 */
@ApiController
@Tag(name = "Plans")
class PlanApiController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PlanCatalog catalog;

	private final PlanDrafting drafting;

	private final AgencyCatalog agencies;

	PlanApiController(PlanCatalog catalog, PlanDrafting drafting, AgencyCatalog agencies) {
		this.catalog = catalog;
		this.drafting = drafting;
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/plans")
	@Operation(summary = "Plans, newest year first; only one year's with ?year=")
	List<PlanListItem> plans(@RequestParam(name = "year", required = false) Integer year) {
		return this.catalog.plans().stream().filter((plan) -> year == null || plan.year() == year).toList();
	}

	@GetMapping("/api/v1/plans/{id}")
	@Operation(summary = "A plan with its sections, tasks and activities, leads and coordinators, products, "
			+ "deadlines (wording, kind, due date) and versions")
	PlanView plan(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		return this.catalog.view(id, user, VIETNAMESE);
	}

	@PostMapping("/api/v1/plans")
	@Operation(summary = "Create a draft province plan")
	ResponseEntity<PlanView> create(@Valid @RequestBody NewPlan body, @AuthenticationPrincipal PortalUser user) {
		long owner = this.agencies.provinceCommitteeId();
		long id = this.drafting.createPlan(body.year(), owner, null, body.title(), user);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(this.catalog.view(id, user, VIETNAMESE));
	}

	@PostMapping("/api/v1/plans/{id}/sections")
	@Operation(summary = "Add a section to a draft, mapped to a reform domain code or none")
	ResponseEntity<PlanView> addSection(@PathVariable long id, @Valid @RequestBody NewSection body,
			@AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		this.drafting.addSection(id, body.label(), body.title(), body.domainCode(), user);
		return ResponseEntity.status(201).body(this.catalog.view(id, user, VIETNAMESE));
	}

	@PostMapping("/api/v1/plans/{id}/sections/{sectionId}/tasks")
	@Operation(summary = "Add a task to a section of a draft; leads and coordinators as the plan words them")
	ResponseEntity<PlanView.Task> addTask(@PathVariable long id, @PathVariable long sectionId,
			@Valid @RequestBody TaskBody body, @AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		long taskId = this.drafting.addTask(id, sectionId, null, body.toDraft(), user);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/tasks/" + taskId))
			.body(this.catalog.task(id, taskId, VIETNAMESE));
	}

	@PutMapping("/api/v1/plans/{id}/tasks/{taskId}")
	@Operation(summary = "Replace a task of a draft; 409 when the version sent is not the current one")
	PlanView.Task updateTask(@PathVariable long id, @PathVariable long taskId, @Valid @RequestBody TaskBody body,
			@AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		this.catalog.task(id, taskId, VIETNAMESE);
		this.drafting.updateTask(taskId, (body.version() != null) ? body.version() : -1, body.toDraft(), user);
		return this.catalog.task(id, taskId, VIETNAMESE);
	}

	@PostMapping("/api/v1/plans/{id}/targets")
	@Operation(summary = "Add a target to a draft, with the ids of the tasks serving it")
	ResponseEntity<PlanView.Target> addTarget(@PathVariable long id, @Valid @RequestBody TargetBody body,
			@AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		long targetId = this.drafting.addTarget(id, body.toDraft(), user);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/targets/" + targetId))
			.body(target(id, targetId, user));
	}

	@PutMapping("/api/v1/plans/{id}/targets/{targetId}")
	@Operation(summary = "Replace a target of a draft; 409 when the version sent is not the current one")
	PlanView.Target updateTarget(@PathVariable long id, @PathVariable long targetId,
			@Valid @RequestBody TargetBody body, @AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		this.drafting.updateTarget(id, targetId, (body.version() != null) ? body.version() : -1, body.toDraft(), user);
		return target(id, targetId, user);
	}

	private PlanView.Target target(long id, long targetId, PortalUser user) {
		return this.catalog.view(id, user, VIETNAMESE)
			.targets()
			.stream()
			.filter((target) -> target.id() == targetId)
			.findFirst()
			.orElseThrow(PlanNotFoundException::new);
	}

	/**
	 * A target: {@code comparator} "≥", "≤" or "=" (with a {@code value}), {@code level}
	 * PROVINCE, AGENCY, DISTRICT or COMMUNE; {@code version} is required to replace one.
	 */
	record TargetBody(@Size(max = 20) String label, @NotBlank @Size(max = 5000) String wording,
			@Size(max = 500) String metric, @jakarta.validation.constraints.Pattern(regexp = "≥|≤|=") String comparator,
			@jakarta.validation.constraints.DecimalMin("-999999999999") @jakarta.validation.constraints.DecimalMax("999999999999") java.math.BigDecimal value,
			@Size(max = 50) String unit,
			@jakarta.validation.constraints.Pattern(regexp = "PROVINCE|AGENCY|DISTRICT|COMMUNE") String level,
			@jakarta.validation.constraints.DecimalMin("-999999999999") @jakarta.validation.constraints.DecimalMax("999999999999") java.math.BigDecimal baseline,
			@Size(max = 500) String source, Boolean cumulative, List<Long> taskIds, Long version) {

		PlanDrafting.TargetDraft toDraft() {
			// A value needs its comparator, as in the target editor.
			return new PlanDrafting.TargetDraft(this.label, this.wording, this.metric,
					(this.value != null) ? this.comparator : null, (this.comparator != null) ? this.value : null,
					this.unit, this.level, this.baseline, this.source, !Boolean.FALSE.equals(this.cumulative),
					(this.taskIds != null) ? this.taskIds : List.of());
		}

	}

	record NewPlan(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 500) String title) {
	}

	record NewSection(@Size(max = 20) String label, @NotBlank @Size(max = 1000) String title, String domainCode) {
	}

	/** A task as the plan words it; {@code version} is required to replace one. */
	record TaskBody(@Size(max = 20) String label, @NotBlank @Size(max = 10000) String text,
			@Size(max = 2000) String leads, @Size(max = 2000) String coordinators,
			List<@Size(max = 1000) String> products, @Size(max = 500) String deadline, @Size(max = 500) String budget,
			@Size(max = 5000) String notes, Long version) {

		TaskDraft toDraft() {
			return new TaskDraft(this.label, this.text, this.leads, this.coordinators,
					(this.products != null) ? String.join("\n", this.products) : null, this.deadline, this.budget,
					this.notes);
		}

	}

}
