package vn.cchc.portal.plans;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cchc.portal.users.PortalUser;

/**
 * A plan's appendix table as Word and Excel downloads, for everyone who may read the plan
 * (every signed-in user).
 */
@Controller
class PlanExportController {

	private static final int MAX_TITLE_LENGTH = 120;

	private final PlanCatalog catalog;

	PlanExportController(PlanCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/plans/{id}/appendix.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		return download(id, user, "docx", AppendixDocx.CONTENT_TYPE, AppendixDocx::write);
	}

	@GetMapping("/plans/{id}/appendix.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		return download(id, user, "xlsx", AppendixXlsx.CONTENT_TYPE, AppendixXlsx::write);
	}

	private ResponseEntity<byte[]> download(long id, PortalUser user, String extension, String contentType,
			Function<Appendix, byte[]> writer) {
		PlanView plan = this.catalog.view(id, user, Appendix.VIETNAMESE);
		byte[] content = writer.apply(Appendix.of(plan));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(plan, extension))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.contentLength(content.length)
			.body(content);
	}

	/**
	 * {@code attachment} with an ASCII name every client accepts
	 * ("ke-hoach-cchc-2024-phu-luc.docx") and the Vietnamese one for those that read RFC
	 * 6266 {@code filename*} ("Phụ lục - Kế hoạch CCHC năm 2024.docx").
	 */
	static String contentDisposition(PlanView plan, String extension) {
		String ascii = "ke-hoach-cchc-" + plan.year() + "-phu-luc." + extension;
		String title = (plan.title() != null) ? plan.title() : "";
		title = Normalizer.normalize(title, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]+", " ")
			.replaceAll("\\s+", " ")
			.strip();
		if (title.length() > MAX_TITLE_LENGTH) {
			title = title.substring(0, MAX_TITLE_LENGTH).strip();
		}
		String unicode = (title.isEmpty() ? "Phụ lục nhiệm vụ CCHC năm " + plan.year() : "Phụ lục - " + title) + "."
				+ extension;
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(unicode);
	}

	private static String rfc5987(String value) {
		// URLEncoder writes form encoding: a space is "+", and a few attr-chars are
		// encoded that need not be, which is still valid.
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
