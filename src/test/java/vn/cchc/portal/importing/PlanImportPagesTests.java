package vn.cchc.portal.importing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a plan document over real HTTP, on the test PostgreSQL: the page (upload or
 * paste, preview, create the draft) and {@code POST /api/v1/imports}.
 */
@PortalWebTest
class PlanImportPagesTests {

	private static final String PAGE = "/plans/import";

	/** The first bytes of a PNG picture. */
	private static final byte[] PICTURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Seed 002's cells are guessed from OCR lines whose columns were lost: the preview
	 * highlights each guessed cell with a note, and the rows ask for review.
	 */
	@Test
	void guessedCellsOfALostColumnTableAreHighlighted() {
		Browser planner = Browser.signedIn(this.port, "planner");
		HttpResponse<String> uploaded = planner.upload(PAGE, "file", "ha-tinh-2024.txt",
				SeedFiles.bytes(SeedFiles.SEED_002), Map.of(), planner.csrfTokenOf(PAGE));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String page = planner.get(location(uploaded)).body();
		assertThat(page).contains("93 nhiệm vụ")
			.contains("import-guessed")
			.contains("Đọc từ bản quét bị lẫn cột: cần kiểm tra")
			.contains("Sở Nội vụ")
			.contains("Thường xuyên")
			.doesNotContain("Exception");
	}

	@Test
	void aPlannerUploadsSeed001PreviewsItWithoutWritingAndCreatesTheDraft() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plans = count("plan");
		long tasks = count("plan_task");

		HttpResponse<String> uploaded = planner.upload(PAGE, "file", "ke-hoach-2024.txt",
				SeedFiles.bytes(SeedFiles.SEED_001), Map.of(), planner.csrfTokenOf(PAGE));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String preview = location(uploaded);
		assertThat(preview).matches("/plans/import/[0-9a-f-]{36}");

		String page = planner.get(preview).body();
		assertThat(page).contains("Xem trước: ke-hoach-2024.txt")
			.contains("56 nhiệm vụ (56 nhiệm vụ chính)")
			.contains("2024")
			.contains("Tạo dự thảo")
			.contains("id=\"L1\"")
			.contains("Cải cách thể chế")
			.doesNotContain("Exception");
		assertThat(count("plan")).isEqualTo(plans);
		assertThat(count("plan_task")).isEqualTo(tasks);

		HttpResponse<String> created = planner.submit(preview, preview, Map.of());
		assertThat(created.statusCode()).isEqualTo(302);
		String planPage = location(created);
		assertThat(planPage).matches("/plans/\\d+");
		long planId = Long.parseLong(planPage.substring("/plans/".length()));
		assertThat(this.jdbc.queryForObject("select status from plan where id = ?", String.class, planId))
			.isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from plan_task where plan_id = ? and parent_task_id is null", Long.class, planId))
			.isEqualTo(56);
		assertThat(this.jdbc.queryForObject(
				"select a.kind from plan p join agency a on a.id = p.owner_agency_id where p.id = ?", String.class,
				planId))
			.isEqualTo("PROVINCE_COMMITTEE");
		assertThat(planner.get(planPage).statusCode()).isEqualTo(200);

