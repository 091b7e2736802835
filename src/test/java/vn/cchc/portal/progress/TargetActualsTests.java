package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
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
 * Agencies report values for the targets their tasks serve and for agency-level ones, and
 * see whether each is met.
 */
@PortalWebTest
class TargetActualsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void anAgencyReportsItsTargetsAndSeesWhetherTheyAreMet() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.TARGET_ACTUALS);
		f.plan((planner, page) -> {
			long task = this.jdbc.queryForObject("select t.id from plan_task t where t.plan_id = ? and t.label = 'a)'",
					Long.class, Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
			target(planner, page, Map.of("wording", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% " + f.tag, "comparator",
					"≥", "value", "80", "unit", "%", "level", "PROVINCE", "taskIds", List.of(task)));
			target(planner, page, Map.of("wording", "100% cơ quan công khai TTHC " + f.tag, "comparator", "≥", "value",
					"100", "unit", "%", "level", "AGENCY"));
			target(planner, page, Map.of("wording", "Chỉ số PAR INDEX của tỉnh tăng " + f.tag, "comparator", "≥",
					"value", "85", "unit", "điểm", "level", "PROVINCE"));
		}, "a)", "Số hóa hồ sơ TTHC " + f.tag, f.agencyName(f.agencyA), "", "Năm " + f.year);

		Browser officer = f.signedIn("officerA");
		String page = text(officer.get("/agency-report"));
		assertThat(page)
			.contains("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% " + f.tag, "100% cơ quan công khai TTHC " + f.tag)
			.doesNotContain("Chỉ số PAR INDEX của tỉnh tăng " + f.tag);
		long online = target("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% " + f.tag);
		long published = target("100% cơ quan công khai TTHC " + f.tag);
		long parIndex = target("Chỉ số PAR INDEX của tỉnh tăng " + f.tag);

		assertThat(officer
			.submit("/agency-report", "/agency-report/targets/" + online,
					Map.of("value", "94,5", "note", "Số liệu Cổng DVC"))
			.statusCode()).isEqualTo(302);
		officer.submit("/agency-report", "/agency-report/targets/" + published, Map.of("value", "90"));
		page = text(officer.get("/agency-report"));
		assertThat(page).contains("94,5 %", "Đạt", "Chưa đạt", "Số liệu Cổng DVC");
		assertThat(this.jdbc.queryForObject("select value from target_actual where target_id = ? and agency_id = ?",
				java.math.BigDecimal.class, online, f.agencyA))
			.isEqualByComparingTo("94.5");

		// A value that does not read is refused, with what was typed kept.
		officer.submit("/agency-report", "/agency-report/targets/" + published, Map.of("value", "chín mươi"));
		assertThat(text(officer.get("/agency-report"))).contains("Nhập một số không âm", "chín mươi");
		// A target the agency does not report: 404, nothing saved.
		assertThat(officer.submit("/agency-report", "/agency-report/targets/" + parIndex, Map.of("value", "90"))
			.statusCode()).isEqualTo(404);
		assertThat(f.signedIn("officerB")
			.submit("/agency-report", "/agency-report/targets/" + online, Map.of("value", "1"))
			.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from target_actual where target_id in (?, ?, ?)",
				Integer.class, online, published, parIndex))
			.isEqualTo(2);

		// Sở Nội vụ sees the same figures on the agency's report.
		assertThat(
				text(Browser.signedIn(this.port, "planner").get("/periods/" + f.periodId + "/agencies/" + f.agencyA)))
			.contains("94,5 %", "Số liệu Cổng DVC");
	}

	@Test
	void attainmentFollowsTheComparator() {
		assertThat(TargetActuals.attained(target("GE", "90"), new java.math.BigDecimal("90"))).isTrue();
		assertThat(TargetActuals.attained(target("GE", "90"), new java.math.BigDecimal("89.99"))).isFalse();
		assertThat(TargetActuals.attained(target("LE", "5"), new java.math.BigDecimal("3"))).isTrue();
		assertThat(TargetActuals.attained(target("LE", "5"), new java.math.BigDecimal("6"))).isFalse();
		assertThat(TargetActuals.attained(target("EQ", "100"), new java.math.BigDecimal("100.0"))).isTrue();
		assertThat(TargetActuals.attained(target(null, null), java.math.BigDecimal.ONE)).isNull();
	}

	private static vn.cchc.portal.plans.AgencyWork.Target target(String comparator, String value) {
		return new vn.cchc.portal.plans.AgencyWork.Target(1, 1, "KH", null, "x", comparator,
				(value != null) ? new java.math.BigDecimal(value) : null, "%", "AGENCY", true);
	}

	private static void target(Browser planner, String page, Map<String, ?> fields) {
		HttpResponse<String> created = planner.submit(page + "/targets/new", page + "/targets/new", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
	}

	private long target(String wording) {
		return this.jdbc.queryForObject("select id from plan_target where wording = ?", Long.class, wording);
	}

	private static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}

}
