package vn.cchc.portal.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.users.PortalUser;

/**
 * "Nhiệm vụ của tôi": the agency's tasks for the period being reported, and their
 * updates.
 */
@Controller
class MyTasksController {

	private final MyTasks myTasks;

	MyTasksController(MyTasks myTasks) {
		this.myTasks = myTasks;
	}

	@GetMapping("/my-tasks")
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "status", required = false) ProgressStatus status,
			@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("period", this.myTasks.currentPeriod().orElse(null));
		model.addAttribute("rows", this.myTasks.rows(user, query, status));
		model.addAttribute("query", query);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProgressStatus.values());
		model.addAttribute("hasAgency", user.getAgencyId() != null);
		return "progress/my-tasks";
	}

	@GetMapping("/my-tasks/{assignmentId}")
	String show(@PathVariable long assignmentId, @AuthenticationPrincipal PortalUser user, Model model) {
		MyTasks.Detail detail = detail(user, assignmentId);
		model.addAttribute("detail", detail);
		UpdateView latest = detail.updates().isEmpty() ? null : detail.updates().get(0);
		model.addAttribute("form",
				(latest != null) ? new UpdateForm(latest.status(), latest.percent(), latest.results(),
						latest.difficulties(), latest.proposals())
						: new UpdateForm(ProgressStatus.IN_PROGRESS, 0, null, null, null));
		model.addAttribute("statuses", ProgressStatus.values());
		return "progress/my-task";
	}

	@PostMapping("/my-tasks/{assignmentId}")
	String update(@PathVariable long assignmentId, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") UpdateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MyTasks.Detail detail = detail(user, assignmentId);
		if (!errors.hasErrors()) {
			try {
				this.myTasks.update(user, assignmentId, form.status(), form.percent(), form.results(),
						form.difficulties(), form.proposals());
				redirect.addFlashAttribute("saved", "progress.update.saved");
				return "redirect:/my-tasks";
			}
			catch (PeriodException ex) {
				errors.reject(ex.getMessage());
			}
		}
		model.addAttribute("detail", detail);
		model.addAttribute("statuses", ProgressStatus.values());
		return "progress/my-task";
	}

	private MyTasks.Detail detail(PortalUser user, long assignmentId) {
		// Not the agency's, or no such assignment: the same 404.
		return this.myTasks.detail(user, assignmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record UpdateForm(@NotNull(message = "{form.required}") ProgressStatus status,
			@NotNull(message = "{form.required}") @Min(value = 0, message = "{progress.update.percent.range}") @Max(
					value = 100, message = "{progress.update.percent.range}") Integer percent,
			@Size(max = 10000, message = "{form.tooLong}") String results,
			@Size(max = 5000, message = "{form.tooLong}") String difficulties,
			@Size(max = 5000, message = "{form.tooLong}") String proposals) {
	}

}
