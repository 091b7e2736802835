package vn.cchc.portal.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1: Sở Nội vụ's planner uploads seed 001 (Quảng Ngãi's 2024 plan) on the import
 * page, settles an agency the reader was not sure of, creates the draft, checks the
 * editor fits a laptop in both languages, submits and issues the plan.
 */
@PortalWebTest
class PlanImportJourneyIT extends Journey {

	@Test
	void thePlannerImportsSeed001FixesAnAgencyAndIssuesThePlan() throws IOException {
		Path seed = Path.of("target", "journeys", "files", "ke-hoach-cchc-2024.txt").toAbsolutePath();
		Files.createDirectories(seed.getParent());
		try (InputStream in = getClass().getResourceAsStream("/seeds/001_3aebb1f59d195251.txt")) {
			Files.write(seed, in.readAllBytes());
		}

		Chromium planner = browser("01-plan-import").signIn("planner");
		planner.clickToLoad(By.linkText("Kế hoạch"));
		planner.clickToLoad(By.linkText("Nhập từ Word/Excel"));
		planner.find(By.id("file")).sendKeys(seed.toString());
		planner.picture("upload");
		planner.clickToLoad(By.cssSelector("form[action='/plans/import'] button[type=submit]"));
		assertThat(planner.path()).matches("/plans/import/[0-9a-f-]{36}");
		assertThat(planner.find(By.id("import-summary")).getText()).contains("56 nhiệm vụ");
		planner.picture("preview");

		// A coordinating party the reader could not name ("đơn vị làm việc tại Trung
		// tâm", the units at the province's service centre): the planner opens the task
		// and picks the centre from the suggestions, typed without diacritics.
		String phrase = "đơn vị làm việc tại Trung tâm";
		String centre = "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh";
		WebElement unknown = planner
			.find(By.xpath("//tr[contains(@class,'import-task')]/td[4]//li[contains(@class,'import-party-uncertain')]"
					+ "[normalize-space(span[1])='" + phrase + "']"));
		assertThat(unknown.getText()).contains("chưa nhận ra");
		WebElement row = unknown.findElement(By.xpath("ancestor::tr"));
		String rowId = row.getAttribute("id");
		row.findElement(By.cssSelector("a.import-edit")).click();
		WebElement form = planner.find(By.cssSelector("tr#" + rowId + ".import-task-edit"));
		planner.checkAccessibility();
		WebElement field = form
			.findElement(By.xpath(".//div[contains(@class,'import-pick')][.//input[@name='span' and @value='" + phrase
					+ "']]" + "//input[contains(@class,'import-agency')]"));
		field.sendKeys("trung tam phuc vu");
		WebElement suggestion = planner.waitFor(ExpectedConditions
			.elementToBeClickable(By.cssSelector("tr#" + rowId + " .import-suggestion[data-name=\"" + centre + "\"]")));
		planner.picture("agency-suggestions");
		suggestion.click();
		assertThat(field.getAttribute("value")).isEqualTo(centre);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement fixed = planner.find(By.cssSelector("tr#" + rowId + ".import-task"));
		assertThat(fixed.findElement(By.cssSelector("td:nth-child(4)")).getText()).contains(centre, "«" + phrase + "»",
				"100%");
		planner.checkAccessibility();

		planner.clickToLoad(By.xpath("//button[normalize-space()='Tạo dự thảo']"));
		assertThat(planner.path()).matches("/plans/\\d+");
		String plan = planner.path();
		long planId = Long.parseLong(plan.substring("/plans/".length()));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from plan_task where plan_id = ? and parent_task_id is null", Integer.class, planId))
			.isEqualTo(56);
		planner.picture("draft");

		// The editor on a laptop screen, in both languages.
		String editTask = "/plans/" + planId + "/tasks/"
				+ this.jdbc.queryForObject("select min(id) from plan_task where plan_id = ? and parent_task_id is null",
						Long.class, planId)
				+ "/edit";
		for (String language : new String[] { "en", "vi" }) {
			planner.open(plan + "?lang=" + language).assertFits("plan editor (" + language + ")");
			planner.open(editTask).assertFits("task editor (" + language + ")");
		}
		planner.picture("task-editor");

		planner.open(plan);
		planner.clickToLoad(By.cssSelector("form[action='" + plan + "/submit'] button[type=submit]"));
		planner.clickToLoad(By.cssSelector("a[href='" + plan + "/issue']"));
		planner.type(By.id("decisionNumber"), "1879/QĐ-UBND").setValue(By.id("decisionDate"), "2023-12-15");
		planner.picture("issue");
		planner.clickToLoad(By.cssSelector("form[action='" + plan + "/issue'] button[type=submit]"));
		assertThat(planner.text()).contains("Đã ban hành", "1879/QĐ-UBND", "15/12/2023");
		planner.picture("issued");
		assertThat(this.jdbc.queryForObject("select status from plan where id = ?", String.class, planId))
			.isEqualTo("ISSUED");
	}

}
