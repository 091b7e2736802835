package vn.cchc.portal.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 6: two officers of one agency have the same task open; the first saves; the
 * second, saving over a page that is now stale, gets the conflict page with what they
 * typed kept, and saves again deliberately.
 */
@PortalWebTest
class ConcurrentEditJourneyIT extends Journey {

	@Test
	void theSecondSaveSeesTheConflictWithItsTextKept() {
		JourneyData data = new JourneyData(this.port, this.jdbc, this.clock).plan("a)",
				"Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "A");
		String task = "/my-tasks/" + data.assignment("a)", data.agencyA);
		String save = "form[action='" + task + "'] button[type=submit]";

		Chromium first = browser("06-concurrent-edit").signIn(data.username("officerA"));
		Chromium second = browser("06-concurrent-edit").signIn(data.username("officerA2"));
		first.open(task);
		second.open(task);

		first.type(By.id("percent"), "50").type(By.id("results"), "Đã rà soát 30 thủ tục nội bộ.");
		first.clickToLoad(By.cssSelector(save));
		assertThat(first.text()).contains("Đã lưu cập nhật tiến độ.");

		String typed = "Đã rà soát 32 thủ tục, đề xuất bãi bỏ 4.";
		second.type(By.id("percent"), "55").type(By.id("results"), typed);
		second.clickToLoad(By.cssSelector(save));
		assertThat(second.text()).contains("Có người khác vừa lưu cập nhật của nhiệm vụ này",
				"Đã rà soát 30 thủ tục nội bộ.");
		assertThat(second.find(By.id("results")).getAttribute("value")).isEqualTo(typed);
		assertThat(second.find(By.id("percent")).getAttribute("value")).isEqualTo("55");
		second.picture("conflict");
		assertThat(this.jdbc.queryForObject(
				"select results from progress_update where assignment_id = ? order by id desc limit 1", String.class,
				data.assignment("a)", data.agencyA)))
			.isEqualTo("Đã rà soát 30 thủ tục nội bộ.");

		// Having read the other version, the second officer saves on purpose.
		second.clickToLoad(By.cssSelector(save));
		assertThat(second.text()).contains("Đã lưu cập nhật tiến độ.");
		assertThat(this.jdbc.queryForObject(
				"select results from progress_update where assignment_id = ? order by id desc limit 1", String.class,
				data.assignment("a)", data.agencyA)))
			.isEqualTo(typed);
	}

}
