package vn.cchc.portal.plans;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.users.PortalUser;

/**
 * The steps of a plan's life and its versions: submit, return, issue by decision, amend,
 * close, compare two issued versions.
 */
@Controller
class PlanWorkflowController {

	private final PlanWorkflow workflow;

	private final PlanCatalog catalog;

	private final AgencyPlans agencyPlans;

	private final PlanDrafting drafting;

	PlanWorkflowController(PlanWorkflow workflow, PlanCatalog catalog, AgencyPlans agencyPlans, PlanDrafting drafting) {
		this.workflow = workflow;
		this.catalog = catalog;
		this.agencyPlans = agencyPlans;
		this.drafting = drafting;
	}

	@PostMapping("/plans/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return done(id, redirect, "plans.workflow.submitted", () -> this.workflow.submit(id, user));
	}

	@PostMapping("/plans/{id}/return")
	String returnToDraft(@PathVariable long id, @RequestParam(name = "note", defaultValue = "") String note,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		String trimmed = (note.length() > 1000) ? note.substring(0, 1000) : note;
		return done(id, redirect, "plans.workflow.returned", () -> this.workflow.returnToDraft(id, trimmed, user));
	}

	@GetMapping("/plans/{id}/issue")
	String issueForm(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		PlanPermissions.requireCreator(user);
		this.catalog.requireWriter(id, user);
		model.addAttribute("plan", this.catalog.view(id, user, locale));
		model.addAttribute("form", new IssueForm(null, null));
		return "plans/issue";
	}

	@PostMapping("/plans/{id}/issue")
	String issue(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale,
			@Valid @ModelAttribute("form") IssueForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanPermissions.requireCreator(user);
		if (!errors.hasErrors()) {
			try {
				int version = this.workflow.issue(id, form.decisionNumber(), form.decisionDate(), user);
				redirect.addFlashAttribute("saved",
						(version == 1) ? "plans.workflow.issued" : "plans.workflow.amended");
				return "redirect:/plans/" + id;
			}
			catch (PlanWorkflowException ex) {
				errors.reject(ex.getMessageKey());
			}
		}
		model.addAttribute("plan", this.catalog.view(id, user, locale));
		return "plans/issue";
	}

	@PostMapping("/plans/{id}/amend")
	String amend(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return done(id, redirect, "plans.workflow.amending", () -> this.workflow.startAmendment(id, user));
	}

	@PostMapping("/plans/{id}/close")
	String close(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return done(id, redirect, "plans.workflow.closed", () -> this.workflow.close(id, user));
	}

	/** Next year's draft, started from this plan. */
	@PostMapping("/plans/{id}/copy")
	String copy(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(name = "unfinishedOnly",
					defaultValue = "false") boolean unfinishedOnly,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		PlanPermissions.requireCreator(user);
		long copy = this.drafting.copyToNextYear(id, unfinishedOnly, user);
		redirect.addFlashAttribute("saved", "plans.copy.done");
		return "redirect:/plans/" + copy;
	}

	/** The head's agency plan for this issued province plan, created the first time. */
	@PostMapping("/plans/{id}/agency-plan")
	String agencyPlan(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			return "redirect:/plans/" + this.agencyPlans.planFor(id, user);
		}
		catch (PlanWorkflowException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
			return "redirect:/plans/" + id;
		}
	}

	@GetMapping("/plans/{id}/versions/compare")
	String compare(@PathVariable long id, @RequestParam("from") int from, @RequestParam("to") int to,
			@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		model.addAttribute("plan", this.catalog.view(id, user, locale));
		model.addAttribute("comparison", this.catalog.compare(id, from, to));
		return "plans/compare";
	}

	private String done(long id, RedirectAttributes redirect, String message, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("saved", message);
		}
		catch (PlanWorkflowException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
		}
		return "redirect:/plans/" + id;
	}

	record IssueForm(
			@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.tooLong}") String decisionNumber,
			@NotNull(message = "{form.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
	}

}
