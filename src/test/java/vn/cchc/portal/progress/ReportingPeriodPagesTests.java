package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Nội vụ sets, opens and closes the periods of a year; everyone else only sees them.
 */
@PortalWebTest
class ReportingPeriodPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePlannerSchedulesOpensAndClosesAPeriod() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String page = planner.get("/periods?year=2033").body();
		assertThat(page).contains("Kỳ báo cáo năm 2033", "Quý I", "6 tháng", "9 tháng", "Mở kỳ");
		long id = this.jdbc.queryForObject("select id from reporting_period where plan_year = 2033 and kind = 'H1'",
				Long.class);
		assertThat(this.jdbc.queryForObject("select cutoff_from || ' ' || cutoff_to from reporting_period where id = ?",
				String.class, id))
			.isEqualTo("2032-12-15 2033-06-14");

		planner.submit("/periods?year=2033", "/periods/" + id + "/schedule", Map.of("version", version(id), "year",
				"2033", "cutoffFrom", "2032-12-15", "cutoffTo", "2033-06-14", "dueDate", "2033-06-20"));
		assertThat(
				this.jdbc.queryForObject("select due_date::text from reporting_period where id = ?", String.class, id))
			.isEqualTo("2033-06-20");

		planner.submit("/periods?year=2033", "/periods/" + id + "/open",
				Map.of("version", version(id), "year", "2033"));
		assertThat(status(id)).isEqualTo("OPEN");
		planner.submit("/periods?year=2033", "/periods/" + id + "/close",
				Map.of("version", version(id), "year", "2033", "graceUntil", "2033-06-25"));
		assertThat(status(id)).isEqualTo("CLOSED");
		assertThat(planner.get("/periods?year=2033").body()).contains("Nhận cập nhật muộn đến 25/06/2033");

		// A form sent from an old page (stale version) gets the conflict page and changes
		// nothing.
		HttpResponse<String> stale = planner.submit("/periods?year=2033", "/periods/" + id + "/open",
				Map.of("version", "0", "year", "2033"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(HtmlUtils.htmlUnescape(stale.body())).contains("Dữ liệu vừa được người khác thay đổi");
		assertThat(status(id)).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where target_type = 'REPORTING_PERIOD' and target_id = ?",
				Integer.class, String.valueOf(id)))
			.isEqualTo(3);
	}

	@Test
	void officersSeeThePeriodsButCannotChangeThem() {
		Browser officer = Browser.signedIn(this.port, "officer");
		String page = officer.get("/periods?year=2034").body();
		assertThat(page).contains("Quý I", "15/12/2033").doesNotContain("Mở kỳ");
		long id = this.jdbc.queryForObject("select id from reporting_period where plan_year = 2034 and kind = 'Q1'",
				Long.class);
		assertThat(officer
			.post("/periods/" + id + "/open", Map.of("version", "0", "year", "2034"), officer.csrfTokenOf("/periods"))
			.statusCode()).isEqualTo(403);
		assertThat(status(id)).isEqualTo("PLANNED");
	}

	private String version(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from reporting_period where id = ?", Long.class, id));
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from reporting_period where id = ?", String.class, id);
	}

}
