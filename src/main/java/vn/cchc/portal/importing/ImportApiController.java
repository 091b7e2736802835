package vn.cchc.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.cchc.portal.shared.api.ApiController;
import vn.cchc.portal.users.PortalUser;

/**
 * {@code POST /api/v1/imports}: what the portal understands of a plan document, as JSON,
 * without saving anything. For scripts, and to measure the importer's accuracy.
 */
@ApiController
@Tag(name = "Imports")
class ImportApiController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PlanImports imports;

	private final ImportSettings settings;

	private final MessageSource messages;

	ImportApiController(PlanImports imports, ImportSettings settings, MessageSource messages) {
		this.imports = imports;
		this.settings = settings;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Read a plan document (.docx, .xlsx, .txt as multipart 'file') into a preview, "
			+ "agencies resolved and deadlines interpreted; nothing is saved")
	ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal PortalUser user)
			throws IOException {
		requireImporter(user);
		if (file.getSize() > this.settings.limits().maxBytes()) {
			return tooLarge();
		}
		return answer(this.settings.reader()
			.read(file.getBytes(), (file.getOriginalFilename() != null) ? file.getOriginalFilename() : ""));
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Read a plan document sent as plain text (UTF-8) into a preview; nothing is saved")
	ResponseEntity<?> importText(HttpServletRequest request, @AuthenticationPrincipal PortalUser user)
			throws IOException {
		requireImporter(user);
		long max = this.settings.limits().maxBytes();
		if (request.getContentLengthLong() > max) {
			return tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		if (body.length > max) {
			return tooLarge();
		}
		return answer(this.settings.reader().read(new String(body, StandardCharsets.UTF_8)));
	}

	private ResponseEntity<?> answer(ImportedPlan plan) {
		if (!plan.usable()) {
			ImportProblem error = plan.problems()
				.stream()
				.filter((problem) -> problem.severity() == ImportProblem.Severity.ERROR)
				.findFirst()
				.orElse(ImportProblem.error("import.error.noTasks"));
			HttpStatus status = error.key().equals("import.error.tooLarge") ? HttpStatus.PAYLOAD_TOO_LARGE
					: HttpStatus.BAD_REQUEST;
			return problem(status, error.key(), error.line(), error.args().toArray());
		}
		return ResponseEntity.ok(this.imports.preview(plan));
	}

	private ResponseEntity<ProblemDetail> tooLarge() {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "importing.refused.tooLarge", 0, this.settings.maxMegabytes());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, int line, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, args, key, VIETNAMESE));
		problem.setProperty("key", key);
		problem.setProperty("line", line);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static void requireImporter(PortalUser user) {
		if (!ImportSettings.mayImport(user)) {
			throw new AccessDeniedException("importing.refused.notAllowed");
		}
	}

}
