package vn.cchc.portal.plans;

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
 * An agency head builds the agency's plan from the issued province plan.
 */
@PortalWebTest
class AgencyPlansTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHeadOfSoTuPhapGetsTheTasksAssignedToTheAgencyLinkedToTheProvincePlan() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long province = Browser
			.createdId(planner.submit("/plans/new", "/plans/new", Map.of("year", "2029", "title", "KH tỉnh 2029")));
		String page = "/plans/" + province;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String taskForm = page + "/sections/" + section + "/tasks/new";
		long ours = Browser.createdId(planner.submit(taskForm, taskForm, Map.of("label", "a)", "text",
				"Rà soát văn bản QPPL", "leads", "Sở Tư pháp", "deadline", "Quý II/2029")));
		long viaGroup = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "b)", "text", "Tự kiểm tra công tác CCHC", "leads", "các sở, ban, ngành")));
		long notOurs = Browser.createdId(planner.submit(taskForm, taskForm,
				Map.of("label", "c)", "text", "Đo lường sự hài lòng", "leads", "Sở Nội vụ")));

		Browser head = Browser.signedIn(this.port, "head");
		String refused = HtmlUtils.htmlUnescape(
				head.submit(page, page + "/agency-plan", Map.of()).headers().firstValue("Location").orElseThrow());
		assertThat(refused).endsWith(page);
		assertThat(
				this.jdbc.queryForObject("select count(*) from plan where parent_plan_id = ?", Integer.class, province))
			.as("a draft province plan gives no agency plan")
			.isZero();

		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue",
				Map.of("decisionNumber", "9/QĐ-UBND", "decisionDate", "2028-12-20"));

		HttpResponse<String> built = head.submit(page, page + "/agency-plan", Map.of());
		long agencyPlan = Browser.createdId(built);
		assertThat(this.jdbc.queryForList("select origin_task_id from plan_task where plan_id = ? order by position",
				Long.class, agencyPlan))
			.containsExactly(ours, viaGroup)
			.doesNotContain(notOurs);
		assertThat(this.jdbc.queryForObject(
				"select a.code from plan p join agency a on a.id = p.owner_agency_id " + "where p.id = ?", String.class,
				agencyPlan))
			.isEqualTo("STP");
		String agencyPage = HtmlUtils.htmlUnescape(head.get("/plans/" + agencyPlan).body());
		assertThat(agencyPage).contains("của Sở Tư pháp", "Rà soát văn bản QPPL",
				"Nhiệm vụ được giao trong kế hoạch của tỉnh", "Thêm nhiệm vụ");

		// Asking again opens the same plan; an officer cannot build one.
		assertThat(Browser.createdId(head.submit(page, page + "/agency-plan", Map.of()))).isEqualTo(agencyPlan);
		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.post(page + "/agency-plan", Map.of(), officer.csrfTokenOf("/plans")).statusCode())
			.isEqualTo(403);
		// The head edits the agency's plan, not the province's.
		assertThat(head.get(page + "/sections/new").statusCode()).isEqualTo(403);
		assertThat(head.get("/plans/" + agencyPlan + "/sections/new").statusCode()).isEqualTo(200);
	}

}
