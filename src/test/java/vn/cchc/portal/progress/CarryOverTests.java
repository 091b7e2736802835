package vn.cchc.portal.progress;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next year's plan can carry over only the work not finished, each task linked to the one
 * it continues.
 */
@PortalWebTest
class CarryOverTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void onlyTasksNotReportedDoneAreCarriedIntoNextYear() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.CARRY_OVER);
		String a = f.agencyName(f.agencyA);
		String b = f.agencyName(f.agencyB);
		f.plan("a)", "Việc đã xong " + f.tag, a, "", "Quý I/" + f.year, //
				"b)", "Việc đang làm " + f.tag, b, "", "Năm " + f.year, //
				"c)", "Việc chưa báo cáo " + f.tag, a, "", "Thường xuyên", //
				"d)", "Việc hai cơ quan chủ trì " + f.tag, a + "; " + b, "", "Năm " + f.year);
		update(f, "officerA", f.assignment("a)", f.agencyA), "DONE_ON_TIME");
		update(f, "officerB", f.assignment("b)", f.agencyB), "IN_PROGRESS");
		update(f, "officerA", f.assignment("d)", f.agencyA), "DONE_LATE");

		long plan = this.jdbc.queryForObject("select plan_id from plan_task where id = ?", Long.class,
				f.tasks.get("a)"));
		Browser planner = Browser.signedIn(this.port, "planner");
		long copy = Browser
			.createdId(planner.submit("/plans/" + plan, "/plans/" + plan + "/copy", Map.of("unfinishedOnly", "true")));

		assertThat(this.jdbc.queryForObject("select plan_year from plan where id = ?", Integer.class, copy))
			.isEqualTo(f.year + 1);
		// d) is done by one lead only: still unfinished.
		assertThat(this.jdbc.queryForList("select label from plan_task where plan_id = ? order by position",
				String.class, copy))
			.containsExactly("b)", "c)", "d)");
		assertThat(this.jdbc.queryForObject("select origin_task_id from plan_task where plan_id = ? and label = 'b)'",
				Long.class, copy))
			.isEqualTo(f.tasks.get("b)"));
	}

	private void update(ReportingFixture f, String person, long assignment, String status) {
		String page = "/my-tasks/" + assignment;
		assertThat(f.signedIn(person)
			.submit(page, page, Map.of("status", status, "percent", "100", "basedOn", "0"))
			.statusCode()).isEqualTo(302);
	}

}
