package vn.cchc.portal.importing;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.reform.ReformDomain;
import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.users.PortalUser;

/**
 * Planners import a plan document: upload a file or paste text, look at what the portal
 * understood (nothing written), then create the draft plan in one transaction.
 * <p>
 * As in the agency import, the parsed plan waits in the HTTP session under a random token
 * that the preview page posts back: the draft is created from exactly what was previewed,
 * bound to the person who uploaded it; one pending import per session (a new upload
 * replaces it), ended by the session timeout.
 */
@Controller
@RequestMapping("/plans/import")
class PlanImportController {

	private static final Logger log = LoggerFactory.getLogger(PlanImportController.class);

	static final String PENDING = PlanImportController.class.getName() + ".PENDING";

	private static final String UPLOAD_PAGE = "importing/upload";

	private static final String PREVIEW_PAGE = "importing/preview";

	/** What waits between preview and draft. */
	record PendingImport(String token, String source, ImportedPlan plan) implements Serializable {
	}

	record UploadForm(MultipartFile file, String text) {
	}

	/** A refusal shown on the upload page: a message key and its arguments. */
	record Refusal(String key, List<Object> arguments) implements Serializable {

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

	private final PlanImports imports;

	private final ImportSettings settings;

	private final ReformDomains domains;

	PlanImportController(PlanImports imports, ImportSettings settings, ReformDomains domains) {
		this.imports = imports;
		this.settings = settings;
		this.domains = domains;
	}

	/**
	 * {@code ?upload=too-large}: the upload was over the limit (see
	 * UploadTooLargeFilter).
	 */
	@GetMapping
	String uploadPage(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "upload", required = false) String upload, Model model) {
		requireImporter(user);
		if ("too-large".equals(upload)) {
			model.addAttribute("refusals", List.of(tooLarge()));
		}
		return uploadPage(model, null);
	}

	@PostMapping
	String upload(@AuthenticationPrincipal PortalUser user, @ModelAttribute UploadForm form, HttpSession session,
			Model model) throws IOException {
		requireImporter(user);
		boolean hasFile = form.file() != null && !form.file().isEmpty();
		boolean hasText = form.text() != null && !form.text().isBlank();
		if (!hasFile && !hasText) {
			model.addAttribute("refusals", List.of(new Refusal("importing.refused.nothing", List.of())));
			return uploadPage(model, form.text());
		}
		ImportedPlan plan;
		String source;
		if (hasFile) {
			if (form.file().getSize() > this.settings.limits().maxBytes()) {
				model.addAttribute("refusals", List.of(tooLarge()));
				return uploadPage(model, form.text());
			}
			source = (form.file().getOriginalFilename() != null) ? form.file().getOriginalFilename() : "";
			plan = this.settings.reader().read(form.file().getBytes(), source);
		}
		else {
			source = null;
			plan = this.settings.reader().read(form.text());
		}
		if (!plan.usable()) {
			model.addAttribute("refusals",
					plan.problems()
						.stream()
						.filter((problem) -> problem.severity() == ImportProblem.Severity.ERROR)
						.map((problem) -> new Refusal(problem.key(), List.copyOf(problem.args())))
						.toList());
			return uploadPage(model, hasFile ? null : form.text());
		}
		String token = UUID.randomUUID().toString();
		session.setAttribute(PENDING, new PendingImport(token, source, plan));
		return "redirect:/plans/import/" + token;
	}

	@GetMapping("/{token}")
	String preview(@AuthenticationPrincipal PortalUser user, @PathVariable String token, HttpSession session,
			Locale locale, Model model, RedirectAttributes redirect) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect);
		}
		return previewPage(model, pending, locale);
	}

	@PostMapping("/{token}")
	String createDraft(@AuthenticationPrincipal PortalUser user, @PathVariable String token, HttpSession session,
			Locale locale, Model model, RedirectAttributes redirect) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect);
		}
		// Taken out first: a second click on the button finds nothing to create twice.
		session.removeAttribute(PENDING);
		long planId;
		try {
			planId = this.imports.createDraft(pending.plan(), this.settings.provinceCommitteeId(), user);
		}
		catch (RuntimeException ex) {
			// Rolled back: nothing was written. The planner may try again.
			log.warn("Creating the draft from an import failed", ex);
			session.setAttribute(PENDING, pending);
			model.addAttribute("failure", "importing.preview.failed");
			return previewPage(model, pending, locale);
		}
		return "redirect:/plans/" + planId;
	}

	private String uploadPage(Model model, String text) {
		model.addAttribute("text", text);
		model.addAttribute("maxMegabytes", this.settings.maxMegabytes());
		return UPLOAD_PAGE;
	}

	private String previewPage(Model model, PendingImport pending, Locale locale) {
		ImportPreview preview = this.imports.preview(pending.plan());
		// Tasks by section, in the document's order.
		Map<String, List<ImportPreview.Task>> bySection = new LinkedHashMap<>();
		for (ImportPreview.Task task : preview.tasks()) {
			bySection.computeIfAbsent((task.section() != null) ? task.section() : "", (key) -> new ArrayList<>())
				.add(task);
		}
		Map<String, String> domainNames = new LinkedHashMap<>();
		for (ReformDomain domain : this.domains.all()) {
			domainNames.put(domain.code(), domain.name(locale));
		}
		model.addAttribute("token", pending.token());
		model.addAttribute("source", pending.source());
		model.addAttribute("preview", preview);
		model.addAttribute("sections", bySection);
		model.addAttribute("domainNames", domainNames);
		model.addAttribute("lines", pending.plan().lines());
		model.addAttribute("reviewCount", preview.tasks().stream().filter(ImportPreview.Task::needsReview).count());
		model.addAttribute("topLevelCount", topLevelCount(preview));
		return PREVIEW_PAGE;
	}

	/**
	 * Tasks that become top-level tasks of the draft: as in PlanImports.createDraft, an
	 * activity whose parent label names no earlier task of its section stays top-level.
	 */
	private static long topLevelCount(ImportPreview preview) {
		java.util.Set<String> parents = new java.util.HashSet<>();
		long count = 0;
		for (ImportPreview.Task task : preview.tasks()) {
			if (task.parentLabel() == null || !parents.contains(task.section() + "/" + task.parentLabel())) {
				count++;
				if (task.label() != null) {
					parents.add(task.section() + "/" + task.label());
				}
			}
		}
		return count;
	}

	private Refusal tooLarge() {
		return new Refusal("importing.refused.tooLarge", List.of(this.settings.maxMegabytes()));
	}

	private static String stale(RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusals", List.of(new Refusal("importing.refused.stale", List.of())));
		return "redirect:/plans/import";
	}

	private static PendingImport pending(HttpSession session, String token) {
		return (session.getAttribute(PENDING) instanceof PendingImport pending && pending.token().equals(token))
				? pending : null;
	}

	/** Checked before anything else, so a refusal says nothing about the token. */
	private static void requireImporter(PortalUser user) {
		if (!ImportSettings.mayImport(user)) {
			throw new AccessDeniedException("importing.refused.notAllowed");
		}
	}

}
