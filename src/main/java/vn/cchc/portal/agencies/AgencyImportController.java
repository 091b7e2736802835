package vn.cchc.portal.agencies;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators import agencies from a CSV or Excel file: upload, preview, commit. Under
 * /admin, so only administrators reach it.
 * <p>
 * Between the preview and the commit the rows read from the file wait in the HTTP
 * session, under a random token that the preview page posts back. The server keeps what
 * was previewed, so the commit writes exactly that and a client cannot alter it on the
 * way; the session binds it to the administrator who uploaded it; one pending import per
 * session (a new upload replaces it) bounds the memory, and the session timeout ends it.
 */
@Controller
@RequestMapping("/admin/agencies/import")
class AgencyImportController {

	static final String PENDING = AgencyImportController.class.getName() + ".PENDING";

	private static final String UPLOAD_PAGE = "agencies/import";

	private static final String PREVIEW_PAGE = "agencies/import-preview";

	/**
	 * Semicolons, as Excel set to Vietnamese writes and reads CSV; a BOM, so that Excel
	 * reads it as UTF-8.
	 */
	static final String TEMPLATE = "\uFEFF" + """
			Mã;Tên;Tên ngắn;Loại;Mã cơ quan cấp trên;Hiệu lực từ;Hiệu lực đến;Tên khác
			SNV;Sở Nội vụ;SNV;Sở, ban, ngành;UBND-TINH;;;Sở Nội vụ tỉnh|SNV tỉnh
			SNV-CCHC;Phòng Cải cách hành chính;Phòng CCHC;Phòng, đơn vị trực thuộc;SNV;01/03/2025;;Phòng CCHC Sở Nội vụ
			""";

	/** What waits between preview and commit. */
	record PendingImport(String token, AgencyFile file) implements Serializable {
	}

	/** What the last commit did, shown once on the upload page. */
	record Imported(String fileName, long created, long updated, long unchanged) implements Serializable {
	}

	record UploadForm(MultipartFile file) {
	}

	record CommitForm(@Size(max = 300) String decision) {
	}

	private final AgencyImport agencyImport;

	private final Clock clock;

	AgencyImportController(AgencyImport agencyImport, Clock clock) {
		this.clock = clock;
		this.agencyImport = agencyImport;
	}

	/** The columns a file may have, for the format table of the upload page. */
	@ModelAttribute("columns")
	AgencyFileColumn[] columns() {
		return AgencyFileColumn.values();
	}

	/**
	 * {@code ?upload=too-large}: the upload was over the limit (see
	 * UploadTooLargeFilter).
	 */
	@GetMapping
	String uploadPage(@RequestParam(name = "upload", required = false) String upload, Model model) {
		if ("too-large".equals(upload)) {
			return refused(model, ImportMessage.of("refused.tooLarge", AgencyFileReader.MAX_BYTES / (1024 * 1024)));
		}
		return UPLOAD_PAGE;
	}

	@PostMapping
	String upload(@ModelAttribute UploadForm form, HttpSession session, Model model) throws IOException {
		if (form.file() == null || form.file().isEmpty()) {
			return refused(model, ImportMessage.of("refused.noFile"));
		}
		AgencyFile file;
		try {
			file = AgencyFileReader.read(form.file().getOriginalFilename(), form.file().getBytes());
		}
		catch (AgencyFileRefused ex) {
			return refused(model, ex.reason());
		}
		String token = UUID.randomUUID().toString();
		session.setAttribute(PENDING, new PendingImport(token, file));
		return "redirect:/admin/agencies/import/" + token;
	}

	@GetMapping("/{token}")
	String preview(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect);
		}
		model.addAttribute("form", new CommitForm(null));
		return previewPage(model, token, this.agencyImport.preview(pending.file()));
	}

	@PostMapping("/{token}")
	String commit(@PathVariable String token, @Valid @ModelAttribute("form") CommitForm form, BindingResult errors,
			@AuthenticationPrincipal UserDetails user, HttpSession session, Model model, RedirectAttributes redirect) {
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return stale(redirect);
		}
		if (errors.hasErrors()) {
			return previewPage(model, token, this.agencyImport.preview(pending.file()));
		}
		// Taken out first: a second click on the button finds nothing to import twice.
		session.removeAttribute(PENDING);
		AgencyImport.Result result;
		try {
			result = this.agencyImport.commit(pending.file(), form.decision(), user.getUsername(),
					LocalDate.now(this.clock));
		}
		catch (ReorganisationException | DataAccessException ex) {
			// Rolled back: nothing of the file was saved. The administrator may try
			// again.
			session.setAttribute(PENDING, pending);
			model.addAttribute("failure", "agencies.import.commitFailed");
			return previewPage(model, token, this.agencyImport.preview(pending.file()));
		}
		if (!result.committed()) {
			session.setAttribute(PENDING, pending);
			model.addAttribute("failure", "agencies.import.changedSincePreview");
			return previewPage(model, token, result.preview());
		}
		redirect.addFlashAttribute("imported",
				new Imported(pending.file().fileName(), result.created(), result.updated(), result.unchanged()));
		return "redirect:/admin/agencies/import";
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("mau-nhap-co-quan.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	private String refused(Model model, ImportMessage reason) {
		model.addAttribute("refusal", reason);
		return UPLOAD_PAGE;
	}

	private String previewPage(Model model, String token, ImportPreview preview) {
		model.addAttribute("token", token);
		model.addAttribute("preview", preview);
		model.addAttribute("today", LocalDate.now(this.clock));
		return PREVIEW_PAGE;
	}

	private static String stale(RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", ImportMessage.of("stale"));
		return "redirect:/admin/agencies/import";
	}

	private static PendingImport pending(HttpSession session, String token) {
		return (session.getAttribute(PENDING) instanceof PendingImport pending && pending.token().equals(token))
				? pending : null;
	}

}
