package vn.cchc.portal.progress;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.shared.time.PlanYears;
import vn.cchc.portal.users.PortalUser;

/**
 * The reporting periods of a year: everyone sees them; Sở Nội vụ sets their dates, opens
 * and closes them.
 */
@Controller
class ReportingPeriodController {

	private final ReportingPeriods periods;

	private final Clock clock;

	ReportingPeriodController(ReportingPeriods periods, Clock clock) {
		this.clock = clock;
		this.periods = periods;
	}

	@GetMapping("/periods")
	String list(@RequestParam(name = "year", required = false) Integer year, @AuthenticationPrincipal PortalUser user,
			Model model) {
		int shown = PlanYears.orThisYear(year, this.clock);
		model.addAttribute("year", shown);
		model.addAttribute("periods", this.periods.ofYear(shown));
		model.addAttribute("canManage", manages(user));
		return "progress/periods";
	}

	@PostMapping("/periods/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "year", defaultValue = "0") int year,
			@RequestParam(name = "cutoffFrom",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "cutoffTo",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "dueDate",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		requireManager(user);
		if (from == null || to == null || due == null) {
			redirect.addFlashAttribute("problem", "progress.periods.error.dates");
			return "redirect:/periods?year=" + year;
		}
		return done(year, redirect, "progress.periods.saved", () -> this.periods.schedule(id, version, from, to, due));
	}

	@PostMapping("/periods/{id}/open")
	String open(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "year", defaultValue = "0") int year, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		requireManager(user);
		return done(year, redirect, "progress.periods.opened", () -> this.periods.open(id, version));
	}

	@PostMapping("/periods/{id}/close")
	String close(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "year", defaultValue = "0") int year,
			@RequestParam(name = "graceUntil",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate graceUntil,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		requireManager(user);
		return done(year, redirect, "progress.periods.closed", () -> this.periods.close(id, version, graceUntil));
	}

	/**
	 * Makes the change and goes back to the year's periods with what happened. A form
	 * from a page older than the period's version gets the 409 page (ConflictHandler).
	 */
	private static String done(int year, RedirectAttributes redirect, String message, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", message);
		}
		catch (PeriodException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/periods?year=" + year;
	}

	private static boolean manages(PortalUser user) {
		return user.getRole().coordinatesTheProvince();
	}

	private static void requireManager(PortalUser user) {
		if (!manages(user)) {
			throw new AccessDeniedException("progress.periods.notYours");
		}
	}

}
