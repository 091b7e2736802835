package vn.cchc.portal.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3: an agency head submits the period report; Sở Nội vụ returns it with a
 * comment; the officer fixes the task; the head submits again; Sở Nội vụ accepts. On a
 * fresh agency, so the demo agencies' reports stay open for the other journeys.
 */
@PortalWebTest
class ReportReviewJourneyIT extends Journey {

	@Test
	void aReturnedReportIsFixedResubmittedAndAccepted() {
		JourneyData data = new JourneyData(this.port, this.jdbc, this.clock).plan("a)",
				"Công khai thủ tục hành chính trên Cổng dịch vụ công", "A", "b)",
				"Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "A");
		String agency = data.agencyName(data.agencyA);
		String journey = "03-report-review";

		Chromium officer = browser(journey).signIn(data.username("officerA"));
		update(officer, data.assignment("a)", data.agencyA), "30", "Đã công khai 120 thủ tục.");

		Chromium head = browser(journey).signIn(data.username("headA"));
		head.clickToLoad(By.linkText("Báo cáo kỳ"));
		assertThat(head.text()).contains(agency, "Chưa gửi", "Công khai thủ tục hành chính trên Cổng dịch vụ công");
		head.type(By.id("summary"), "Cơ quan đã triển khai đủ các nhiệm vụ của kỳ.");
		head.picture("head-before-submit");
		head.clickToLoad(By.cssSelector("form[action$='/agency-report/submit'] button[type=submit]"));
		assertThat(head.text()).contains("Đã gửi báo cáo kỳ đến Sở Nội vụ.", "Đã gửi, chờ Sở Nội vụ xem xét");

		Chromium planner = browser(journey).signIn("planner");
		planner.open("/periods/" + data.periodId + "/review");
		planner.clickToLoad(By.linkText(agency));
		assertThat(planner.text()).contains("Cơ quan đã triển khai đủ các nhiệm vụ của kỳ.");
		planner.type(By.id("return-comment"),
				"Bổ sung số liệu nhiệm vụ a): số thủ tục đã công khai theo từng lĩnh vực.");
		planner.picture("planner-returns");
		planner.clickToLoad(By.cssSelector("form[action$='/return'] button[type=submit]"));
		assertThat(planner.text()).contains("Đã trả lại báo cáo cho cơ quan.", "Bị trả lại");

		// The officer sees why and fixes the task.
		officer.open("/agency-report");
		assertThat(officer.text()).contains("Bị trả lại", "Bổ sung số liệu nhiệm vụ a)");
		update(officer, data.assignment("a)", data.agencyA), "60",
				"Đã công khai 120 thủ tục: 45 tư pháp, 40 hộ tịch, 35 chứng thực.");

		head.open("/agency-report");
		head.clickToLoad(By.cssSelector("form[action$='/agency-report/submit'] button[type=submit]"));
		assertThat(head.text()).contains("Đã gửi, chờ Sở Nội vụ xem xét");

		planner.open("/periods/" + data.periodId + "/agencies/" + data.agencyA);
		assertThat(planner.text()).contains("Đã gửi, chờ Sở Nội vụ xem xét");
		planner.type(By.id("accept-comment"), "Đạt yêu cầu.");
		planner.clickToLoad(By.cssSelector("form[action$='/accept'] button[type=submit]"));
		assertThat(planner.text()).contains("Đã chấp nhận báo cáo.", "Đã được chấp nhận", "Sở Nội vụ trả lại báo cáo",
				"Sở Nội vụ chấp nhận báo cáo");
		planner.picture("accepted");
		assertThat(this.jdbc.queryForObject("select status from agency_report where agency_id = ? and period_id = ?",
				String.class, data.agencyA, data.periodId))
			.isEqualTo("ACCEPTED");
	}

	private static void update(Chromium officer, long assignment, String percent, String results) {
		officer.open("/my-tasks/" + assignment);
		new Select(officer.find(By.id("status"))).selectByValue("IN_PROGRESS");
		officer.type(By.id("percent"), percent).type(By.id("results"), results);
		officer.clickToLoad(By.cssSelector("form[action='/my-tasks/" + assignment + "'] button[type=submit]"));
		assertThat(officer.text()).contains("Đã lưu cập nhật tiến độ.");
	}

}
