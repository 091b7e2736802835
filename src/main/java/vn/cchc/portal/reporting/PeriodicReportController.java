package vn.cchc.portal.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.progress.ProgressFigures;
import vn.cchc.portal.users.PortalUser;

/**
 * The province report's pages: the periods to report on, the draft Sở Nội vụ edits (and
 * leadership reads), and its downloads as Word, PDF and Excel.
 */
@Controller
class PeriodicReportController {

	private final PeriodicReports reports;

	private final ReportPdf pdf;

	private final ProgressFigures figures;

	private final ReportTurns turns;

	private final Clock clock;

	PeriodicReportController(PeriodicReports reports, ReportPdf pdf, ProgressFigures figures, ReportTurns turns,
			Clock clock) {
		this.reports = reports;
		this.pdf = pdf;
		this.figures = figures;
		this.turns = turns;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String periods(@RequestParam(required = false) Integer year, @AuthenticationPrincipal PortalUser user,
			Model model) {
		PeriodicReports.requireReader(user);
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("periods", this.figures.startedPeriods(shown));
		return "reporting/list";
	}

	@GetMapping("/reports/{periodId}")
	String show(@PathVariable long periodId, @AuthenticationPrincipal PortalUser user, Model model) {
		return page(this.reports.open(periodId, user, null), user, model);
	}

	@PostMapping("/reports/{periodId}")
	String save(@PathVariable long periodId, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("words") ReportDraft words, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PeriodicReports.requireEditor(user);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(this.reports.open(periodId, user, words), user, model);
		}
		try {
			this.reports.save(periodId, words, user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Someone saved meanwhile: their words beside the typed ones, nothing lost;
			// the
			// next save, made knowingly, replaces theirs.
			response.setStatus(HttpStatus.CONFLICT.value());
			PeriodicReports.Opened current = this.reports.open(periodId, user, words);
			model.addAttribute("conflict", differences(current.draft().words(), words));
			words.setVersion(current.draft().words().getVersion());
			return page(current, user, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/reports/" + periodId;
	}

	@GetMapping("/reports/{periodId}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable long periodId, @AuthenticationPrincipal PortalUser user) {
		return download(periodId, user, "docx", ReportDocx.CONTENT_TYPE, ReportDocx::write);
	}

	@GetMapping("/reports/{periodId}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long periodId, @AuthenticationPrincipal PortalUser user) {
		return download(periodId, user, "xlsx", ReportXlsx.CONTENT_TYPE, ReportXlsx::write);
	}

	@GetMapping("/reports/{periodId}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long periodId, @AuthenticationPrincipal PortalUser user) {
		return download(periodId, user, "pdf", MediaType.APPLICATION_PDF_VALUE, this.pdf::write);
	}

	private ResponseEntity<byte[]> download(long periodId, PortalUser user, String extension, String contentType,
			Function<ProvinceReport, byte[]> writer) {
		PeriodicReports.requireReader(user);
		return this.turns.take(() -> {
			ProvinceReport report = this.reports.compile(periodId, user);
			String name = "bao-cao-cchc-" + report.period().kind().name().toLowerCase(java.util.Locale.ROOT) + "-"
					+ report.period().year() + "." + extension;
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(contentType))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body(writer.apply(report));
		});
	}

	/** Every turn was taken for too long: a page that says to try again, not an error. */
	@ExceptionHandler(ReportTurns.Busy.class)
	ModelAndView busy(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		ModelAndView page = new ModelAndView("reporting/busy");
		page.addObject("retry", request.getRequestURI());
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	private static String page(PeriodicReports.Opened opened, PortalUser user, Model model) {
		model.addAttribute("draft", opened.draft());
		model.addAttribute("words", opened.report().words());
		model.addAttribute("report", opened.report());
		model.addAttribute("editable", PeriodicReports.canEdit(user));
		return "reporting/edit";
	}

	/** The saved words that differ from the typed ones, by field. */
	private static Map<String, String> differences(ReportDraft saved, ReportDraft typed) {
		Map<String, String> differ = new LinkedHashMap<>();
		compare(differ, "issuer", saved.getIssuer(), typed.getIssuer());
		compare(differ, "documentNumber", saved.getDocumentNumber(), typed.getDocumentNumber());
		compare(differ, "place", saved.getPlace(), typed.getPlace());
		compare(differ, "reportDate", Objects.toString(saved.getReportDate(), ""),
				Objects.toString(typed.getReportDate(), ""));
		compare(differ, "title", saved.getTitle(), typed.getTitle());
		compare(differ, "direction", saved.getDirection(), typed.getDirection());
		for (String code : saved.getDomainTexts().keySet()) {
			compare(differ, "domainTexts[" + code + "]", saved.getDomainTexts().get(code),
					typed.getDomainTexts().get(code));
		}
		compare(differ, "difficulties", saved.getDifficulties(), typed.getDifficulties());
		compare(differ, "proposals", saved.getProposals(), typed.getProposals());
		compare(differ, "recipients", saved.getRecipients(), typed.getRecipients());
		compare(differ, "signerTitle", saved.getSignerTitle(), typed.getSignerTitle());
		compare(differ, "signerName", saved.getSignerName(), typed.getSignerName());
		return differ;
	}

	private static void compare(Map<String, String> differ, String field, String saved, String typed) {
		if (!normal(saved).equals(normal(typed))) {
			differ.put(field, saved);
		}
	}

	private static String normal(String text) {
		return (text == null) ? "" : text.strip().replace("\r\n", "\n");
	}

}
