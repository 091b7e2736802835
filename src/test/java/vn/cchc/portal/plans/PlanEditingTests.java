package vn.cchc.portal.plans;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working on many tasks quickly: reorder, duplicate, delete with undo.
 */
@PortalWebTest
class PlanEditingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tasksAreReorderedDuplicatedAndDeletedWithUndo() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser
			.createdId(planner.submit("/plans/new", "/plans/new", Map.of("year", "2032", "title", "KH thử sắp xếp")));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thể chế", "domainCode", "THE_CHE")));
		String form = page + "/sections/" + section + "/tasks/new";
		long a = Browser
			.createdId(planner.submit(form, form, Map.of("label", "a)", "text", "Nhiệm vụ A", "leads", "Sở Tư pháp")));
		long b = Browser
			.createdId(planner.submit(form, form, Map.of("label", "b)", "text", "Nhiệm vụ B", "leads", "Sở Nội vụ")));
		long c = Browser
			.createdId(planner.submit(form, form, Map.of("label", "c)", "text", "Nhiệm vụ C", "leads", "Sở Y tế")));
		String activityForm = page + "/tasks/" + b + "/activities/new";
		long activity = Browser.createdId(planner.submit(activityForm, activityForm,
				Map.of("label", "b.1", "text", "Hoạt động của B", "leads", "Sở Nội vụ")));

		planner.submit(page, page + "/tasks/" + c + "/move?direction=up", Map.of());
		planner.submit(page, page + "/tasks/" + a + "/move?direction=up", Map.of());
		assertThat(order(plan)).containsExactly("Nhiệm vụ A", "Nhiệm vụ C", "Nhiệm vụ B");

		HttpResponse<String> deleted = planner.submit(page, page + "/tasks/" + b + "/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		String after = planner.get(page).body();
		assertThat(after).contains("Đã xóa nhiệm vụ", "Hoàn tác").doesNotContain("Nhiệm vụ B", "Hoạt động của B");
		assertThat(assignmentsOf(b) + assignmentsOf(activity)).isZero();

		planner.submit(page, page + "/tasks/" + b + "/restore", Map.of());
		assertThat(planner.get(page).body()).contains("Nhiệm vụ B", "Hoạt động của B");
		assertThat(assignmentsOf(b)).isEqualTo(1);
		assertThat(assignmentsOf(activity)).isEqualTo(1);

		HttpResponse<String> duplicated = planner.submit(page, page + "/tasks/" + a + "/duplicate", Map.of());
		assertThat(duplicated.headers().firstValue("Location").orElseThrow()).endsWith("/edit");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from plan_task where plan_id = ? and text = 'Nhiệm vụ A' " + "and deleted_at is null",
				Integer.class, plan))
			.isEqualTo(2);

		long second = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "2.", "title", "Cải cách thủ tục hành chính", "domainCode", "TTHC")));
		planner.submit(page, page + "/tasks/" + b + "/section", Map.of("sectionId", String.valueOf(second)));
		assertThat(
				this.jdbc.queryForList("select section_id from plan_task where id in (?, ?)", Long.class, b, activity))
			.containsOnly(second);

		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.post(page + "/tasks/" + a + "/delete", Map.of(), officer.csrfTokenOf("/plans")).statusCode())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select deleted_at is null from plan_task where id = ?", Boolean.class, a))
			.isTrue();
	}

	private java.util.List<String> order(long plan) {
		return this.jdbc.queryForList("select text from plan_task where plan_id = ? and parent_task_id is null "
				+ "and deleted_at is null order by position", String.class, plan);
	}

	private int assignmentsOf(long task) {
		return this.jdbc.queryForObject("select count(*) from assignment where task_id = ? and active", Integer.class,
				task);
	}

}
