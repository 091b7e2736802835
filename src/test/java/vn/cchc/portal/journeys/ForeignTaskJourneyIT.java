package vn.cchc.portal.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 5: an officer types the address of another agency's task and is refused with
 * the same "not found" page as a task that does not exist.
 */
@PortalWebTest
class ForeignTaskJourneyIT extends Journey {

	@Test
	void anOfficerOpeningAnotherAgencysTaskByAddressIsRefused() {
		JourneyData data = new JourneyData(this.port, this.jdbc, this.clock).plan("a)", "Nhiệm vụ riêng của Sở Beta",
				"B");
		long theirs = data.assignment("a)", data.agencyB);

		Chromium officer = browser("05-foreign-task").signIn(data.username("officerA"));
		officer.open("/my-tasks");
		assertThat(officer.text()).doesNotContain("Nhiệm vụ riêng của Sở Beta");
		officer.open("/my-tasks/" + theirs);
		assertThat(officer.find(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
		assertThat(officer.text()).doesNotContain("Nhiệm vụ riêng của Sở Beta");
		officer.picture("refused");

		// The agency's own officer opens it.
		Chromium owner = browser("05-foreign-task").signIn(data.username("officerB"));
		owner.open("/my-tasks/" + theirs);
		assertThat(owner.find(By.tagName("h1")).getText()).contains("Nhiệm vụ riêng của Sở Beta");
	}

}
