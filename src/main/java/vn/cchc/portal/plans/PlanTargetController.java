package vn.cchc.portal.plans;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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

import vn.cchc.portal.users.PortalUser;

/**
 * The targets (chỉ tiêu) of a draft: add, edit, delete, and tick the tasks serving each.
 */
@Controller
class PlanTargetController {

	private final PlanCatalog catalog;

	private final PlanDrafting drafting;

	private final MessageSource messages;

	PlanTargetController(PlanCatalog catalog, PlanDrafting drafting, MessageSource messages) {
		this.catalog = catalog;
		this.drafting = drafting;
		this.messages = messages;
	}

	@GetMapping("/plans/{id}/targets/new")
	String newTarget(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		return editor(editableView(id, user, locale), TargetForm.empty(), "/plans/" + id + "/targets/new", model);
	}

	@PostMapping("/plans/{id}/targets/new")
	String addTarget(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale,
			@Valid @ModelAttribute("form") TargetForm form, BindingResult errors, Model model) {
		PlanView plan = editableView(id, user, locale);
		form.check(errors);
		if (errors.hasErrors()) {
			return editor(plan, form, "/plans/" + id + "/targets/new", model);
		}
		long targetId = this.drafting.addTarget(id, form.toDraft(), user);
		return "redirect:/plans/" + id + "#target-" + targetId;
	}

	@GetMapping("/plans/{id}/targets/{targetId}/edit")
	String editTarget(@PathVariable long id, @PathVariable long targetId, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		PlanView plan = editableView(id, user, locale);
		return editor(plan, TargetForm.of(targetOf(plan, targetId)), editAction(id, targetId), model);
	}

	@PostMapping("/plans/{id}/targets/{targetId}/edit")
	String updateTarget(@PathVariable long id, @PathVariable long targetId, @AuthenticationPrincipal PortalUser user,
			Locale locale, @Valid @ModelAttribute("form") TargetForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PlanView plan = editableView(id, user, locale);
		PlanView.Target current = targetOf(plan, targetId);
		form.check(errors);
		if (errors.hasErrors()) {
			return editor(plan, form, editAction(id, targetId), model);
		}
		try {
			this.drafting.updateTarget(id, targetId, form.startedFrom(), form.toDraft(), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Someone saved this target meanwhile: theirs beside what was typed, nothing
			// lost.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", conflict(plan, TargetForm.of(current), form, locale));
			return editor(plan, form.withVersion(current.version()), editAction(id, targetId), model);
		}
		redirect.addFlashAttribute("saved", "plans.target.saved");
		return "redirect:/plans/" + id + "#target-" + targetId;
	}

	@PostMapping("/plans/{id}/targets/{targetId}/move")
	String moveTarget(@PathVariable long id, @PathVariable long targetId,
			@org.springframework.web.bind.annotation.RequestParam(name = "direction",
					defaultValue = "down") String direction,
			@AuthenticationPrincipal PortalUser user) {
		PlanPermissions.requireCreator(user);
		this.drafting.moveTarget(id, targetId, "up".equals(direction), user);
		return "redirect:/plans/" + id + "#target-" + targetId;
	}

	@PostMapping("/plans/{id}/targets/{targetId}/delete")
	String deleteTarget(@PathVariable long id, @PathVariable long targetId, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		PlanPermissions.requireCreator(user);
		this.drafting.deleteTarget(id, targetId, user);
		redirect.addFlashAttribute("saved", "plans.target.deleted");
		return "redirect:/plans/" + id + "#targets";
	}

	private static String editAction(long id, long targetId) {
		return "/plans/" + id + "/targets/" + targetId + "/edit";
	}

	private static String editor(PlanView plan, TargetForm form, String action, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("levels", PlanTarget.Level.values());
		model.addAttribute("linked", form.links());
		model.addAttribute("accumulates", form.accumulates());
		return "plans/target";
	}

	private static PlanView.Target targetOf(PlanView plan, long targetId) {
		return plan.targets()
			.stream()
			.filter((target) -> target.id() == targetId)
			.findFirst()
			.orElseThrow(PlanNotFoundException::new);
	}

	/** The saved target and the typed one, field by field. */
	private List<ConflictRow> conflict(PlanView plan, TargetForm saved, TargetForm typed, Locale locale) {
		return List.of(new ConflictRow("plans.col.label", saved.label(), typed.label()),
				new ConflictRow("plans.target.wording", saved.wording(), typed.wording()),
				new ConflictRow("plans.target.metric", saved.metric(), typed.metric()),
				new ConflictRow("plans.target.comparator", saved.comparator(), typed.comparator()),
				new ConflictRow("plans.target.value", saved.value(), typed.value()),
				new ConflictRow("plans.target.unit", saved.unit(), typed.unit()),
				new ConflictRow("plans.target.level", level(saved, locale), level(typed, locale)),
				new ConflictRow("plans.target.baseline", saved.baseline(), typed.baseline()),
				new ConflictRow("plans.target.source", saved.source(), typed.source()),
				new ConflictRow("plans.target.cumulative", yesNo(saved.accumulates(), locale),
						yesNo(typed.accumulates(), locale)),
				new ConflictRow("plans.target.tasks", titles(plan, saved), titles(plan, typed)));
	}

	private String level(TargetForm form, Locale locale) {
		return (form.level() == null || form.level().isBlank()) ? null
				: this.messages.getMessage("plans.target.level." + form.level(), null, form.level(), locale);
	}

	private String yesNo(boolean yes, Locale locale) {
		return this.messages.getMessage(yes ? "plans.target.cumulative.yes" : "plans.target.cumulative.no", null,
				locale);
	}

	private static String titles(PlanView plan, TargetForm form) {
		return form.links()
			.stream()
			.map(plan::taskTitle)
			.filter(java.util.Objects::nonNull)
			.sorted()
			.collect(Collectors.joining("\n"));
	}

	private PlanView editableView(long id, PortalUser user, Locale locale) {
		// Refused before the plan is looked up: the refusal says nothing about whether it
		// exists. Another agency's plan answers like a missing one, as on the other
		// writer pages.
		PlanPermissions.requireCreator(user);
		this.catalog.requireWriter(id, user);
		PlanView plan = this.catalog.view(id, user, locale);
		if (!plan.editable()) {
			throw new AccessDeniedException("plans.error.notEditable");
		}
		return plan;
	}

}
