package vn.cchc.portal.journeys;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2: the demo officer of Sở Tư pháp opens "Nhiệm vụ của tôi" and updates three of
 * the agency's tasks, attaching a PDF to one of them. The officer's pages also have to
 * fit a phone (390 px) and a laptop (1366×768), in Vietnamese and in English.
 */
@PortalWebTest
class OfficerUpdatesJourneyIT extends Journey {

	/** Due at the end of last year: overdue whatever day the journey runs. */
	private static final String CARRIED_OVER = "Hoàn thành rà soát văn bản còn dở dang của năm trước";

	@Test
	void theOfficerOfSoTuPhapUpdatesThreeTasksOneWithAnEvidenceFile() {
		issueCarriedOverTaskOfSoTuPhap();
		Chromium officer = browser("02-officer-updates").signIn("officer");
		officer.clickToLoad(By.linkText("Nhiệm vụ của tôi"));
		assertThat(officer.find(By.tagName("h1")).getText()).isEqualTo("Nhiệm vụ của tôi");
		// The period's due date, written as dd/MM/yyyy.
		assertThat(officer.text()).containsPattern("hạn gửi \\d{2}/\\d{2}/\\d{4}");
		officer.picture("my-tasks");
		// Overdue is written, not only red. Overdue rows come first, so the first page
		// has at least the carried-over task's badge (or other overdue ones before it).
		assertThat(officer.all(By.cssSelector(".badge.text-bg-danger"))).isNotEmpty()
			.allSatisfy((badge) -> assertThat(badge.getText()).isIn("Quá hạn", "Chưa báo cáo kỳ này"));
		officer.open("/my-tasks?q=" + URLEncoder.encode(CARRIED_OVER, StandardCharsets.UTF_8));
		assertThat(officer.all(By.cssSelector("a.list-group-item"))).singleElement().satisfies((row) -> {
			assertThat(row.getText()).contains(CARRIED_OVER);
			assertThat(row.findElements(By.cssSelector(".badge.text-bg-danger"))).extracting(WebElement::getText)
				.containsExactly("Quá hạn");
		});
		officer.open("/my-tasks");

		// The keyboard alone: the first Tab shows the skip link with a visible focus
		// ring,
		// Enter moves to the content, further Tabs reach the first task, Enter opens it.
		officer.press(Keys.TAB);
		assertThat(officer.focus()).containsEntry("href", "#main").containsEntry("outline", "solid");
		officer.press(Keys.ENTER);
		assertThat(officer.focus()).containsEntry("id", "main");
		for (int i = 0; i < 20 && !String.valueOf(officer.focus().get("classes")).contains("list-group-item"); i++) {
			officer.press(Keys.TAB);
			// A date field's own parts (day, month, picker) draw Chromium's ring inside
			// it.
			if (!"date".equals(officer.focus().get("type"))) {
				assertThat(officer.focus().get("outline")).as("focus ring on %s", officer.focus()).isEqualTo("solid");
			}
		}
		officer.pressToLoad(Keys.ENTER);
		assertThat(officer.path()).matches("/my-tasks/\\d+");
		officer.open("/my-tasks");
		List<WebElement> tasks = officer.all(By.cssSelector("a.list-group-item"));
		assertThat(tasks).hasSizeGreaterThanOrEqualTo(3);
		List<String> addresses = tasks.stream().limit(3).map((task) -> task.getAttribute("href")).toList();

		Path pdf = SamplePdf.write(Path.of("target", "journeys", "files"), "bien-ban-ra-soat.pdf",
				"Bien ban ra soat van ban 2026");
		for (int i = 0; i < 3; i++) {
			officer
				.clickToLoad(officer.find(By.cssSelector("a.list-group-item[href='" + path(addresses.get(i)) + "']")));
			String task = officer.path();
			assertThat(task).matches("/my-tasks/\\d+");
			if (i == 0) {
				officer.find(By.id("file")).sendKeys(pdf.toString());
				officer.type(By.id("title"), "Biên bản rà soát văn bản quy phạm pháp luật")
					.type(By.id("documentNumber"), "15/BB-STP")
					.setValue(By.id("documentDate"), "2026-03-12");
				officer.clickToLoad(By.cssSelector("form[action$='/evidence'] button[type=submit]"));
				assertThat(officer.text()).contains("Đã tải lên tài liệu minh chứng.", "bien-ban-ra-soat.pdf",
						"15/BB-STP 12/03/2026");
				officer.picture("evidence-uploaded");
			}
			new Select(officer.find(By.id("status"))).selectByValue((i == 2) ? "DONE_ON_TIME" : "IN_PROGRESS");
			officer.type(By.id("percent"), (i == 2) ? "100" : String.valueOf(40 + 10 * i))
				.type(By.id("results"), "Kết quả lần " + (i + 1) + ": đã rà soát và báo cáo Sở Nội vụ.");
			if (i == 1) {
				officer.picture("update-form");
			}
			officer.clickToLoad(By.cssSelector("form[action='" + task + "'] button[type=submit]"));
			assertThat(officer.path()).isEqualTo("/my-tasks");
			assertThat(officer.text()).contains("Đã lưu cập nhật tiến độ.");
		}
		assertThat(officer.text()).contains("Đang thực hiện · 40 %", "Đang thực hiện · 50 %",
				"Hoàn thành đúng hạn · 100 %");
		officer.picture("three-updated");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from evidence where file_name = 'bien-ban-ra-soat.pdf' and media_type = 'application/pdf'",
				Integer.class))
			.isEqualTo(1);

		// The same pages on a phone and on a laptop, in both languages.
		String oneTask = path(addresses.get(0));
		for (String language : new String[] { "en", "vi" }) {
			officer.open("/my-tasks?lang=" + language);
			for (int[] screen : new int[][] { { 390, 844 }, { 1366, 768 } }) {
				officer.viewport(screen[0], screen[1]);
				officer.open("/my-tasks").assertFits("my tasks (" + language + ")");
				assertThat(((Number) officer.script("return window.innerWidth")).intValue()).isEqualTo(screen[0]);
				if (screen[0] == 390) {
					officer.picture("my-tasks-phone-" + language);
				}
				officer.open(oneTask).assertFits("task update (" + language + ")");
				if (screen[0] == 390) {
					officer.picture("update-phone-" + language);
				}
			}
		}
		assertThat(officer.text()).contains("Lưu");
	}

	/**
	 * The planner issues a plan of this year with one task of Sở Tư pháp carried over
	 * from last year, due 15/12 of last year.
	 */
	private void issueCarriedOverTaskOfSoTuPhap() {
		int year = this.clock.today().getYear();
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", String.valueOf(year), "title", "Kế hoạch CCHC chuyển tiếp năm " + year)));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String form = page + "/sections/" + section + "/tasks/new";
		planner.submit(form, form, Map.of("label", "a)", "text", CARRIED_OVER, "leads", "Sở Tư pháp", "deadline",
				"Chậm nhất là ngày 15/12/" + (year - 1)));
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "90/QĐ-UBND", "decisionDate", (year - 1) + "-12-20"));
		assertThat(this.jdbc.queryForObject("select status from plan where id = ?", String.class, plan))
			.isEqualTo("ISSUED");
	}

	private static String path(String url) {
		return url.replaceFirst("^https?://[^/]+", "");
	}

}
