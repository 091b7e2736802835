package vn.cchc.portal.users;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account list finds people as administrators type them (no diacritics, typos),
 * filters by role and agency, and pages through many accounts keeping the filters.
 */
@PortalWebTest
class AccountSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsNamesTypedWithoutDiacriticsAndWithATypo() {
		AdminSession admin = new AdminSession(this.port);
		for (String query : new String[] { "nguyen+thi+lan", "NGUYEN+THI+LAM", "Nguy%E1%BB%85n+Th%E1%BB%8B+Lan" }) {
			String page = admin.browser.get("/admin/users?q=" + query).body();
			assertThat(page).as(query).contains(">planner</a>").doesNotContain(">officer</a>", ">head</a>");
		}
		assertThat(admin.browser.get("/admin/users?q=offic").body()).contains(">officer</a>")
			.doesNotContain(">planner</a>");
		assertThat(admin.browser.get("/admin/users?q=khong+ai+ten+nay+ca").body())
			.contains("Không có tài khoản nào phù hợp");
	}

	@Test
	void filtersByRoleAndByAgency() {
		AdminSession admin = new AdminSession(this.port);
		String heads = admin.browser.get("/admin/users?role=AGENCY_HEAD").body();
		assertThat(heads).contains(">head</a>").doesNotContain(">officer</a>", ">planner</a>");

		long stp = this.jdbc.queryForObject("select id from agency where code = 'STP'", Long.class);
		String justice = admin.browser.get("/admin/users?agency=" + stp).body();
		assertThat(justice).contains(">head</a>", ">officer</a>").doesNotContain(">planner</a>", ">leader</a>");

		String both = admin.browser.get("/admin/users?role=OFFICER&agency=" + stp + "&q=le+thi+mai").body();
		assertThat(both).contains(">officer</a>").doesNotContain(">head</a>");
	}

	@Test
	void pagesThroughManyAccountsKeepingTheSearch() {
		String marker = "phantrang" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
		for (int i = 1; i <= 23; i++) {
			this.jdbc.update("insert into user_account (username, password_hash, full_name, role) values (?, ?, ?, ?)",
					"%s.%02d".formatted(marker, i), "{noop}unused", "Người Phân Trang " + marker + " số " + i,
					"LEADER");
		}
		AdminSession admin = new AdminSession(this.port);
		String first = admin.browser.get("/admin/users?q=" + marker + "&size=10").body();
		assertThat(first).contains("Có 23 tài khoản", "Trang 1 / 3", ">" + marker + ".01</a>",
				">" + marker + ".10</a>");
		assertThat(first).doesNotContain(">" + marker + ".11</a>");
		assertThat(first).contains("href=\"/admin/users?q=" + marker + "&amp;size=10&amp;page=1\"");

		String last = admin.browser.get("/admin/users?q=" + marker + "&size=10&page=2").body();
		assertThat(last).contains("Trang 3 / 3", ">" + marker + ".21</a>", ">" + marker + ".23</a>")
			.doesNotContain(">" + marker + ".20</a>");

		String beyond = admin.browser.get("/admin/users?q=" + marker + "&size=10&page=9").body();
		assertThat(beyond).contains("Không có tài khoản nào phù hợp");
	}

}