		// The token was used: a second click, or an old tab, gets a clear message.
		HttpResponse<String> again = planner.submit(PAGE, preview, Map.of());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(location(again)).isEqualTo(PAGE);
		assertThat(planner.get(PAGE).body()).contains("Bản xem trước này không còn");
		assertThat(count("plan")).isEqualTo(plans + 1);
	}

	@Test
	void pastedTextIsPreviewedToo() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String text = new String(SeedFiles.bytes(SeedFiles.SEED_003), StandardCharsets.UTF_8);
		HttpResponse<String> pasted = planner.upload(PAGE, "file", "", new byte[0], Map.of("text", text),
				planner.csrfTokenOf(PAGE));
		assertThat(pasted.statusCode()).isEqualTo(302);
		assertThat(planner.get(location(pasted)).body()).contains("Xem trước: văn bản đã dán").contains("50 nhiệm vụ");
	}

	@Test
	void aPictureRenamedDocxAnEmptyPasteAndAStaleTokenAreRefusedWithAMessage() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plans = count("plan");
		HttpResponse<String> picture = planner.upload(PAGE, "file", "ke-hoach.docx", PICTURE, Map.of(),
				planner.csrfTokenOf(PAGE));
		assertThat(picture.statusCode()).isEqualTo(200);
		assertThat(picture.body()).contains("alert-danger")
			.containsAnyOf("Không đọc được tệp", "Tệp không phải văn bản");

		HttpResponse<String> empty = planner.upload(PAGE, "file", "", new byte[0], Map.of("text", "   \n  "),
				planner.csrfTokenOf(PAGE));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Hãy chọn một tệp hoặc dán nội dung văn bản kế hoạch.");

		HttpResponse<String> noTasks = planner.upload(PAGE, "file", "", new byte[0],
				Map.of("text", "Một đoạn văn bản không có nhiệm vụ nào."), planner.csrfTokenOf(PAGE));
		assertThat(noTasks.body()).contains("Không nhận ra nhiệm vụ nào");

		// Over the import's own limit: refused by the importer; over the upload limit
		// (evidence files may be larger): refused before any controller.
		assertThat(planner
			.upload(PAGE, "file", "lon.docx", new byte[5 * 1024 * 1024 / 2], Map.of(), planner.csrfTokenOf(PAGE))
			.body()).contains("Tệp lớn hơn 2 MB");
		HttpResponse<String> tooLarge = planner.upload(PAGE, "file", "lon.docx", new byte[11 * 1024 * 1024], Map.of(),
				planner.csrfTokenOf(PAGE));
		assertThat(tooLarge.statusCode()).isEqualTo(303);
		assertThat(planner.get(tooLarge.headers().firstValue("Location").orElseThrow()).body())
			.contains("Tệp lớn hơn 2 MB");

		HttpResponse<String> stale = planner.get("/plans/import/no-such-token");
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(location(stale)).isEqualTo(PAGE);
		assertThat(planner.get(PAGE).body()).contains("Bản xem trước này không còn");
		HttpResponse<String> staleCommit = planner.submit(PAGE, "/plans/import/no-such-token", Map.of());
		assertThat(staleCommit.statusCode()).isEqualTo(302);
		assertThat(count("plan")).isEqualTo(plans);
	}

	@Test
	void thePagesPostsNeedTheCsrfToken() {
		Browser planner = Browser.signedIn(this.port, "planner");
		HttpResponse<String> forged = planner.upload(PAGE, "file", "ke-hoach.txt", SeedFiles.bytes(SeedFiles.SEED_001),
				Map.of(), null);
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> uploaded = planner.upload(PAGE, "file", "ke-hoach.txt",
				SeedFiles.bytes(SeedFiles.SEED_001), Map.of(), planner.csrfTokenOf(PAGE));
		long plans = count("plan");
		assertThat(planner.post(location(uploaded), Map.of(), null).statusCode()).isEqualTo(403);
		assertThat(count("plan")).isEqualTo(plans);
	}

	@Test
	void officersAndAgencyHeadsAreRefusedThePageAndTheApi() {
		for (String user : new String[] { "officer", "head" }) {
			Browser browser = Browser.signedIn(this.port, user);
			assertThat(browser.get(PAGE).statusCode()).as(user).isEqualTo(403);
			assertThat(apiText(user, "a) Nhiệm vụ").statusCode()).as(user).isEqualTo(403);
		}
		assertThat(Browser.signedIn(this.port, "officer").get("/plans").body())
			.doesNotContain("href=\"/plans/import\"");
		assertThat(Browser.signedIn(this.port, "planner").get("/plans").body()).contains("href=\"/plans/import\"");
	}

	@Test
	void theApiReadsSeed003AsJsonWithoutSaving() {
		long plans = count("plan");
		long tasks = count("plan_task");
		HttpResponse<String> response = apiText("planner",
				new String(SeedFiles.bytes(SeedFiles.SEED_003), StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = new ObjectMapper().readTree(response.body());
		assertThat(json.path("format").asString()).isEqualTo("TABLE");
		assertThat(json.path("plan").path("year").asInt()).isEqualTo(2021);
		assertThat(json.path("tasks")).hasSize(50);
		JsonNode first = json.path("tasks").get(0);
		assertThat(first.path("domain").asString()).isEqualTo("THE_CHE");
		assertThat(json.path("tasks").findValuesAsString("domain")).contains("THE_CHE", "TTHC", "TO_CHUC_BO_MAY",
				"CONG_VU");
		assertThat(first.has("text")).isTrue();
		assertThat(first.path("deadline").has("kind")).isTrue();
		JsonNode resolved = null;
		for (JsonNode task : json.path("tasks")) {
			for (JsonNode lead : task.path("leads")) {
				if (lead.path("agencyId").isNumber()) {
					resolved = lead;
					break;
				}
			}
			if (resolved != null) {
				break;
			}
		}
		assertThat(resolved).isNotNull();
		assertThat(resolved.path("name").asString()).isNotBlank();
		assertThat(resolved.path("confidence").asDouble()).isBetween(0.5, 1.0);
		assertThat(resolved.has("text")).isTrue();
		assertThat(count("plan")).isEqualTo(plans);
		assertThat(count("plan_task")).isEqualTo(tasks);

		HttpResponse<String> file = apiFile("admin", "ke-hoach.txt", SeedFiles.bytes(SeedFiles.SEED_001));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(new ObjectMapper().readTree(file.body()).path("tasks")).hasSize(56);
	}

	@Test
	void theApiAnswersUnusableDocumentsWithAProblemDetail() {
		HttpResponse<String> empty = apiText("planner", "  ");
		assertThat(empty.statusCode()).isEqualTo(400);
		JsonNode problem = new ObjectMapper().readTree(empty.body());
		assertThat(problem.path("key").asString()).isEqualTo("import.error.empty");
		assertThat(problem.has("line")).isTrue();
		assertThat(problem.path("detail").asString()).contains("Tệp trống");

		HttpResponse<String> picture = apiFile("planner", "anh.docx", PICTURE);
		assertThat(picture.statusCode()).isEqualTo(400);
		assertThat(picture.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

		HttpResponse<String> noTasks = apiText("planner", "Không có nhiệm vụ nào ở đây.");
		assertThat(new ObjectMapper().readTree(noTasks.body()).path("key").asString())
			.isEqualTo("import.error.noTasks");

		HttpResponse<String> tooLarge = apiText("planner", "a".repeat(3 * 1024 * 1024));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		HttpResponse<String> tooLargeFile = apiFile("planner", "lon.txt", new byte[5 * 1024 * 1024 / 2]);
		assertThat(tooLargeFile.statusCode()).isEqualTo(413);
	}

	/** A small plan written for the correction tests: an unknown lead, two sections. */
	private static final String SMALL_PLAN = """
			KẾ HOẠCH Cải cách hành chính năm 2029
			II. NHIỆM VỤ TRỌNG TÂM
			1. Cải cách thể chế
			a) Rà soát văn bản quy phạm pháp luật của tỉnh.
			- Cơ quan chủ trì: Sở Thiên Đường.
			- Cơ quan phối hợp: Sở Nội vụ.
			- Thời gian thực hiện: Quý II/2029.
			b) Kiểm tra văn bản sau khi ban hành.
			- Cơ quan chủ trì: Sở Tư pháp.
			- Thời gian thực hiện: Quý III/2029.
			2. Cải cách thủ tục hành chính
			a) Công khai thủ tục hành chính trên Cổng dịch vụ công.
			- Cơ quan chủ trì: Sở Nội vụ.
			- Thời gian thực hiện: Thường xuyên trong năm 2029.
			""";

	@Test
	void aPlannerCorrectsTasksAndPicksAnAgencyOnThePreviewAndTheDraftHasThem() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plans = count("plan");
		long tasks = count("plan_task");
		String preview = location(
				planner.upload(PAGE, "file", "", new byte[0], Map.of("text", SMALL_PLAN), planner.csrfTokenOf(PAGE)));
		assertThat(planner.get(preview).body()).contains("Sở Thiên Đường").contains("chưa nhận ra").contains("Sửa");

		// The edit form of the first task, with the document's words in its fields.
		String form = planner.get(preview + "/tasks/0").body();
		assertThat(form).contains("name=\"text\"")
			.contains("Rà soát văn bản quy phạm pháp luật của tỉnh.")
			.contains("name=\"agency\"")
			.contains("«Sở Thiên Đường»");

		// Typing without diacritics offers the agency.
		assertThat(planner.get(preview + "/agencies?agency=so+y+te").body()).contains("data-name=\"Sở Y tế\"");

		// The unknown lead is matched to Sở Y tế, the text, deadline and section
		// corrected.
		long section2 = 1;
		HttpResponse<String> corrected = planner.submit(preview, preview + "/tasks/0",
				Map.of("label", "a)", "text", "Rà soát toàn bộ văn bản quy phạm pháp luật.", "lead", "Sở Thiên Đường",
						"coordinating", "Sở Nội vụ", "products", "Báo cáo rà soát\nDanh mục văn bản", "deadline",
						"Quý IV/2029", "budget", "", "section", String.valueOf(section2), "span",
						List.of("Sở Thiên Đường", "Sở Nội vụ"), "agency", List.of("Sở Y tế", "")));
		assertThat(corrected.statusCode()).isEqualTo(302);
		assertThat(corrected.headers().firstValue("Location").orElseThrow()).endsWith(preview + "#task-0");
		// The second task is left out.
		assertThat(planner.submit(preview, preview + "/tasks/1/drop", Map.of("drop", "true")).statusCode())
			.isEqualTo(302);

		String page = planner.get(preview).body();
		assertThat(page).contains("Rà soát toàn bộ văn bản quy phạm pháp luật.")
			.contains("Sở Y tế")
			.contains("Bỏ qua")
			.contains("(1 nhiệm vụ đang bị bỏ)");
		// Nothing written before the draft.
		assertThat(count("plan")).isEqualTo(plans);
		assertThat(count("plan_task")).isEqualTo(tasks);

		long planId = Browser.createdId(planner.submit(preview, preview, Map.of()));
		assertThat(this.jdbc.queryForList("select t.text from plan_task t where t.plan_id = ? order by t.id",
				String.class, planId))
			.containsExactly("Rà soát toàn bộ văn bản quy phạm pháp luật.",
					"Công khai thủ tục hành chính trên Cổng dịch vụ công.");
		assertThat(this.jdbc.queryForObject(
				"select s.domain_code || ' ' || t.deadline_text || ' ' || t.lead_wording from plan_task t "
						+ "join plan_section s on s.id = t.section_id where t.plan_id = ? and t.text like 'Rà soát%'",
				String.class, planId))
			.isEqualTo("TTHC Quý IV/2029 Sở Thiên Đường");
		assertThat(this.jdbc
			.queryForList("select a.code || ' ' || s.role from assignment s join plan_task t on t.id = s.task_id "
					+ "join agency a on a.id = s.agency_id where t.plan_id = ? and t.text like 'Rà soát%' "
					+ "and s.active order by s.role, a.code", String.class, planId))
			.containsExactly("SNV COORDINATOR", agencyCode("Sở Y tế") + " LEAD");
	}

	@Test
	void aRejectedCorrectionKeepsWhatWasTypedAndChangesNothing() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String preview = location(
				planner.upload(PAGE, "file", "", new byte[0], Map.of("text", SMALL_PLAN), planner.csrfTokenOf(PAGE)));
		HttpResponse<String> blank = planner.submit(preview, preview + "/tasks/0",
				Map.of("text", "  ", "lead", "Sở Thiên Đường (đã sửa)", "section", "0"));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("Vui lòng nhập thông tin này.").contains("Sở Thiên Đường (đã sửa)");

		HttpResponse<String> unknown = planner.submit(preview, preview + "/tasks/0",
				Map.of("text", "Rà soát văn bản", "lead", "Sở Thiên Đường", "section", "0", "span",
						List.of("Sở Thiên Đường"), "agency", List.of("Sở Không Có Thật")));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("Không có cơ quan nào tên như vậy trong danh mục")
			.contains("value=\"Sở Không Có Thật\"");
		assertThat(planner.get(preview).body()).contains("Rà soát văn bản quy phạm pháp luật của tỉnh.");

		HttpResponse<String> noSuchTask = planner.submit(preview, preview + "/tasks/99",
				Map.of("text", "x", "section", "0"));
		assertThat(noSuchTask.statusCode()).isEqualTo(404);
	}

	@Test
	void htmxEditsAnswerWithTheRowOnly() throws Exception {
		Browser planner = Browser.signedIn(this.port, "planner");
		String preview = location(
				planner.upload(PAGE, "file", "", new byte[0], Map.of("text", SMALL_PLAN), planner.csrfTokenOf(PAGE)));
		String csrf = planner.csrfTokenOf(preview);
		HttpResponse<String> form = htmx(planner, "GET", preview + "/tasks/1", null);
		assertThat(form.body()).as(form.statusCode() + " " + form.headers().map())
			.startsWith("<tr")
			.contains("import-task-edit")
			.doesNotContain("<html");

		HttpResponse<String> saved = htmx(planner, "POST", preview + "/tasks/1",
				"text=Ki%E1%BB%83m+tra&lead=S%E1%BB%9F+T%C6%B0+ph%C3%A1p&section=0&_csrf=" + csrf);
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).startsWith("<tr")
			.contains("id=\"task-1\"")
			.contains("Kiểm tra")
			.doesNotContain("<html");

		// A stale token: htmx is sent to the preview's address (which explains), not
		// given a
		// page to swap into the row.
		HttpResponse<String> stale = htmx(planner, "GET", PAGE + "/no-such-token/tasks/1", null);
		assertThat(stale.headers().firstValue("HX-Redirect")).contains(PAGE + "/no-such-token");
		assertThat(stale.body()).doesNotContain("<tr");
	}

	@Test
	void aSectionsDomainIsSetOnThePreview() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String preview = location(
				planner.upload(PAGE, "file", "", new byte[0], Map.of("text", SMALL_PLAN), planner.csrfTokenOf(PAGE)));
		HttpResponse<String> set = planner.submit(preview, preview + "/sections/0", Map.of("domain", "CONG_VU"));
		assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith(preview + "#section-0");
		assertThat(planner.submit(preview, preview + "/sections/0", Map.of("domain", "NO_SUCH_DOMAIN")).statusCode())
			.isEqualTo(400);
		assertThat(planner.submit(preview, preview + "/sections/9", Map.of("domain", "")).statusCode()).isEqualTo(404);
		long planId = Browser.createdId(planner.submit(preview, preview, Map.of()));
		assertThat(this.jdbc.queryForList(
				"select coalesce(domain_code, '-') from plan_section where plan_id = ? " + "order by position",
				String.class, planId))
			.containsExactly("CONG_VU", "TTHC");
	}

	@Test
	void theHeaderIsCorrectedOnThePreview() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String preview = location(
				planner.upload(PAGE, "file", "", new byte[0], Map.of("text", SMALL_PLAN), planner.csrfTokenOf(PAGE)));
		HttpResponse<String> refused = planner.submit(preview, preview + "/header",
				Map.of("title", "Kế hoạch CCHC", "year", "hai nghìn", "decisionDate", "31/02/2029"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Năm kế hoạch phải là một năm từ 2000 đến 2100.")
			.contains("Ngày không hợp lệ")
			.contains("value=\"hai nghìn\"");

		HttpResponse<String> corrected = planner.submit(preview, preview + "/header",
				Map.of("title", "Kế hoạch cải cách hành chính năm 2030 (thử)", "year", "2030", "decisionNumber",
						"99/QĐ-UBND", "decisionDate", "20/12/2029", "signer", "Nguyễn Văn B"));
		assertThat(corrected.headers().firstValue("Location").orElseThrow()).endsWith(preview + "#import-header");
		long planId = Browser.createdId(planner.submit(preview, preview, Map.of()));
		assertThat(this.jdbc.queryForObject("select plan_year || ' ' || decision_number || ' ' || decision_date || ' ' "
				+ "|| signer || ' ' || title from plan where id = ?", String.class, planId))
			.isEqualTo("2030 99/QĐ-UBND 2029-12-20 Nguyễn Văn B Kế hoạch cải cách hành chính năm 2030 (thử)");
	}

	@Test
	void otherRolesCannotCorrectAnImport() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String preview = location(
				planner.upload(PAGE, "file", "", new byte[0], Map.of("text", SMALL_PLAN), planner.csrfTokenOf(PAGE)));
		for (String user : new String[] { "officer", "head", "leader" }) {
			Browser other = Browser.signedIn(this.port, user);
			String csrf = other.csrfTokenOf("/");
			assertThat(other.post(preview + "/tasks/0", Map.of("text", "x", "section", "0"), csrf).statusCode())
				.as(user)
				.isEqualTo(403);
			assertThat(other.post(preview + "/tasks/0/drop", Map.of(), csrf).statusCode()).as(user).isEqualTo(403);
			assertThat(other.get(preview + "/agencies?agency=so").statusCode()).as(user).isEqualTo(403);
		}
		// Another planner's session does not see this import.
		Browser admin = Browser.signedIn(this.port, "admin");
		assertThat(admin.get(preview + "/tasks/0").statusCode()).isEqualTo(302);
	}

	private String agencyCode(String name) {
		return this.jdbc.queryForObject("select code from agency where name = ?", String.class, name);
	}

	private HttpResponse<String> htmx(Browser browser, String method, String path, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("HX-Request", "true")
			.header("Cookie", "JSESSIONID=" + browser.sessionId());
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(form));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static String location(HttpResponse<String> response) {
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private HttpResponse<String> apiText(String user, String text) {
		return send(request(user).header("Content-Type", "text/plain; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
			.build());
	}

	private HttpResponse<String> apiFile(String user, String fileName, byte[] content) {
		String boundary = "----cchc-api-test";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private HttpRequest.Builder request(String user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports"))
			.header("Accept", "application/json")
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":cchc-demo").getBytes(StandardCharsets.UTF_8)));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
