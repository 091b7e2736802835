package vn.cchc.portal.journeys;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 4: leadership opens the overview, follows a chart bar to the tasks behind it,
 * then an agency's row to its tasks, a task's history and the agency's evidence, and
 * downloads the period's province report as Word.
 */
@PortalWebTest
class LeadershipDashboardJourneyIT extends Journey {

	@Test
	void theLeaderDrillsDownFromTheOverviewToATasksHistoryAndEvidence() throws Exception {
		JourneyData data = new JourneyData(this.port, this.jdbc, this.clock).plan("a)",
				"Triển khai Bộ phận Một cửa cấp tỉnh theo hướng phi địa giới", "A");
		long assignment = data.assignment("a)", data.agencyA);
		// The agency has reported, with a document: what the leader will drill down to.
		Browser officer = Browser.signedIn(this.port, data.username("officerA"));
		officer.submit("/my-tasks/" + assignment, "/my-tasks/" + assignment, Map.of("status", "IN_PROGRESS", "percent",
				"70", "results", "Đã bố trí 12 quầy tiếp nhận.", "basedOn", "0"));
		Path pdf = SamplePdf.write(Path.of("target", "journeys", "files"), "quyet-dinh-mot-cua.pdf",
				"Quyet dinh thanh lap Bo phan Mot cua");
		officer.upload("/my-tasks/" + assignment + "/evidence", "file", "quyet-dinh-mot-cua.pdf",
				Files.readAllBytes(pdf),
				Map.of("title", "Quyết định thành lập Bộ phận Một cửa", "documentNumber", "21/QĐ-" + data.tag),
				officer.csrfTokenOf("/my-tasks/" + assignment));

		Chromium leader = browser("04-leadership-dashboard").signIn("leader");
		leader.clickToLoad(By.linkText("Tổng quan"));
		assertThat(leader.find(By.tagName("h1")).getText()).isEqualTo("Tổng quan tình hình thực hiện");
		// Percentages as written in Vietnamese: a decimal comma.
		assertThat(leader.text()).containsPattern("\\d+,\\d %");
		leader.picture("dashboard");

		// A click on a bar of the domain chart opens the tasks it counts.
		clickFirstBar(leader, leader.find(By.cssSelector("canvas[data-stacked]")));
		assertThat(leader.path()).startsWith("/dashboard/tasks");
		assertThat(leader.find(By.tagName("h1")).getText()).isEqualTo("Danh sách nhiệm vụ");
		assertThat(leader.all(By.cssSelector("tbody tr"))).isNotEmpty();
		leader.picture("chart-drill-down");

		// One agency's figures, its row of the ranking: its tasks, then one task's
		// history.
		leader.clickToLoad(By.linkText("Tổng quan"));
		new Select(leader.find(By.id("agency"))).selectByVisibleText(data.agencyName(data.agencyA));
		leader.clickToLoad(By.xpath("//form[@action='/dashboard']//button[@type='submit']"));
		leader.clickToLoad(By.linkText(data.agencyName(data.agencyA)));
		assertThat(leader.text()).contains("Triển khai Bộ phận Một cửa cấp tỉnh theo hướng phi địa giới",
				"Đang thực hiện");
		leader.picture("agency-tasks");
		leader.clickToLoad(By.linkText("Lịch sử thay đổi"));
		assertThat(leader.path()).isEqualTo("/plans/" + data.planId + "/tasks/" + data.tasks.get("a)") + "/history");
		assertThat(leader.text()).contains("Triển khai Bộ phận Một cửa cấp tỉnh")
			.containsPattern("\\d{2}/\\d{2}/\\d{4}");
		leader.picture("task-history");

		// The agency's documents, found by their number.
		leader.open("/evidence?q=21%2FQĐ-" + data.tag);
		List<WebElement> files = leader.all(By.linkText("quyet-dinh-mot-cua.pdf"));
		assertThat(files).hasSize(1);
		assertThat(leader.text()).contains("Quyết định thành lập Bộ phận Một cửa");
		assertThat(Browser.signedIn(this.port, "leader").get(path(files.get(0).getAttribute("href"))).body())
			.startsWith("%PDF-");
		leader.picture("evidence");

		// The period's province report, from the overview: read, then downloaded as Word
		// with the agency's task in its appendix.
		leader.clickToLoad(By.linkText("Tổng quan"));
		leader.clickToLoad(By.partialLinkText("Báo cáo CCHC của kỳ"));
		assertThat(leader.path()).startsWith("/reports/");
		assertThat(leader.find(By.tagName("h1")).getText())
			.startsWith("Kết quả thực hiện công tác cải cách hành chính");
		assertThat(leader.text()).contains("Sở Nội vụ soạn");
		leader.picture("province-report");
		HttpResponse<byte[]> word = Browser.signedIn(this.port, "leader")
			.download(path(leader.find(By.linkText("Tải Word")).getAttribute("href")));
		assertThat(word.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
			assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains("BÁO CÁO", "PHỤ LỤC");
			assertThat(document.getTables()
				.stream()
				.flatMap((table) -> table.getRows().stream())
				.map((row) -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()))
				.anySatisfy((row) -> assertThat(row).contains(
						"a) Triển khai Bộ phận Một cửa cấp tỉnh theo hướng phi địa giới", data.agencyName(data.agencyA),
						"Đang thực hiện"));
		}
	}

	/** Clicks the first non-empty bar of a Chart.js chart, where it is drawn. */
	private static void clickFirstBar(Chromium browser, WebElement canvas) {
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", canvas);
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) browser.script("const chart = Chart.getChart(arguments[0]);"
				+ "for (let d = 0; d < chart.data.datasets.length; d++) {"
				+ "  const values = chart.data.datasets[d].data;" + "  for (let i = 0; i < values.length; i++) {"
				+ "    if (values[i] > 0) { const bar = chart.getDatasetMeta(d).data[i];"
				+ "      return [bar.x, (bar.y + bar.base) / 2, chart.width, chart.height]; } } }" + "return null;",
				canvas);
		assertThat(point).as("a bar to click").isNotNull();
		int x = (int) (point.get(0).doubleValue() - point.get(2).doubleValue() / 2);
		int y = (int) (point.get(1).doubleValue() - point.get(3).doubleValue() / 2);
		WebElement page = browser.driver().findElement(By.tagName("html"));
		new Actions(browser.driver()).moveToElement(canvas, x, y).click().perform();
		browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
		browser.loaded();
	}

	private static String path(String url) {
		return url.replaceFirst("^https?://[^/]+", "");
	}

}
