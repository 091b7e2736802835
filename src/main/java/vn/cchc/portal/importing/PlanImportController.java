package vn.cchc.portal.importing;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.reform.ReformDomain;
import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.shared.text.TypedText;
import vn.cchc.portal.shared.time.PlanYears;
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

	/**
	 * What waits between preview and draft: the plan as corrected so far and the
	 * planner's other decisions. Replaced in the session on every correction.
	 */
	record PendingImport(String token, String source, ImportedPlan plan,
			ImportCorrections corrections) implements Serializable {

		PendingImport with(ImportedPlan changed, ImportCorrections decided) {
			return new PendingImport(this.token, this.source, changed, decided);
		}

	}

	/**
	 * One task as the planner corrects it on the preview. {@code span} and {@code agency}
	 * go in pairs: a name as the wording writes it, and the agency the planner picked for
	 * it (blank: as the portal understood it, or kept as text).
	 */
	record TaskCorrection(String label, String text, String lead, String coordinating, String products, String deadline,
			String budget, Integer section, List<String> span, List<String> agency) {

		public List<String> spans() {
			return (this.span != null) ? this.span : List.of();
		}

		public List<String> agencies() {
			return (this.agency != null) ? this.agency : List.of();
		}

	}

	/** The plan's header as the planner corrects it; the date as written (dd/MM/yyyy). */
	record HeaderCorrection(String title, String year, String decisionNumber, String decisionDate, String signer) {
	}

	/**
	 * A task on the page: its index in the import, what was understood, left out or not.
	 */
	record Row(int index, ImportPreview.Task task, boolean dropped) {

		/**
		 * Leads then coordinating parties, in the order the correction form lists them.
		 */
		public List<ImportPreview.Party> parties() {
			List<ImportPreview.Party> parties = new ArrayList<>(this.task.leads());
			parties.addAll(this.task.coordinating());
			return parties;
		}

	}

	/** A section of the page with its rows; index -1 for tasks before any section. */
	record SectionRows(int index, String label, String title, String domain, List<Row> rows) {
	}

	/** Fields longer than this are refused (the task editor's own limits are larger). */
	private static final int MAX_FIELD = 4000;

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
		session.setAttribute(PENDING, new PendingImport(token, source, plan, ImportCorrections.NONE));
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
			planId = this.imports.createDraft(pending.plan(), pending.corrections(),
					this.settings.provinceCommitteeId(), user);
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

	/**
	 * The edit form of one task: a fragment for htmx (swapped into the row), else the
	 * whole preview with that row open.
	 */
	@GetMapping("/{token}/tasks/{index}")
	String editTask(@AuthenticationPrincipal PortalUser user, @PathVariable String token, @PathVariable int index,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpSession session, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect, token, htmx != null, response);
		}
		ImportedTask task = taskOf(pending, index);
		model.addAttribute("form",
				new TaskCorrection(task.label(), task.text(), task.lead(), task.coordinating(),
						String.join("\n", task.products()), task.deadline(), task.budget(), task.section(), List.of(),
						List.of()));
		model.addAttribute("errors", Map.of());
		return editPage(model, pending, index, locale, htmx != null);
	}

	/**
	 * Saves the correction of one task in the session (nothing is written to the database
	 * before the draft). A task text left blank or an agency name that names no agency is
	 * refused beside its field, keeping what was typed.
	 */
	@PostMapping("/{token}/tasks/{index}")
	String correctTask(@AuthenticationPrincipal PortalUser user, @PathVariable String token, @PathVariable int index,
			@ModelAttribute TaskCorrection form, @RequestHeader(name = "HX-Request", required = false) String htmx,
			HttpSession session, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect, token, htmx != null, response);
		}
		ImportedTask task = taskOf(pending, index);
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.text() == null || form.text().isBlank()) {
			errors.put("text", "form.required");
		}
		for (String field : new String[] { form.text(), form.lead(), form.coordinating(), form.products(),
				form.deadline(), form.budget(), form.label() }) {
			if (field != null && field.length() > MAX_FIELD) {
				errors.putIfAbsent("text", "importing.correct.tooLong");
			}
		}
		int section = (form.section() != null) ? form.section() : task.section();
		if (section < -1 || section >= pending.plan().sections().size()) {
			errors.put("section", "importing.correct.noSuchSection");
		}
		Map<String, Long> chosen = new LinkedHashMap<>(pending.corrections().agenciesOf(index));
		for (int i = 0; i < form.spans().size() && i < form.agencies().size(); i++) {
			String span = form.spans().get(i);
			String name = form.agencies().get(i);
			if (name == null || name.isBlank()) {
				// Blank: as the portal understood it, or the name kept as text.
				chosen.remove(span);
				continue;
			}
			Optional<AgencySummary> agency = this.imports.agencyNamed(pending.plan(), name);
			if (agency.isPresent()) {
				chosen.put(span, agency.get().id());
			}
			else {
				errors.put("agency" + i, "importing.correct.noSuchAgency");
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			return editPage(model, pending, index, locale, htmx != null);
		}
		ImportedTask corrected = new ImportedTask(section, TypedText.orNull(form.label()), form.text().strip(),
				TypedText.orNull(form.lead()), TypedText.orNull(form.coordinating()), lines(form.products()),
				TypedText.orNull(form.deadline()), TypedText.orNull(form.budget()), task.parentLabel(),
				task.firstLine(), task.lastLine());
		PendingImport changed = pending.with(pending.plan().withTask(index, corrected),
				pending.corrections().choosing(index, chosen));
		session.setAttribute(PENDING, changed);
		if (htmx != null && section == task.section()) {
			return rowFragment(model, changed, index, locale);
		}
		// Moved to another section: the whole page is laid out again.
		return redirectToTask(token, index, htmx != null, response);
	}

	/**
	 * Leaves a task out of the draft, or ({@code drop=false}) takes it back. A plain
	 * post: the page comes back at the row, its counts up to date.
	 */
	@PostMapping("/{token}/tasks/{index}/drop")
	String dropTask(@AuthenticationPrincipal PortalUser user, @PathVariable String token, @PathVariable int index,
			@RequestParam(name = "drop", defaultValue = "true") boolean drop, HttpSession session,
			RedirectAttributes redirect) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect);
		}
		taskOf(pending, index);
		session.setAttribute(PENDING, pending.with(pending.plan(), pending.corrections().dropping(index, drop)));
		return "redirect:/plans/import/" + token + "#task-" + index;
	}

	/**
	 * Corrects the plan's header (title, year, decision number and date, signer). The
	 * year decides how deadlines without one are read ("Quý II" of which year). A year or
	 * date that cannot be read is refused beside its field, keeping what was typed.
	 */
	@PostMapping("/{token}/header")
	String correctHeader(@AuthenticationPrincipal PortalUser user, @PathVariable String token,
			@ModelAttribute HeaderCorrection form, HttpSession session, Locale locale, Model model,
			RedirectAttributes redirect) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Integer year = null;
		if (form.year() != null && !form.year().isBlank()) {
			try {
				year = Integer.valueOf(form.year().strip());
			}
			catch (NumberFormatException ex) {
				errors.put("year", "importing.correct.badYear");
			}
			if (year != null && !PlanYears.contains(year)) {
				errors.put("year", "importing.correct.badYear");
			}
		}
		java.time.LocalDate date = null;
		if (form.decisionDate() != null && !form.decisionDate().isBlank()) {
			try {
				date = java.time.LocalDate.parse(form.decisionDate().strip(),
						java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
							.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			}
			catch (java.time.format.DateTimeParseException ex) {
				errors.put("decisionDate", "importing.correct.badDate");
			}
		}
		// The plan's columns: title 500, decision number 100, signer 200 characters.
		tooLong(errors, "title", form.title(), 480);
		tooLong(errors, "decisionNumber", form.decisionNumber(), 100);
		tooLong(errors, "signer", form.signer(), 200);
		if (!errors.isEmpty()) {
			model.addAttribute("headerForm", form);
			model.addAttribute("headerErrors", errors);
			return previewPage(model, pending, locale);
		}
		ImportedHeader read = pending.plan().header();
		session.setAttribute(PENDING,
				pending.with(
						pending.plan()
							.withHeader(new ImportedHeader(read.issuer(), TypedText.orNull(form.decisionNumber()), date,
									year, TypedText.orNull(form.signer()), TypedText.orNull(form.title()))),
						pending.corrections()));
		return "redirect:/plans/import/" + token + "#import-header";
	}

	private static void tooLong(Map<String, String> errors, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			errors.put(field, "importing.correct.headerTooLong");
		}
	}

	/** Sets the reform domain of a section (or none). */
	@PostMapping("/{token}/sections/{index}")
	String correctSection(@AuthenticationPrincipal PortalUser user, @PathVariable String token, @PathVariable int index,
			@RequestParam(name = "domain", defaultValue = "") String domain, HttpSession session,
			RedirectAttributes redirect) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect);
		}
		if (index < 0 || index >= pending.plan().sections().size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String code = domain.isBlank() ? null : domain;
		if (code != null && this.domains.all().stream().noneMatch((known) -> known.code().equals(code))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ImportedSection section = pending.plan().sections().get(index);
		session.setAttribute(PENDING,
				pending.with(pending.plan()
					.withSection(index, new ImportedSection(section.label(), section.title(), code, section.line())),
						pending.corrections()));
		return "redirect:/plans/import/" + token + "#section-" + index;
	}

	/**
	 * Type-ahead for an agency name: existing agencies of the plan's date, best first.
	 */
	@GetMapping("/{token}/agencies")
	String agencySuggestions(@AuthenticationPrincipal PortalUser user, @PathVariable String token,
			@RequestParam(name = "agency", defaultValue = "") List<String> typed, HttpSession session, Model model) {
		requireImporter(user);
		PendingImport pending = pending(session, token);
		// Every agency input of a row is named "agency": the one being typed in is sent.
		String query = typed.stream().filter((value) -> !value.isBlank()).reduce((first, last) -> last).orElse("");
		model.addAttribute("agencies",
				(pending != null) ? this.imports.agenciesMatching(pending.plan(), query, 8) : List.of());
		return "importing/fragments :: suggestions";
	}

	private String previewPage(Model model, PendingImport pending, Locale locale) {
		ImportPreview preview = this.imports.preview(pending.plan(), pending.corrections());
		List<SectionRows> sections = new ArrayList<>();
		Map<Integer, SectionRows> byIndex = new LinkedHashMap<>();
		List<ImportedSection> planSections = pending.plan().sections();
		for (int i = 0; i < preview.tasks().size(); i++) {
			int section = pending.plan().tasks().get(i).section();
			SectionRows rows = byIndex.computeIfAbsent(section, (key) -> {
				ImportedSection read = (key >= 0) ? planSections.get(key) : null;
				SectionRows created = new SectionRows(key, (read != null) ? read.label() : null,
						(read != null) ? read.title() : null, (read != null) ? read.domain() : null, new ArrayList<>());
				sections.add(created);
				return created;
			});
			rows.rows().add(new Row(i, preview.tasks().get(i), pending.corrections().isDropped(i)));
		}
		// Sections in the document's order, whatever order corrections moved tasks in.
		sections.sort(java.util.Comparator.comparingInt(SectionRows::index));
		if (!model.containsAttribute("headerForm")) {
			ImportedHeader header = pending.plan().header();
			model.addAttribute("headerForm", new HeaderCorrection(preview.plan().title(),
					String.valueOf(preview.plan().year()), header.decisionNumber(),
					(header.decisionDate() != null)
							? java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(header.decisionDate())
							: null,
					header.signer()));
			model.addAttribute("headerErrors", Map.of());
		}
		model.addAttribute("token", pending.token());
		model.addAttribute("source", pending.source());
		model.addAttribute("preview", preview);
		model.addAttribute("sections", sections);
		model.addAttribute("planSections", planSections);
		model.addAttribute("domainNames", domainNames(locale));
		model.addAttribute("lines", pending.plan().lines());
		model.addAttribute("reviewCount",
				java.util.stream.IntStream.range(0, preview.tasks().size())
					.filter((i) -> !pending.corrections().isDropped(i) && preview.tasks().get(i).needsReview())
					.count());
		model.addAttribute("droppedCount", pending.corrections().dropped().size());
		model.addAttribute("topLevelCount", topLevelCount(preview, pending.corrections()));
		return PREVIEW_PAGE;
	}

	private String editPage(Model model, PendingImport pending, int index, Locale locale, boolean fragment) {
		if (!fragment) {
			model.addAttribute("editing", index);
			return previewPage(model, pending, locale);
		}
		model.addAttribute("token", pending.token());
		model.addAttribute("row", row(pending, index));
		model.addAttribute("planSections", pending.plan().sections());
		return "importing/fragments :: editRow";
	}

	private String rowFragment(Model model, PendingImport pending, int index, Locale locale) {
		model.addAttribute("token", pending.token());
		model.addAttribute("domainNames", domainNames(locale));
		model.addAttribute("row", row(pending, index));
		return "importing/fragments :: taskRow";
	}

	/** One row, resolved alone: an edit redraws its row, not the whole plan. */
	private Row row(PendingImport pending, int index) {
		return new Row(index, this.imports.previewTask(pending.plan(), pending.corrections(), index),
				pending.corrections().isDropped(index));
	}

	private static String redirectToTask(String token, int index, boolean htmx, HttpServletResponse response) {
		String target = "/plans/import/" + token + "#task-" + index;
		if (htmx) {
			response.setHeader("HX-Redirect", target);
			return "importing/fragments :: empty";
		}
		return "redirect:" + target;
	}

	private Map<String, String> domainNames(Locale locale) {
		Map<String, String> domainNames = new LinkedHashMap<>();
		for (ReformDomain domain : this.domains.all()) {
			domainNames.put(domain.code(), domain.name(locale));
		}
		return domainNames;
	}

	/**
	 * Tasks that become top-level tasks of the draft: as in PlanImports.createDraft, an
	 * activity whose parent label names no earlier kept task of its section stays
	 * top-level; dropped tasks count for nothing.
	 */
	private static long topLevelCount(ImportPreview preview, ImportCorrections corrections) {
		java.util.Set<String> parents = new java.util.HashSet<>();
		long count = 0;
		for (int i = 0; i < preview.tasks().size(); i++) {
			ImportPreview.Task task = preview.tasks().get(i);
			if (corrections.isDropped(i)) {
				continue;
			}
			if (task.parentLabel() == null || !parents.contains(task.section() + "/" + task.parentLabel())) {
				count++;
				if (task.label() != null) {
					parents.add(task.section() + "/" + task.label());
				}
			}
		}
		return count;
	}

	private static ImportedTask taskOf(PendingImport pending, int index) {
		if (index < 0 || index >= pending.plan().tasks().size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return pending.plan().tasks().get(index);
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private Refusal tooLarge() {
		return new Refusal("importing.refused.tooLarge", List.of(this.settings.maxMegabytes()));
	}

	/**
	 * htmx would swap the upload page into a row: it is sent to the preview's address
	 * instead, which answers with the stale message.
	 */
	private static String stale(RedirectAttributes redirect, String token, boolean htmx, HttpServletResponse response) {
		if (htmx) {
			response.setHeader("HX-Redirect", "/plans/import/" + token);
			return "importing/fragments :: empty";
		}
		return stale(redirect);
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
