package vn.cchc.portal.progress;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day ends at midnight in Việt Nam, seven hours before it ends in UTC: between 17:00
 * and 24:00 UTC the two dates differ, and every deadline is judged by Việt Nam's.
 */
@PortalWebTest
class VietnamDayTests {

	private static final String OVERDUE_BADGE = "badge text-bg-danger\">Quá hạn</span>";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aQuarterTaskFallsOverdueAtMidnightInVietNam() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.VIETNAM_DAY);
		f.plan("a)", "Rà soát thủ tục quý I " + f.tag, f.agencyName(f.agencyA), "", "Quý I/" + f.year);
		String list = "/my-tasks?q=" + f.tag;

		// 31 March, 23:30 in Việt Nam (16:30 UTC): due today, not overdue.
		this.clock.setTo(LocalDateTime.of(f.year, 3, 31, 23, 30));
		assertThat(page(f, list)).contains("Rà soát thủ tục quý I " + f.tag).doesNotContain(OVERDUE_BADGE);

		// 1 April, 0:30 in Việt Nam: still 31 March in UTC, overdue here.
		this.clock.setTo(LocalDateTime.of(f.year, 4, 1, 0, 30));
		assertThat(page(f, list)).contains("Rà soát thủ tục quý I " + f.tag, OVERDUE_BADGE);
	}

	@Test
	void anUpdateIsLateFromMidnightAfterTheDueDayInVietNam() {
		ReportingFixture f = new ReportingFixture(this.port, this.jdbc, this.clock, TestYears.VIETNAM_DAY);
		f.plan("a)", "Số hóa hồ sơ " + f.tag, f.agencyName(f.agencyA), "", "Năm " + f.year);
		long assignment = f.assignment("a)", f.agencyA);
		String page = "/my-tasks/" + assignment;

		// The year report is due on 15 December: at 23:30 that evening it is on time.
		this.clock.setTo(LocalDateTime.of(f.year, 12, 15, 23, 30));
		assertThat(f.signedIn("officerA")
			.submit(page, page, Map.of("status", "IN_PROGRESS", "percent", "60", "basedOn", "0"))
			.statusCode()).isEqualTo(302);
		// Half an hour after midnight in Việt Nam (17:30 UTC on the 15th): late.
		this.clock.setTo(LocalDateTime.of(f.year, 12, 16, 0, 30));
		assertThat(f.signedIn("officerA")
			.submit(page, page, Map.of("status", "DONE_LATE", "percent", "100", "basedOn", "1"))
			.statusCode()).isEqualTo(302);

		assertThat(this.jdbc.queryForList(
				"select status || ' ' || late from progress_update where assignment_id = ? order by id", String.class,
				assignment))
			.containsExactly("IN_PROGRESS false", "DONE_LATE true");
	}

	private static String page(ReportingFixture f, String path) {
		return HtmlUtils.htmlUnescape(f.signedIn("officerA").get(path).body());
	}

}
