package vn.cchc.portal.audit;

import java.time.Duration;
import java.time.LocalDateTime;

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
 * Other modules record through {@link AuditLog}; administrators read it newest first, a
 * page at a time.
 */
@PortalWebTest
class AuditPageTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void recordsWhoWhenWhatAndCutsLongDetails() {
		this.auditLog.recordAs("planner", "PLAN_ISSUED", "PLAN", 42L, "x".repeat(1500));
		assertThat(this.jdbc.queryForMap("select actor, target_type, target_id, length(details) as length "
				+ "from audit_event where action = 'PLAN_ISSUED' order by id desc limit 1"))
			.containsEntry("actor", "planner")
			.containsEntry("target_type", "PLAN")
			.containsEntry("target_id", "42")
			.containsEntry("length", 1000);
	}

	@Test
	void administratorsReadTheNewestFirstAPageAtATime() {
		// A year of its own: the trail narrowed to its day holds this test's events only.
		this.clock.setTo(LocalDateTime.of(TestYears.AUDIT_PAGE, 5, 5, 9, 0));
		this.auditLog.recordAs("admin", "OLDER_TEST_EVENT", "TEST", 1, "cũ hơn");
		this.clock.advance(Duration.ofSeconds(1));
		this.auditLog.recordAs(null, "NEWER_TEST_EVENT", "TEST", 2, "mới hơn");
		String day = "/admin/audit?targetType=TEST&from=" + TestYears.AUDIT_PAGE + "-05-05&to=" + TestYears.AUDIT_PAGE
				+ "-05-05";

		Browser admin = new Browser(this.port);
		admin.login("admin", "cchc-demo");
		String page = admin.get(day).body();
		assertThat(page).contains("Nhật ký hệ thống", "NEWER_TEST_EVENT", "OLDER_TEST_EVENT", "Hệ thống");
		assertThat(page.indexOf("NEWER_TEST_EVENT")).isLessThan(page.indexOf("OLDER_TEST_EVENT"));

		String first = admin.get(day + "&size=1").body();
		assertThat(first).contains("NEWER_TEST_EVENT", "Trang 1 / 2").doesNotContain("OLDER_TEST_EVENT");
		assertThat(admin.get(day + "&size=1&page=1").body()).contains("OLDER_TEST_EVENT")
			.doesNotContain("NEWER_TEST_EVENT");
		// A sort in the address is ignored, not trusted.
		assertThat(admin.get("/admin/audit?sort=password_hash").statusCode()).isEqualTo(200);
	}

	@Test
	void actionsHaveVietnameseLabels() {
		Browser admin = new Browser(this.port);
		admin.login("admin", "cchc-demo");
		this.auditLog.recordAs("admin", "USER_LOCKED", "USER", 999, "someone");
		assertThat(admin.get("/admin/audit?targetType=USER&targetId=999").body()).contains("Khóa tài khoản");
	}

}
