package vn.cchc.portal.progress;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.shared.text.VietnameseNumbers;
import vn.cchc.portal.users.PortalUser;
import vn.cchc.portal.users.Role;

/**
 * The agency's period report: the head's page, and Sở Nội vụ's review of every agency.
 */
@Controller
class AgencyReportController {

	private final AgencyReports reports;

	private final TargetActuals targets;

	AgencyReportController(AgencyReports reports, TargetActuals targets) {
		this.reports = reports;
		this.targets = targets;
	}

	@GetMapping("/agency-report")
	String mine(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("agencyPeriod", this.reports.ofMyAgency(user).orElse(null));
		model.addAttribute("head", user.getRole() == Role.AGENCY_HEAD);
		model.addAttribute("reviewing", false);
		model.addAttribute("fromReview", false);
		return "progress/agency-report";
	}

	@PostMapping("/agency-report/items/{assignmentId}/send-back")
	String sendBack(@PathVariable long assignmentId, @RequestParam(name = "comment", defaultValue = "") String comment,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			this.reports.sendBack(user, assignmentId, comment);
			redirect.addFlashAttribute("saved", "progress.report.sentBack");
		}
		catch (PeriodException | ReportInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/agency-report";
	}

	@PostMapping("/agency-report/targets/{targetId}")
	String recordTarget(@PathVariable long targetId, @RequestParam(name = "value", defaultValue = "") String value,
			@RequestParam(name = "note", required = false) String note, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		try {
			this.targets.record(user, targetId, VietnameseNumbers.parse(value), note);
			redirect.addFlashAttribute("saved", "progress.target.saved");
		}
		catch (PeriodException | ReportInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("targetTyped",
					Map.of("id", targetId, "value", value, "note", (note != null) ? note : ""));
		}
		return "redirect:/agency-report#targets";
	}

	@PostMapping("/agency-report/submit")
	String submit(@RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "summary", defaultValue = "") String summary, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		try {
			this.reports.submit(user, version, summary);
			redirect.addFlashAttribute("saved", "progress.report.submitted");
		}
		catch (PeriodException | ReportInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/agency-report";
	}

	@GetMapping("/periods/{id}/review")
	String review(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("review", this.reports.review(user, id));
		return "progress/review";
	}

	@PostMapping("/periods/{id}/remind")
	String remind(@PathVariable long id, @RequestParam(name = "agencyId", required = false) List<Long> agencyIds,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		int reminded = this.reports.remind(user, id, (agencyIds != null) ? agencyIds : List.of());
		redirect.addFlashAttribute("remindedCount", reminded);
		return "redirect:/periods/" + id + "/review";
	}

	@GetMapping("/periods/{id}/agencies/{agencyId}")
	String agency(@PathVariable long id, @PathVariable long agencyId, @AuthenticationPrincipal PortalUser user,
			Model model) {
		model.addAttribute("agencyPeriod", this.reports.ofAgency(user, id, agencyId));
		model.addAttribute("head", false);
		model.addAttribute("reviewing", user.getRole().coordinatesTheProvince());
		model.addAttribute("fromReview", true);
		return "progress/agency-report";
	}

	@PostMapping("/periods/{id}/agencies/{agencyId}/accept")
	String accept(@PathVariable long id, @PathVariable long agencyId,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "comment", defaultValue = "") String comment, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return decided(() -> this.reports.accept(user, id, agencyId, version, comment), "progress.report.accepted", id,
				agencyId, redirect, comment);
	}

	@PostMapping("/periods/{id}/agencies/{agencyId}/return")
	String returnToAgency(@PathVariable long id, @PathVariable long agencyId,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "comment", defaultValue = "") String comment, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		return decided(() -> this.reports.returnToAgency(user, id, agencyId, version, comment),
				"progress.report.returned", id, agencyId, redirect, comment);
	}

	private static String decided(Runnable decision, String message, long periodId, long agencyId,
			RedirectAttributes redirect, String comment) {
		try {
			decision.run();
			redirect.addFlashAttribute("saved", message);
		}
		catch (PeriodException | ReportInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("commentTyped", comment);
		}
		return "redirect:/periods/" + periodId + "/agencies/" + agencyId;
	}

}
