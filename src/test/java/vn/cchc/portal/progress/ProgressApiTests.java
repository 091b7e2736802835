package vn.cchc.portal.progress;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress API: scoped to the caller's agency, version-checked, and the report steps
 * by role.
 */
@PortalWebTest
class ProgressApiTests {

	private static final String PASSWORD = "cchc-demo";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void anAgencyReportsThroughTheApiAndAStaleVersionGets409WithTheCurrentState() throws Exception {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.PROGRESS_API);
		f.plan("a)", "Công bố thủ tục qua API " + f.tag, f.agencyName(f.agencyA), "", "Quý IV/" + f.year, //
				"b)", "Việc riêng của Beta " + f.tag, f.agencyName(f.agencyB), "", "Thường xuyên");
		long ours = f.assignment("a)", f.agencyA);
		long theirs = f.assignment("b)", f.agencyB);
		Browser api = new Browser(this.port);
		String officer = f.username("officerA");

		JsonNode list = json(api.api("/api/v1/assignments", officer, PASSWORD));
		assertThat(list.findValuesAsString("text")).contains("Công bố thủ tục qua API " + f.tag)
			.doesNotContain("Việc riêng của Beta " + f.tag);
		JsonNode mine = find(list, ours);
		assertThat(mine.path("version").asInt()).isZero();
		assertThat(mine.path("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(json(api.api("/api/v1/assignments?period=" + f.periodId, officer, PASSWORD)).size())
			.isEqualTo(list.size());

		String update = "{\"status\":\"IN_PROGRESS\",\"percent\":50,\"results\":\"Đã công bố 10 TTHC\",\"version\":0}";
		HttpResponse<String> saved = api.api("POST", "/api/v1/assignments/" + ours + "/updates", officer, PASSWORD,
				update);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		assertThat(json(saved).path("revision").asInt()).isEqualTo(1);

		HttpResponse<String> stale = api.api("POST", "/api/v1/assignments/" + ours + "/updates", officer, PASSWORD,
				update.replace("50", "90"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(json(stale).path("current").path("percent").asInt()).isEqualTo(50);
		assertThat(json(stale).path("current").path("revision").asInt()).isEqualTo(1);

		// Invalid input and another agency's assignment.
		assertThat(api
			.api("POST", "/api/v1/assignments/" + ours + "/updates", officer, PASSWORD,
					"{\"status\":\"IN_PROGRESS\",\"percent\":150,\"version\":1}")
			.statusCode()).isEqualTo(400);
		assertThat(
				api.api("POST", "/api/v1/assignments/" + theirs + "/updates", officer, PASSWORD, update).statusCode())
			.isEqualTo(404);
		assertThat(api.api("GET", "/api/v1/assignments?period=987654321", officer, PASSWORD, null).statusCode())
			.isEqualTo(404);

		// The report: the head submits; officers cannot; the planner decides by version.
		String head = f.username("headA");
		JsonNode report = json(api.api("/api/v1/agency-reports/mine", head, PASSWORD));
		long reportId = report.path("id").asLong();
		String submit = "{\"version\":" + report.path("version").asLong() + ",\"comment\":\"Tóm tắt qua API\"}";
		assertThat(api.api("POST", "/api/v1/agency-reports/" + reportId + "/submit", officer, PASSWORD, submit)
			.statusCode()).isEqualTo(403);
		assertThat(
				api.api("POST", "/api/v1/agency-reports/" + reportId + "/submit", f.username("headB"), PASSWORD, submit)
					.statusCode())
			.isEqualTo(404);
		assertThat(
				api.api("POST", "/api/v1/agency-reports/" + reportId + "/submit", head, PASSWORD, submit).statusCode())
			.isEqualTo(204);
		assertThat(api
			.api("POST", "/api/v1/assignments/" + ours + "/updates", officer, PASSWORD,
					update.replace("\"version\":0", "\"version\":1"))
			.statusCode()).isEqualTo(409);

		long version = json(api.api("/api/v1/agency-reports/mine", head, PASSWORD)).path("version").asLong();
		assertThat(api
			.api("POST", "/api/v1/agency-reports/" + reportId + "/accept", head, PASSWORD,
					"{\"version\":" + version + "}")
			.statusCode()).isEqualTo(403);
		assertThat(api
			.api("POST", "/api/v1/agency-reports/" + reportId + "/return", "planner", PASSWORD,
					"{\"version\":" + version + "}")
			.statusCode()).isEqualTo(400);
		assertThat(api
			.api("POST", "/api/v1/agency-reports/" + reportId + "/accept", "planner", PASSWORD,
					"{\"version\":" + (version - 1) + "}")
			.statusCode()).isEqualTo(409);
		assertThat(api
			.api("POST", "/api/v1/agency-reports/" + reportId + "/return", "planner", PASSWORD,
					"{\"version\":" + version + ",\"comment\":\"Bổ sung minh chứng\"}")
			.statusCode()).isEqualTo(204);
		assertThat(this.jdbc.queryForObject("select status from agency_report where id = ?", String.class, reportId))
			.isEqualTo("RETURNED");
		assertThat(api
			.api("POST", "/api/v1/assignments/" + ours + "/updates", officer, PASSWORD,
					update.replace("\"version\":0", "\"version\":1"))
			.statusCode()).isEqualTo(201);
	}

	private static JsonNode find(JsonNode list, long id) {
		for (JsonNode node : list) {
			if (node.path("id").asLong() == id) {
				return node;
			}
		}
		throw new AssertionError("no assignment " + id + " in " + list);
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		return new ObjectMapper().readTree(response.body());
	}

}
