package vn.cchc.portal.plans;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans API as a script uses it: HTTP Basic, JSON in and out, the pages' rules.
 */
@PortalWebTest
class PlanApiTests {

	private static final Pattern LAST_ID = Pattern.compile("/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aScriptDraftsAPlanAndCannotOverwriteANewerTask() {
		Browser script = new Browser(this.port);
		HttpResponse<String> created = script.api("POST", "/api/v1/plans", "planner", "cchc-demo",
				"{\"year\": 2027, \"title\": \"Kế hoạch CCHC năm 2027 (API)\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long plan = lastId(created.headers().firstValue("Location").orElseThrow());
		assertThat(created.body()).contains("\"status\":\"DRAFT\"", "Kế hoạch CCHC năm 2027 (API)");

		HttpResponse<String> withSection = script.api("POST", "/api/v1/plans/" + plan + "/sections", "planner",
				"cchc-demo",
				"{\"label\": \"3.\", \"title\": \"Cải cách thủ tục hành chính\", \"domainCode\": \"TTHC\"}");
		assertThat(withSection.statusCode()).isEqualTo(201);
		long section = this.jdbc.queryForObject("select id from plan_section where plan_id = ?", Long.class, plan);

		HttpResponse<String> task = script.api("POST", "/api/v1/plans/" + plan + "/sections/" + section + "/tasks",
				"planner", "cchc-demo",
				"{\"label\": \"a)\", \"text\": \"Số hóa hồ sơ\", \"leads\": \"Văn phòng UBND tỉnh\", "
						+ "\"coordinators\": \"các sở, ban, ngành\", \"products\": [\"Kết quả số hóa\"], "
						+ "\"deadline\": \"Quý III/2027\", \"budget\": \"Theo dự toán được cấp\"}");
		assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
		assertThat(task.body()).contains("\"deadlineKind\":\"QUARTER\"", "\"deadlineDue\":\"2027-09-30\"",
				"\"name\":\"Văn phòng Ủy ban nhân dân tỉnh\"", "\"groupCode\":\"DEPARTMENTS\"", "Kết quả số hóa",
				"\"version\":0");
		long taskId = lastId(task.headers().firstValue("Location").orElseThrow());

		String update = "{\"text\": \"Số hóa hồ sơ, kết quả giải quyết TTHC\", \"leads\": \"Văn phòng UBND tỉnh\", "
				+ "\"deadline\": \"Quý IV/2027\", \"version\": 0}";
		HttpResponse<String> saved = script.api("PUT", "/api/v1/plans/" + plan + "/tasks/" + taskId, "planner",
				"cchc-demo", update);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.body()).contains("\"version\":1", "2027-12-31");

		HttpResponse<String> stale = script.api("PUT", "/api/v1/plans/" + plan + "/tasks/" + taskId, "admin",
				"cchc-demo", update.replace("Quý IV", "Quý I"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(this.jdbc.queryForObject("select deadline_text from plan_task where id = ?", String.class, taskId))
			.isEqualTo("Quý IV/2027");

		assertThat(script.api("/api/v1/plans?year=2027", "officer", "cchc-demo").body())
			.contains("Kế hoạch CCHC năm 2027 (API)")
			.doesNotContain("\"year\":2024");
		assertThat(script.api("/api/v1/plans/" + plan, "officer", "cchc-demo").body())
			.contains("Số hóa hồ sơ, kết quả giải quyết TTHC", "\"domainCode\":\"TTHC\"");
	}

	@Test
	void officersCannotWriteThroughTheApiAndBadBodiesAre400() {
		Browser script = new Browser(this.port);
		HttpResponse<String> refused = script.api("POST", "/api/v1/plans", "officer", "cchc-demo",
				"{\"year\": 2027, \"title\": \"Không được tạo\"}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("\"status\":403").doesNotContain("Exception");
		assertThat(this.jdbc.queryForObject("select count(*) from plan where title = 'Không được tạo'", Integer.class))
			.isZero();

		HttpResponse<String> invalid = script.api("POST", "/api/v1/plans", "planner", "cchc-demo",
				"{\"year\": 1990, \"title\": \"\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(script.api("/api/v1/plans/987654", "planner", "cchc-demo").statusCode()).isEqualTo(404);
	}

	private static long lastId(String location) {
		Matcher matcher = LAST_ID.matcher(location);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
