package vn.cchc.portal.progress;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.users.PortalUser;

/**
 * Evidence files and delivered products of an assignment: added from the task's page,
 * downloaded as attachments only.
 */
@Controller
class EvidenceController {

	private final EvidenceFiles evidence;

	EvidenceController(EvidenceFiles evidence) {
		this.evidence = evidence;
	}

	@PostMapping("/my-tasks/{assignmentId}/evidence")
	String upload(@PathVariable long assignmentId, @RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute EvidenceForm form, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect)
			throws IOException {
		try {
			this.evidence.upload(user, assignmentId, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : null, form.toMetadata());
			redirect.addFlashAttribute("saved", "progress.evidence.saved");
		}
		catch (EvidenceRejectedException ex) {
			refused(redirect, ex.getMessage(), form);
		}
		catch (PeriodException ex) {
			refused(redirect, ex.getMessage(), form);
		}
		return "redirect:/my-tasks/" + assignmentId + "#evidence";
	}

	@PostMapping("/my-tasks/{assignmentId}/evidence/{evidenceId}/delete")
	String delete(@PathVariable long assignmentId, @PathVariable long evidenceId,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			this.evidence.delete(user, evidenceId);
		}
		catch (PeriodException ex) {
			refused(redirect, ex.getMessage(), null);
		}
		return "redirect:/my-tasks/" + assignmentId + "#evidence";
	}

	/**
	 * The evidence library: find a document again, e.g. for the PAR INDEX
	 * self-assessment.
	 */
	@GetMapping("/evidence")
	String library(@RequestParam(name = "q", defaultValue = "") String query, @AuthenticationPrincipal PortalUser user,
			org.springframework.ui.Model model) {
		model.addAttribute("query", query);
		model.addAttribute("files", this.evidence.search(user, query));
		return "progress/evidence";
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable long evidenceId, @AuthenticationPrincipal PortalUser user) {
		EvidenceFiles.EvidenceFile file = this.evidence.download(user, evidenceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// Always an attachment, never rendered in the portal's origin.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(file.content());
	}

	@PostMapping("/my-tasks/{assignmentId}/products")
	String deliver(@PathVariable long assignmentId, @RequestParam(name = "product", defaultValue = "") String product,
			@RequestParam(name = "documentNumber", required = false) String documentNumber,
			@RequestParam(name = "documentDate",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (product.isBlank() || product.length() > 1000 || (documentNumber != null && documentNumber.length() > 100)) {
			refused(redirect, product.isBlank() ? "progress.product.error.required" : "form.tooLong", null);
			redirect.addFlashAttribute("productTyped", product);
			return "redirect:/my-tasks/" + assignmentId + "#products";
		}
		try {
			this.evidence.deliver(user, assignmentId, product, documentNumber, documentDate);
			redirect.addFlashAttribute("saved", "progress.product.saved");
		}
		catch (PeriodException ex) {
			refused(redirect, ex.getMessage(), null);
		}
		return "redirect:/my-tasks/" + assignmentId + "#products";
	}

	@PostMapping("/my-tasks/{assignmentId}/products/{productId}/delete")
	String undeliver(@PathVariable long assignmentId, @PathVariable long productId,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			this.evidence.undeliver(user, productId);
		}
		catch (PeriodException ex) {
			refused(redirect, ex.getMessage(), null);
		}
		return "redirect:/my-tasks/" + assignmentId + "#products";
	}

	private static void refused(RedirectAttributes redirect, String key, EvidenceForm form) {
		// The size limit is the one message with an argument: the page writes it.
		redirect.addFlashAttribute(key.equals("progress.evidence.error.tooLarge") ? "evidenceTooLarge" : "problem",
				key.equals("progress.evidence.error.tooLarge") ? Boolean.TRUE : key);
		if (form != null) {
			redirect.addFlashAttribute("evidenceForm", form);
		}
	}

	/** The metadata typed beside a file. */
	record EvidenceForm(String title, String documentNumber,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate, String issuer) {

		EvidenceMetadata toMetadata() {
			return new EvidenceMetadata(cut(this.title, 500), cut(this.documentNumber, 100), this.documentDate,
					cut(this.issuer, 300));
		}

		private static String cut(String text, int max) {
			return (text == null || text.length() <= max) ? text : text.substring(0, max);
		}

	}

}
