package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.FailingWrite;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing half-done, nothing overwritten. A report submission is one transaction: the
 * report's status and version, its event, the audit row and the planners' notifications
 * (with their queued mails) are saved together or not at all, whichever step fails. And
 * every decision on a report carries the version its page showed.
 */
@PortalWebTest
class AgencyReportIntegrityTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aSubmissionThatFailsAtAnyStepLeavesNothingBehindAndCanBeSentAgain() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.AGENCY_REPORT_INTEGRITY);
		f.plan("a)", "Công khai thủ tục " + f.tag, f.agencyName(f.agencyA), "", "Thường xuyên");
		String head = f.username("headA");
		// The report exists (not started) once the API is asked for it.
		assertThat(new Browser(this.port).api("/api/v1/agency-reports/mine", head, "cchc-demo").statusCode())
			.isEqualTo(200);
		String before = state(f);
		assertThat(before).isEqualTo("DRAFT v0 summary=null events=0 audit=0 notifications=0 mails=0");

		// The steps in the order the submission takes them; each later one fails after
		// the earlier ones were written in the same transaction.
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("agency_report_event", "new.actor = '" + head + "'");
		steps.put("audit_event", "new.actor = '" + head + "' and new.action = 'REPORT_SUBMITTED'");
		steps.put("notification", "new.agency_id = " + f.agencyA + " and new.kind = 'REPORT_SUBMITTED'");
		Browser browser = f.signedIn("headA");
		steps.forEach((table, rows) -> {
			try (FailingWrite failing = FailingWrite.on(this.jdbc, table, "insert", rows)) {
				HttpResponse<String> refused = browser.submit("/agency-report", "/agency-report/submit",
						Map.of("version", "0", "summary", "Tóm tắt khi " + table + " lỗi"));
				assertThat(refused.statusCode()).as(table).isEqualTo(500);
				assertThat(refused.body()).as(table).doesNotContain("test: refusing");
			}
			assertThat(state(f)).as("after %s failed", table).isEqualTo(before);
		});

		// Not frozen: the officers still update.
		long assignment = f.assignment("a)", f.agencyA);
		assertThat(f.signedIn("officerA")
			.submit("/my-tasks/" + assignment, "/my-tasks/" + assignment,
					Map.of("status", "IN_PROGRESS", "percent", "50", "results", "Đã công khai 20 thủ tục", "basedOn",
							"0"))
			.statusCode()).isEqualTo(302);

		// Nothing failing, the same page (version 0) submits, with every part.
		assertThat(browser
			.submit("/agency-report", "/agency-report/submit", Map.of("version", "0", "summary", "Tóm tắt quý"))
			.statusCode()).isEqualTo(302);
		assertThat(state(f)).startsWith("SUBMITTED v1 summary=Tóm tắt quý events=1 audit=1 notifications=")
			.doesNotContain("notifications=0");
	}

	@Test
	void aSubmissionOrReturnFromAStalePageIsRefusedWith409AndChangesNothing() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.AGENCY_REPORT_INTEGRITY);
		f.plan("a)", "Số hóa hồ sơ " + f.tag, f.agencyName(f.agencyA), "", "Thường xuyên");
		Browser head = f.signedIn("headA");
		Browser planner = Browser.signedIn(this.port, "planner");
		String agencyPage = "/periods/" + f.periodId + "/agencies/" + f.agencyA;
		assertThat(head.submit("/agency-report", "/agency-report/submit", Map.of("version", "0")).statusCode())
			.isEqualTo(302);
		assertThat(planner.submit(agencyPage, agencyPage + "/return", Map.of("version", "1", "comment", "Bổ sung"))
			.statusCode()).isEqualTo(302);
		String returned = state(f);
		assertThat(returned).startsWith("RETURNED v2");

		// The head's other tab still shows version 0.
		HttpResponse<String> staleSubmit = head.submit("/agency-report", "/agency-report/submit",
				Map.of("version", "0", "summary", "Từ trang cũ"));
		assertThat(staleSubmit.statusCode()).isEqualTo(409);
		assertThat(staleSubmit.body()).contains("Dữ liệu vừa được người khác thay đổi");
		assertThat(state(f)).isEqualTo(returned);

		// Submitted again; a reviewer whose page showed the first submission cannot
		// return
		// this one unseen.
		assertThat(head.submit("/agency-report", "/agency-report/submit", Map.of("version", "2")).statusCode())
			.isEqualTo(302);
		String submitted = state(f);
		assertThat(planner.submit(agencyPage, agencyPage + "/return", Map.of("version", "1", "comment", "Trang cũ"))
			.statusCode()).isEqualTo(409);
		assertThat(state(f)).isEqualTo(submitted).startsWith("SUBMITTED v3");
	}

	/**
	 * Everything a submission writes for agency A: its report, the report's events, the
	 * head's audit rows, the planners' notifications and mails.
	 */
	private String state(ReportingFixture f) {
		String report = this.jdbc
			.queryForList(
					"select status || ' v' || version || ' summary=' || coalesce(summary, 'null') "
							+ "from agency_report where agency_id = ? and period_id = ?",
					String.class, f.agencyA, f.periodId)
			.stream()
			.findFirst()
			.orElse("none");
		int events = count("select count(*) from agency_report_event e join agency_report r on r.id = e.report_id "
				+ "where r.agency_id = ?", f.agencyA);
		int audit = count("select count(*) from audit_event where actor = ? and action like 'REPORT_%'",
				f.username("headA"));
		int notifications = count("select count(*) from notification where agency_id = ? and kind = 'REPORT_SUBMITTED'",
				f.agencyA);
		int mails = count("select count(*) from mail_outbox m join notification n on n.id = m.notification_id "
				+ "where n.agency_id = ? and n.kind = 'REPORT_SUBMITTED'", f.agencyA);
		return report + " events=" + events + " audit=" + audit + " notifications=" + notifications + " mails=" + mails;
	}

	private int count(String sql, Object argument) {
		return this.jdbc.queryForObject(sql, Integer.class, argument);
	}

}
