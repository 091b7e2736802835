package vn.cchc.portal.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.shared.deadline.Deadline;
import vn.cchc.portal.shared.deadline.DeadlineFormat;
import vn.cchc.portal.shared.time.PlanYears;
import vn.cchc.portal.users.PortalUser;

/**
 * The plans list, a plan's page, and drafting: header, sections, tasks.
 */
@Controller
class PlanController {

	private final PlanCatalog catalog;

	private final PlanDrafting drafting;

	private final AgencyCatalog agencies;

	private final ReformDomains domains;

	private final vn.cchc.portal.agencies.AgencyNames agencyNames;

	private final PlanPages pages;

	private final Clock clock;

	PlanController(PlanCatalog catalog, PlanDrafting drafting, AgencyCatalog agencies, ReformDomains domains,
			vn.cchc.portal.agencies.AgencyNames agencyNames, PlanPages pages, Clock clock) {
		this.clock = clock;
		this.pages = pages;
		this.catalog = catalog;
		this.drafting = drafting;
		this.agencies = agencies;
		this.domains = domains;
		this.agencyNames = agencyNames;
	}

	@GetMapping("/plans")
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("plans", this.catalog.plans());
		model.addAttribute("canCreate", PlanPermissions.canCreate(user));
		// Importing a document (module importing) is for planners and administrators.
		model.addAttribute("canImport", user.getRole().coordinatesTheProvince());
		return "plans/list";
	}

	@GetMapping("/plans/new")
	String newPlan(@AuthenticationPrincipal PortalUser user, Model model) {
		PlanPermissions.requireCreator(user);
		model.addAttribute("form", new NewPlanForm(LocalDate.now(this.clock).getYear() + 1, null));
		return "plans/new";
	}

	@PostMapping("/plans/new")
	String createPlan(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") NewPlanForm form,
			BindingResult errors) {
		PlanPermissions.requireCreator(user);
		if (errors.hasErrors()) {
			return "plans/new";
		}
		long owner = this.agencies.provinceCommitteeId();
		long id = this.drafting.createPlan(form.year(), owner, null, form.title(), user);
		return "redirect:/plans/" + id;
	}

	/**
	 * What the editor shows under the deadline field as the planner types ("→ hạn
	 * 30/06/2024").
	 */
	@GetMapping("/plans/deadline-preview")
	String deadlinePreview(
			@org.springframework.web.bind.annotation.RequestParam(name = "deadline", defaultValue = "") String wording,
			@org.springframework.web.bind.annotation.RequestParam(name = "year", defaultValue = "0") int year,
			Locale locale, Model model) {
		int planYear = PlanYears.orThisYear(year, this.clock);
		if (!wording.isBlank() && wording.length() <= 500) {
			Deadline deadline = Deadline.parse(wording, planYear);
			model.addAttribute("interpretation", DeadlineFormat.describe(deadline, locale));
			model.addAttribute("uncertain", deadline.isLowConfidence());
		}
		return "plans/fragments :: deadline";
	}

	/**
	 * What the editor shows under a lead or coordinating field as the planner types: the
	 * agencies and groups the wording names on the plan's date, unknown names flagged.
	 */
	@GetMapping("/plans/parties-preview")
	String partiesPreview(
			@org.springframework.web.bind.annotation.RequestParam(name = "leads", required = false) String leads,
			@org.springframework.web.bind.annotation.RequestParam(name = "coordinators",
					required = false) String coordinators,
			@org.springframework.web.bind.annotation.RequestParam(name = "year", defaultValue = "0") int year,
			Model model) {
		// htmx sends the field's own value under its name: leads or coordinators.
		boolean forLeads = leads != null;
		String wording = forLeads ? leads : (coordinators != null) ? coordinators : "";
		int planYear = PlanYears.orThisYear(year, this.clock);
		model.addAttribute("target", forLeads ? "leads" : "coordinators");
		if (!wording.isBlank() && wording.length() <= 2000) {
			model.addAttribute("resolution", this.agencyNames.resolve(wording, LocalDate.of(planYear - 1, 12, 1)));
		}
		return "plans/fragments :: parties-preview";
	}

	/**
	 * The agency picker beside the lead and coordinating fields: agencies existing in the
	 * plan's year, and groups, whose name contains what was typed (without diacritics).
	 */
	@GetMapping("/plans/agency-suggestions")
	String agencySuggestions(
			@org.springframework.web.bind.annotation.RequestParam(name = "find", defaultValue = "") String find,
			@org.springframework.web.bind.annotation.RequestParam(name = "target",
					defaultValue = "leads") String target,
			@org.springframework.web.bind.annotation.RequestParam(name = "year", defaultValue = "0") int year,
			Model model) {
		String typed = find.strip();
		int planYear = PlanYears.orThisYear(year, this.clock);
		List<String> names = List.of();
		if (typed.length() >= 2 && typed.length() <= 100) {
			String folded = vn.cchc.portal.shared.text.VietnameseText.fold(typed);
			java.util.stream.Stream<String> groups = this.agencies.groups()
				.stream()
				.map(vn.cchc.portal.agencies.AgencyGroupSummary::name)
				.filter((name) -> vn.cchc.portal.shared.text.VietnameseText.fold(name).contains(folded));
			java.util.stream.Stream<String> found = this.agencies.search(typed, LocalDate.of(planYear - 1, 12, 1))
				.stream()
				.map(vn.cchc.portal.agencies.AgencySummary::name);
			names = java.util.stream.Stream.concat(found, groups).distinct().limit(8).toList();
		}
		model.addAttribute("names", names);
		model.addAttribute("target", "coordinators".equals(target) ? "coordinators" : "leads");
		return "plans/fragments :: agency-suggestions";
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale, Model model,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		model.addAttribute("bulk", new BulkForm(List.of(), null, null));
		return showPage(id, user, locale, model, request, response);
	}

	/**
	 * Gives the ticked tasks the same lead and/or deadline wording, read as the task
	 * editor reads it. A rejected or stale form comes back on the plan page with what was
	 * typed and ticked.
	 */
	@PostMapping("/plans/{id}/tasks/bulk")
	String bulkEdit(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale,
			@Valid @ModelAttribute("bulk") BulkForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		PlanPermissions.requireCreator(user);
		Map<Long, Long> selected = form.selected();
		if (selected.isEmpty()) {
			errors.rejectValue("tasks", "plans.bulk.noTasks");
		}
		if (isBlank(form.leads()) && isBlank(form.deadline())) {
			errors.rejectValue("leads", "plans.bulk.nothing");
		}
		if (errors.hasErrors()) {
			return showPage(id, user, locale, model, request, response);
		}
		try {
			int changed = this.drafting.setLeadsAndDeadline(id, selected, form.leads(), form.deadline(), user);
			redirect.addFlashAttribute("bulkChanged", changed);
		}
		catch (PlanDrafting.StaleTasksException ex) {
			// Someone changed some of these tasks since the page was loaded: nothing was
			// changed; show what they saved, keep what was typed and ticked.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("staleTasks", ex.taskIds());
			return showPage(id, user, locale, model, request, response);
		}
		return "redirect:/plans/" + id + "#bulk-form";
	}

	private String showPage(long id, PortalUser user, Locale locale, Model model,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		PlanPages.Page page = this.pages.open(id, user, locale);
		model.addAttribute("plan", page.plan());
		model.addAttribute("history", page.content().history());
		model.addAttribute("versions", page.content().versions());
		model.addAttribute("canAct", page.canAct());
		// A rejected bulk form ticks again the tasks that were ticked.
		BulkForm bulk = (BulkForm) model.getAttribute("bulk");
		java.util.Set<Long> ticked = (bulk != null) ? java.util.Set.copyOf(bulk.selected().keySet())
				: java.util.Set.of();
		model.addAttribute("appendix", this.pages.appendix(page, ticked, request, response));
		return "plans/show";
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	@GetMapping("/plans/{id}/edit")
	String editHeader(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		PlanView plan = editableView(id, user, locale);
		model.addAttribute("plan", plan);
		model.addAttribute("form", new HeaderForm(plan.title(), plan.decisionNumber(), plan.decisionDate(),
				plan.signer(), plan.legalBases(), plan.purposes(), plan.implementation(), plan.version()));
		return "plans/header";
	}

	@PostMapping("/plans/{id}/edit")
	String updateHeader(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale,
			@Valid @ModelAttribute("form") HeaderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		PlanView plan = editableView(id, user, locale);
		model.addAttribute("plan", plan);
		if (errors.hasErrors()) {
			return "plans/header";
		}
		try {
			this.drafting.describe(id, form.version(), new PlanDrafting.PlanHeader(form.title(), form.decisionNumber(),
					form.decisionDate(), form.signer(), form.legalBases(), form.purposes(), form.implementation()),
					user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Someone saved the header meanwhile: theirs beside what was typed; saving
			// again overwrites deliberately.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", headerConflict(plan, form));
			model.addAttribute("form", form.withVersion(plan.version()));
			return "plans/header";
		}
		redirect.addFlashAttribute("saved", "plans.header.saved");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/tasks/{taskId}/activities/new")
	String newActivity(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		model.addAttribute("plan", editableView(id, user, locale));
		model.addAttribute("parent", this.catalog.task(id, taskId, locale));
		model.addAttribute("form", TaskForm.empty());
		model.addAttribute("action", "/plans/" + id + "/tasks/" + taskId + "/activities/new");
		return "plans/task";
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/activities/new")
	String addActivity(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user,
			Locale locale, @Valid @ModelAttribute("form") TaskForm form, BindingResult errors, Model model) {
		PlanView plan = editableView(id, user, locale);
		PlanView.Task parent = this.catalog.task(id, taskId, locale);
		if (errors.hasErrors()) {
			model.addAttribute("plan", plan);
			model.addAttribute("parent", parent);
			model.addAttribute("action", "/plans/" + id + "/tasks/" + taskId + "/activities/new");
			return "plans/task";
		}
		long activityId = this.drafting.addActivity(id, taskId, form.toDraft(), user);
		return "redirect:/plans/" + id + "#task-" + activityId;
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/delete")
	String deleteTask(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		PlanPermissions.requireCreator(user);
		this.drafting.deleteTask(id, taskId, user);
		redirect.addFlashAttribute("deletedTask", taskId);
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/restore")
	String restoreTask(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		PlanPermissions.requireCreator(user);
		this.drafting.restoreTask(id, taskId, user);
		redirect.addFlashAttribute("saved", "plans.task.restored");
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/move")
	String moveTask(@PathVariable long id, @PathVariable long taskId,
			@org.springframework.web.bind.annotation.RequestParam(name = "direction",
					defaultValue = "down") String direction,
			@AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		this.drafting.moveTask(id, taskId, "up".equals(direction), user);
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/section")
	String moveToSection(@PathVariable long id, @PathVariable long taskId,
			@org.springframework.web.bind.annotation.RequestParam(name = "sectionId",
					defaultValue = "0") long sectionId,
			@AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		this.drafting.moveToSection(id, taskId, sectionId, user);
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/duplicate")
	String duplicateTask(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		long copy = this.drafting.duplicateTask(id, taskId, user);
		return "redirect:/plans/" + id + "/tasks/" + copy + "/edit";
	}

	@GetMapping("/plans/{id}/sections/new")
	String newSection(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		PlanView plan = editableView(id, user, locale);
		model.addAttribute("plan", plan);
		model.addAttribute("domains", this.domains.all());
		model.addAttribute("form", new SectionForm(null, null, null));
		return "plans/section";
	}

	@PostMapping("/plans/{id}/sections/new")
	String addSection(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale,
			@Valid @ModelAttribute("form") SectionForm form, BindingResult errors, Model model) {
		PlanPermissions.requireCreator(user);
		if (errors.hasErrors()) {
			model.addAttribute("plan", editableView(id, user, locale));
			model.addAttribute("domains", this.domains.all());
			return "plans/section";
		}
		long sectionId = this.drafting.addSection(id, form.label(), form.title(), form.domainCode(), user);
		return "redirect:/plans/" + id + "#section-" + sectionId;
	}

	@GetMapping("/plans/{id}/sections/{sectionId}/tasks/new")
	String newTask(@PathVariable long id, @PathVariable long sectionId, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		model.addAttribute("plan", editableView(id, user, locale));
		model.addAttribute("form", TaskForm.empty());
		model.addAttribute("action", "/plans/" + id + "/sections/" + sectionId + "/tasks/new");
		return "plans/task";
	}

	@PostMapping("/plans/{id}/sections/{sectionId}/tasks/new")
	String addTask(@PathVariable long id, @PathVariable long sectionId, @AuthenticationPrincipal PortalUser user,
			Locale locale, @Valid @ModelAttribute("form") TaskForm form, BindingResult errors, Model model) {
		PlanPermissions.requireCreator(user);
		if (errors.hasErrors()) {
			model.addAttribute("plan", editableView(id, user, locale));
			model.addAttribute("action", "/plans/" + id + "/sections/" + sectionId + "/tasks/new");
			return "plans/task";
		}
		long taskId = this.drafting.addTask(id, sectionId, null, form.toDraft(), user);
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	@GetMapping("/plans/{id}/tasks/{taskId}/edit")
	String editTask(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		model.addAttribute("plan", editableView(id, user, locale));
		model.addAttribute("form", TaskForm.of(this.catalog.task(id, taskId, locale)));
		model.addAttribute("action", "/plans/" + id + "/tasks/" + taskId + "/edit");
		return "plans/task";
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/edit")
	String updateTask(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user,
			Locale locale, @Valid @ModelAttribute("form") TaskForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		PlanPermissions.requireCreator(user);
		PlanView.Task current = this.catalog.task(id, taskId, locale);
		model.addAttribute("plan", editableView(id, user, locale));
		model.addAttribute("action", "/plans/" + id + "/tasks/" + taskId + "/edit");
		if (errors.hasErrors()) {
			return "plans/task";
		}
		try {
			this.drafting.updateTask(taskId, form.startedFrom(), form.toDraft(), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Someone saved this task meanwhile: show theirs beside what was typed, keep
			// both.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", taskConflict(TaskForm.of(current), form));
			model.addAttribute("form", form.withVersion(current.version()));
			return "plans/task";
		}
		redirect.addFlashAttribute("saved", "plans.task.saved");
		return "redirect:/plans/" + id + "#task-" + taskId;
	}

	private static List<ConflictRow> headerConflict(PlanView saved, HeaderForm typed) {
		java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		return List.of(new ConflictRow("plans.titleField", saved.title(), typed.title()),
				new ConflictRow("plans.workflow.decisionNumber", saved.decisionNumber(), typed.decisionNumber()),
				new ConflictRow("plans.workflow.decisionDate",
						(saved.decisionDate() != null) ? saved.decisionDate().format(date) : null,
						(typed.decisionDate() != null) ? typed.decisionDate().format(date) : null),
				new ConflictRow("plans.header.signer", saved.signer(), typed.signer()),
				new ConflictRow("plans.header.legalBases", saved.legalBases(), typed.legalBases()),
				new ConflictRow("plans.header.purposes", saved.purposes(), typed.purposes()),
				new ConflictRow("plans.header.implementation", saved.implementation(), typed.implementation()));
	}

	private static List<ConflictRow> taskConflict(TaskForm saved, TaskForm typed) {
		return List.of(new ConflictRow("plans.col.label", saved.label(), typed.label()),
				new ConflictRow("plans.col.text", saved.text(), typed.text()),
				new ConflictRow("plans.col.leads", saved.leads(), typed.leads()),
				new ConflictRow("plans.col.coordinators", saved.coordinators(), typed.coordinators()),
				new ConflictRow("plans.col.products", saved.products(), typed.products()),
				new ConflictRow("plans.col.deadline", saved.deadline(), typed.deadline()),
				new ConflictRow("plans.col.budget", saved.budget(), typed.budget()),
				new ConflictRow("plans.task.notes", saved.notes(), typed.notes()));
	}

	private PlanView editableView(long id, PortalUser user, Locale locale) {
		// Refuse those who may edit no plan before looking the plan up: the refusal then
		// says
		// nothing about whether the plan exists.
		PlanPermissions.requireCreator(user);
		this.catalog.requireWriter(id, user);
		PlanView plan = this.catalog.view(id, user, locale);
		if (!plan.editable()) {
			throw new AccessDeniedException("plans.error.notEditable");
		}
		return plan;
	}

	record NewPlanForm(
			@NotNull(message = "{form.required}") @Min(value = 2000, message = "{plans.year.range}") @Max(value = 2100,
					message = "{plans.year.range}") Integer year,
			@NotBlank(message = "{form.required}") @Size(max = 500, message = "{form.tooLong}") String title) {
	}

	record HeaderForm(@NotBlank(message = "{form.required}") @Size(max = 500, message = "{form.tooLong}") String title,
			@Size(max = 100, message = "{form.tooLong}") String decisionNumber,
			@org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			@Size(max = 200, message = "{form.tooLong}") String signer,
			@Size(max = 20000, message = "{form.tooLong}") String legalBases,
			@Size(max = 20000, message = "{form.tooLong}") String purposes,
			@Size(max = 50000, message = "{form.tooLong}") String implementation, long version) {

		HeaderForm withVersion(long newVersion) {
			return new HeaderForm(this.title, this.decisionNumber, this.decisionDate, this.signer, this.legalBases,
					this.purposes, this.implementation, newVersion);
		}

	}

	/**
	 * The bulk form of the plan page: the ticked tasks ("id:version", the version the
	 * page showed), and the lead and deadline wording to give them all.
	 */
	record BulkForm(List<String> tasks, @Size(max = 2000, message = "{form.tooLong}") String leads,
			@Size(max = 500, message = "{form.tooLong}") String deadline) {

		/** The ticked tasks and their versions; anything unreadable is left out. */
		Map<Long, Long> selected() {
			Map<Long, Long> selected = new java.util.LinkedHashMap<>();
			for (String value : (this.tasks != null) ? this.tasks : List.<String>of()) {
				String[] parts = value.split(":");
				if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
					selected.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
				}
			}
			return selected;
		}

	}

	record SectionForm(@Size(max = 20, message = "{form.tooLong}") String label,
			@NotBlank(message = "{form.required}") @Size(max = 1000, message = "{form.tooLong}") String title,
			String domainCode) {
	}

}
