package vn.cchc.portal.progress;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
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

import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.users.PortalUser;

/**
 * "Nhiệm vụ của tôi": the agency's tasks for the period being reported, and their
 * updates.
 */
@Controller
class MyTasksController {

	private static final int PAGE_SIZE = 50;

	private final MyTasks myTasks;

	private final EvidenceFiles evidence;

	private final ReformDomains domains;

	MyTasksController(MyTasks myTasks, EvidenceFiles evidence, ReformDomains domains) {
		this.myTasks = myTasks;
		this.evidence = evidence;
		this.domains = domains;
	}

	@GetMapping("/my-tasks")
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "status", required = false) ProgressStatus status,
			@RequestParam(name = "domain", required = false) String domain,
			@RequestParam(name = "dueBy",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
			@RequestParam(name = "unit", defaultValue = "false") boolean unitOnly,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		MyTasks.Filter filter = new MyTasks.Filter(query, status, (domain == null || domain.isBlank()) ? null : domain,
				dueBy, unitOnly);
		// A page at a time: a department can have hundreds of assignments in a year.
		Optional<MyTasks.Listing> listing = this.myTasks.page(user, filter, page, PAGE_SIZE);
		model.addAttribute("period", listing.map(MyTasks.Listing::period).orElse(null));
		model.addAttribute("rows", listing.map(MyTasks.Listing::rows).orElse(Page.empty()));
		model.addAttribute("links", vn.cchc.portal.shared.web.PageLinks.of(request));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ProgressStatus.values());
		model.addAttribute("domains", this.domains.all());
		model.addAttribute("reports", ReportingScope.reports(user));
		model.addAttribute("hasUnit", user.getUnitId() != null);
		return "progress/my-tasks";
	}

	/** Also where an evidence upload over the size limit lands (UploadTooLargeFilter). */
	@GetMapping({ "/my-tasks/{assignmentId}", "/my-tasks/{assignmentId}/evidence" })
	String show(@PathVariable long assignmentId, @AuthenticationPrincipal PortalUser user, Model model) {
		MyTasks.Detail detail = detail(user, assignmentId);
		ProgressView now = detail.progress();
		UpdateView latest = detail.updates().isEmpty() ? null : detail.updates().get(0);
		model.addAttribute("form",
				(latest != null)
						? new UpdateForm(latest.status(), latest.percent(), latest.results(), latest.difficulties(),
								latest.proposals(), now.revision())
						: new UpdateForm(ProgressStatus.IN_PROGRESS, 0, null, null, null, 0));
		return page(user, detail, model);
	}

	@PostMapping("/my-tasks/{assignmentId}")
	String update(@PathVariable long assignmentId, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") UpdateForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		// The page is built only when it is shown again: a good save just redirects.
		MyTasks.Detail detail = null;
		if (!errors.hasErrors()) {
			try {
				this.myTasks.update(user, assignmentId, form.toInput());
				redirect.addFlashAttribute("saved", "progress.update.saved");
				return "redirect:/my-tasks";
			}
			catch (PeriodException ex) {
				errors.reject(ex.getMessage());
			}
			catch (ProgressConflictException ex) {
				// Someone saved meanwhile: show what is saved now, keep what was typed,
				// and let a second save (deliberately) go over the new revision.
				detail = detail(user, assignmentId);
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", detail.updates().isEmpty() ? null : detail.updates().get(0));
				model.addAttribute("form", form.basedOn(detail.progress().revision()));
				errors = new org.springframework.validation.BeanPropertyBindingResult(model.getAttribute("form"),
						"form");
				errors.reject("progress.update.conflict");
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			}
		}
		return page(user, (detail != null) ? detail : detail(user, assignmentId), model);
	}

	private String page(PortalUser user, MyTasks.Detail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("statuses", ProgressStatus.values());
		model.addAttribute("evidence", this.evidence.of(user, detail.item().assignmentId()));
		model.addAttribute("products", this.evidence.products(user, detail.item().assignmentId()));
		model.addAttribute("maxEvidenceMegabytes", this.evidence.maxSize().toMegabytes());
		if (!model.containsAttribute("evidenceForm")) {
			model.addAttribute("evidenceForm", new EvidenceController.EvidenceForm(null, null, null, null));
		}
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
			@Size(max = 5000, message = "{form.tooLong}") String proposals, Integer basedOn) {

		ProgressInput toInput() {
			return new ProgressInput(this.status, this.percent, this.results, this.difficulties, this.proposals,
					(this.basedOn != null) ? this.basedOn : 0);
		}

		UpdateForm basedOn(int revision) {
			return new UpdateForm(this.status, this.percent, this.results, this.difficulties, this.proposals, revision);
		}

	}

}
