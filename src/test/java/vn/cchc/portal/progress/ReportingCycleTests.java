package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole period for two agencies in the browser: update with evidence, coordinate, send
 * back, submit, return, fix, accept; with the conflicts and refusals on the way.
 */
@PortalWebTest
class ReportingCycleTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private ReportingFixture stage() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.REPORTING_CYCLE);
		String a = f.agencyName(f.agencyA);
		String b = f.agencyName(f.agencyB);
		return f.plan("a)", "Rà soát thủ tục hành chính " + f.tag, a, b, "Quý I/" + f.year, //
				"b)", "Số hóa hồ sơ " + f.tag, b, "", "Thường xuyên");
	}

	@Test
	void twoAgenciesReportAPeriodFromFirstUpdateToAcceptance() {
		ReportingFixture f = stage();
		long a1 = f.assignment("a)", f.agencyA);
		long b1 = f.assignment("a)", f.agencyB);
		long b2 = f.assignment("b)", f.agencyB);
		String taskA = "/my-tasks/" + a1;

		// The officer sees the agency's task, overdue since Quý I, and updates it.
		Browser officer = f.signedIn("officerA");
		assertThat(text(officer.get("/my-tasks"))).contains("Rà soát thủ tục hành chính " + f.tag, "Quá hạn")
			.doesNotContain("Số hóa hồ sơ " + f.tag);
		assertThat(officer
			.submit(taskA, taskA,
					Map.of("status", "IN_PROGRESS", "percent", "60", "results", "Đã rà soát 40 thủ tục", "basedOn",
							"0"))
			.statusCode()).isEqualTo(302);

		// A colleague who opened the page before that save is refused, input kept.
		Browser colleague = f.signedIn("officerA2");
		HttpResponse<String> stale = colleague.submit(taskA, taskA,
				Map.of("status", "DONE_ON_TIME", "percent", "100", "results", "Bản của đồng nghiệp", "basedOn", "0"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(text(stale)).contains("Có người khác vừa lưu", "Bản của đồng nghiệp", "Đã rà soát 40 thủ tục");
		assertThat(progress(a1)).isEqualTo("IN_PROGRESS 60 1");

		// Evidence: a PDF with its document metadata, downloaded as an attachment.
		HttpResponse<String> uploaded = officer.upload(
				taskA + "/evidence", "file", "../../Quyết định 12.pdf", PDF, Map.of("title", "Kế hoạch rà soát",
						"documentNumber", "12/QĐ-SAL", "documentDate", f.year + "-02-01", "issuer", "Sở Alpha"),
				officer.csrfTokenOf(taskA));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		long evidence = this.jdbc.queryForObject("select id from evidence where assignment_id = ?", Long.class, a1);
		assertThat(this.jdbc.queryForObject(
				"select file_name || '|' || media_type || '|' || document_number from evidence where id = ?",
				String.class, evidence))
			.isEqualTo("Quyết định 12.pdf|application/pdf|12/QĐ-SAL");
		assertThat(text(officer.get(taskA))).contains("Quyết định 12.pdf", "12/QĐ-SAL");
		HttpResponse<String> download = officer.get("/evidence/" + evidence);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

		// The evidence library finds it again, without diacritics, for its agency and Sở
		// Nội vụ only.
		assertThat(text(officer.get("/evidence?q=ke+hoach+ra+soat"))).contains("Quyết định 12.pdf", "12/QĐ-SAL");
		assertThat(text(officer.get("/evidence?q=khong+co+tai+lieu+nay"))).doesNotContain("Quyết định 12.pdf");
		assertThat(text(Browser.signedIn(this.port, "planner").get("/evidence?q=12/QĐ-SAL")))
			.contains("Quyết định 12.pdf");
		assertThat(text(f.signedIn("officerB").get("/evidence?q=12/QĐ-SAL"))).doesNotContain("Quyết định 12.pdf");

		// A delivered product with its document.
		assertThat(officer
			.submit(taskA, taskA + "/products", Map.of("product", "Quyết định công bố TTHC", "documentNumber",
					"15/QĐ-UBND", "documentDate", f.year + "-03-01"))
			.statusCode()).isEqualTo(302);
		assertThat(text(officer.get(taskA))).contains("Quyết định công bố TTHC", "15/QĐ-UBND");

		// The coordinating agency reports its contribution; the lead sees it.
		Browser officerB = f.signedIn("officerB");
		assertThat(officerB
			.submit("/my-tasks/" + b1, "/my-tasks/" + b1,
					Map.of("status", "IN_PROGRESS", "percent", "30", "results", "Beta góp ý 12 thủ tục", "basedOn",
							"0"))
			.statusCode()).isEqualTo(302);
		assertThat(text(officer.get(taskA))).contains("Đóng góp của các cơ quan phối hợp", f.agencyName(f.agencyB),
				"Beta góp ý 12 thủ tục");
		// …but never reads or writes the lead's own assignment or evidence.
		assertThat(officerB.get(taskA).statusCode()).isEqualTo(404);
		assertThat(officerB.get("/evidence/" + evidence).statusCode()).isEqualTo(404);
		assertThat(officerB.upload(taskA + "/evidence", "file", "x.pdf", PDF, Map.of(), officerB.csrfTokenOf("/"))
			.statusCode()).isEqualTo(404);

		// The head sends the item back; the officer sees why and answers it.
		Browser head = f.signedIn("headA");
		assertThat(head
			.submit("/agency-report", "/agency-report/items/" + a1 + "/send-back",
					Map.of("comment", "Bổ sung số thủ tục đã công bố"))
			.statusCode()).isEqualTo(302);
		assertThat(text(officer.get("/my-tasks"))).contains("Cần bổ sung");
		assertThat(text(officer.get(taskA))).contains("Bổ sung số thủ tục đã công bố");
		officer.submit(taskA, taskA, Map.of("status", "IN_PROGRESS", "percent", "80", "results",
				"Đã rà soát 40 thủ tục, công bố 15", "basedOn", "1"));
		assertThat(progress(a1)).isEqualTo("IN_PROGRESS 80 2");
		assertThat(this.jdbc.queryForObject(
				"select returned_comment from assignment_progress where assignment_id = ? and period_id = ?",
				String.class, a1, f.periodId))
			.isNull();

		// Officers do not submit; the head does, and the period's updates freeze.
		assertThat(officer.submit("/agency-report", "/agency-report/submit", Map.of("version", "0")).statusCode())
			.isEqualTo(403);
		assertThat(head
			.submit("/agency-report", "/agency-report/submit",
					Map.of("version", String.valueOf(reportVersion(f.agencyA, f)), "summary", "Hoàn thành phần lớn"))
			.statusCode()).isEqualTo(302);
		assertThat(reportStatus(f.agencyA, f)).isEqualTo("SUBMITTED");
		HttpResponse<String> frozen = officer.submit(taskA, taskA,
				Map.of("status", "DONE_ON_TIME", "percent", "100", "basedOn", "2"));
		assertThat(text(frozen)).contains("đã được gửi");
		assertThat(progress(a1)).isEqualTo("IN_PROGRESS 80 2");
		officer.upload(taskA + "/evidence", "file", "more.pdf", PDF, Map.of(), officer.csrfTokenOf(taskA));
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where assignment_id = ?", Integer.class, a1))
			.isOne();

		// Sở Nội vụ's view: A submitted, B not yet (and reminded); A's overdue task
		// counted.
		Browser planner = Browser.signedIn(this.port, "planner");
		String review = text(planner.get("/periods/" + f.periodId + "/review"));
		assertThat(review).contains(f.agencyName(f.agencyA), f.agencyName(f.agencyB), "Đã gửi, chờ Sở Nội vụ xem xét");
		assertThat(planner
			.submit("/periods/" + f.periodId + "/review", "/periods/" + f.periodId + "/remind",
					Map.of("agencyId", List.of(f.agencyB, f.agencyA)))
			.statusCode()).isEqualTo(302);
		assertThat(events(f.agencyB, f)).containsExactly("REMINDED");
		assertThat(events(f.agencyA, f)).doesNotContain("REMINDED");

		// Returned with a comment: editable again; fixed; submitted; accepted.
		String agencyPage = "/periods/" + f.periodId + "/agencies/" + f.agencyA;
		assertThat(text(planner.get(agencyPage))).contains("Hoàn thành phần lớn", "Rà soát thủ tục hành chính");
		assertThat(planner
			.submit(agencyPage, agencyPage + "/return",
					Map.of("version", String.valueOf(reportVersion(f.agencyA, f)), "comment",
							"Thiếu minh chứng công bố"))
			.statusCode()).isEqualTo(302);
		assertThat(text(head.get("/agency-report"))).contains("Bị trả lại", "Thiếu minh chứng công bố");
		assertThat(officer.submit(taskA, taskA, Map.of("status", "DONE_ON_TIME", "percent", "100", "basedOn", "2"))
			.statusCode()).isEqualTo(302);
		head.submit("/agency-report", "/agency-report/submit",
				Map.of("version", String.valueOf(reportVersion(f.agencyA, f)), "summary", "Đã bổ sung"));
		// A decision on a stale page changes nothing.
		assertThat(planner.submit(agencyPage, agencyPage + "/accept", Map.of("version", "0")).statusCode())
			.isEqualTo(409);
		assertThat(planner
			.submit(agencyPage, agencyPage + "/accept", Map.of("version", String.valueOf(reportVersion(f.agencyA, f))))
			.statusCode()).isEqualTo(302);
		assertThat(reportStatus(f.agencyA, f)).isEqualTo("ACCEPTED");
		assertThat(events(f.agencyA, f)).containsExactly("ITEM_SENT_BACK", "SUBMITTED", "RETURNED", "SUBMITTED",
				"ACCEPTED");
		assertThat(this.jdbc
			.queryForList("select actor from agency_report_event e join agency_report r on r.id = e.report_id "
					+ "where r.agency_id = ? order by e.id", String.class, f.agencyA))
			.containsExactly(f.username("headA"), f.username("headA"), "planner", f.username("headA"), "planner");

		// Officers and heads never decide on reports, nor see the review.
		assertThat(head.get("/periods/" + f.periodId + "/review").statusCode()).isEqualTo(403);
		assertThat(officerB.submit("/my-tasks", agencyPage + "/accept", Map.of("version", "0")).statusCode())
			.isEqualTo(403);
		assertThat(progress(b2)).isEqualTo("none");
	}

	@Test
	void badUploadsAreRefusedWithAClearMessageAndStoreNothing() {
		ReportingFixture f = stage();
		long a1 = f.assignment("a)", f.agencyA);
		String taskA = "/my-tasks/" + a1;
		Browser officer = f.signedIn("officerA");
		String token = officer.csrfTokenOf(taskA);

		// A script renamed .pdf: refused by its content, the metadata typed kept.
		HttpResponse<String> script = officer.upload(taskA + "/evidence", "file", "bao-cao.pdf",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), Map.of("documentNumber", "99/BC-GIU-LAI"),
				token);
		assertThat(script.statusCode()).isEqualTo(302);
		assertThat(text(officer.get(taskA))).contains("không phải PDF, Word, Excel", "99/BC-GIU-LAI");
		// Empty.
		officer.upload(taskA + "/evidence", "file", "rong.pdf", new byte[0], Map.of(), token);
		assertThat(text(officer.get(taskA))).contains("Chưa chọn tệp, hoặc tệp rỗng");
		// Over the size limit: sent back to the page with the limit.
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		HttpResponse<String> tooLarge = officer.upload(taskA + "/evidence", "file", "lon.pdf", large, Map.of(), token);
		assertThat(tooLarge.statusCode()).isEqualTo(303);
		assertThat(text(officer.get(tooLarge.headers().firstValue("Location").orElseThrow())))
			.contains("lớn hơn 10 MB");
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where assignment_id = ?", Integer.class, a1))
			.isZero();

		// A picture named .pdf is a picture: taken, and named for what it is.
		byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		officer.upload(taskA + "/evidence", "file", "anh-chup.pdf", png, Map.of(), token);
		assertThat(this.jdbc.queryForObject(
				"select file_name || ' ' || media_type from evidence where assignment_id = ?", String.class, a1))
			.isEqualTo("anh-chup.png image/png");
	}

	private String progress(long assignment) {
		List<String> rows = this.jdbc.queryForList(
				"select status || ' ' || percent || ' ' || revision from assignment_progress where assignment_id = ?",
				String.class, assignment);
		return rows.isEmpty() ? "none" : rows.get(0);
	}

	private long reportVersion(long agency, ReportingFixture f) {
		return this.jdbc.queryForObject("select version from agency_report where agency_id = ? and period_id = ?",
				Long.class, agency, f.periodId);
	}

	private String reportStatus(long agency, ReportingFixture f) {
		return this.jdbc.queryForObject("select status from agency_report where agency_id = ? and period_id = ?",
				String.class, agency, f.periodId);
	}

	private List<String> events(long agency, ReportingFixture f) {
		return this.jdbc.queryForList(
				"select action from agency_report_event e join agency_report r on r.id = "
						+ "e.report_id where r.agency_id = ? and r.period_id = ? order by e.id",
				String.class, agency, f.periodId);
	}

	private static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}

}
