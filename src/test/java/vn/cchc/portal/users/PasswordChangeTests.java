package vn.cchc.portal.users;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone signed in changes their own password at /account/password, under the policy.
 */
@PortalWebTest
class PasswordChangeTests {

	private static final String DEMO_HASH = "{bcrypt}$2a$10$YATkzbilEt1I9LCCm7hHo./t6aq2S4bAA2P26BrnGTvGiQ8D4D2Fu";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousVisitorsAreSentToSignInAndTheFormNeedsACsrfToken() {
		HttpResponse<String> anonymous = new Browser(this.port).get("/account/password");
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		Browser officer = new Browser(this.port);
		officer.login("officer", "cchc-demo");
		assertThat(officer.get("/account/password").statusCode()).isEqualTo(200);
		assertThat(officer
			.post("/account/password", Map.of("currentPassword", "cchc-demo", "newPassword", "Một mật khẩu đủ dài",
					"confirmation", "Một mật khẩu đủ dài"), null)
			.statusCode()).isEqualTo(403);
	}

	@Test
	void refusesEveryBrokenRuleBesideItsFieldAndChangesNothing() {
		String username = account();
		Browser person = new Browser(this.port);
		person.login(username, "cchc-demo");
		String hash = hash(username);

		assertThat(change(person, "not-the-password", "Một mật khẩu đủ dài", "Một mật khẩu đủ dài"))
			.contains("Mật khẩu hiện tại không đúng");
		assertThat(change(person, "cchc-demo", "ngắn quá", "ngắn quá"))
			.contains("<div>Mật khẩu mới cần có ít nhất 12 ký tự.</div>");
		assertThat(change(person, "cchc-demo", username.toUpperCase(), username.toUpperCase()))
			.contains("không được trùng với tên đăng nhập");
		assertThat(change(person, "cchc-demo", "Password1234", "Password1234")).contains("quá phổ biến");
		assertThat(change(person, "cchc-demo", "Một mật khẩu đủ dài", "Một mật khẩu khác")).contains("không khớp");
		assertThat(change(person, "cchc-demo", "ư".repeat(40), "ư".repeat(40))).contains("quá dài");
		assertThat(hash(username)).isEqualTo(hash);

		assertThat(person
			.submit("/account/password", "/account/password", Map.of("currentPassword", "cchc-demo", "newPassword",
					"Một mật khẩu đủ dài", "confirmation", "Một mật khẩu đủ dài"))
			.statusCode()).isEqualTo(302);
		assertThat(hash(username)).isNotEqualTo(hash).startsWith("{bcrypt}");
		assertThat(new Browser(this.port).login(username, "Một mật khẩu đủ dài")
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/");
		assertThat(this.jdbc.queryForObject(
				"select actor from audit_event where action = 'PASSWORD_CHANGED' " + "and details = ?", String.class,
				username))
			.isEqualTo(username);
	}

	private static String change(Browser person, String current, String next, String confirmation) {
		HttpResponse<String> response = person.submit("/account/password", "/account/password",
				Map.of("currentPassword", current, "newPassword", next, "confirmation", confirmation));
		assertThat(response.statusCode()).isEqualTo(200);
		String page = HtmlEscape.unescapeHtml(response.body());
		// A refused password is never written back into the page.
		assertThat(page).doesNotContain("value=\"" + next + "\"").contains("is-invalid");
		return page;
	}

	private String account() {
		String username = AdminSession.uniqueName("password.owner");
		this.jdbc.update("insert into user_account (username, password_hash, full_name, role) values (?, ?, ?, ?)",
				username, DEMO_HASH, "Người đổi mật khẩu", "LEADER");
		return username;
	}

	private String hash(String username) {
		return this.jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
				username);
	}

}
