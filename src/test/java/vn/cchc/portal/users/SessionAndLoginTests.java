package vn.cchc.portal.users;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and sign-in: a new session id at sign-in, an idle timeout, cookies scripts
 * cannot read, passwords hashed with bcrypt, and nothing in the answers (text, address)
 * that tells whether an account exists. That the time taken does not tell either is
 * measured by bench/import-login.sh, not here: a shared machine makes timings flaky.
 */
@PortalWebTest
class SessionAndLoginTests {

	/** Bcrypt of "cchc-demo", as the demo accounts have. */
	private static final String DEMO_HASH = "{bcrypt}$2a$10$YATkzbilEt1I9LCCm7hHo./t6aq2S4bAA2P26BrnGTvGiQ8D4D2Fu";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void signingInGivesANewSessionThatEndsAfterThirtyIdleMinutes() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> loginPage = browser.get("/login");
		String anonymous = browser.sessionId();
		String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax");
		assertThat(loginPage.body()).as("the session id never goes into links")
			.doesNotContainIgnoringCase("jsessionid");

		browser.login("leader", "cchc-demo");
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(anonymous);
		assertThat(browser.get("/test-only/session-timeout").body()).isEqualTo("1800");
	}

	@Test
	void anUnknownUsernameAndAWrongPasswordGetTheSameAnswer() {
		String real = account("enum");
		Browser one = new Browser(this.port);
		Browser other = new Browser(this.port);
		HttpResponse<String> wrongPassword = one.login(real, "not-the-password");
		HttpResponse<String> unknownUser = other.login(real + "-nobody", "not-the-password");
		assertThat(unknownUser.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(302);
		assertThat(unknownUser.headers().firstValue("Location"))
			.isEqualTo(wrongPassword.headers().firstValue("Location"));
		String wrongPage = one.get("/login?error")
			.body()
			.replace(real, "NAME")
			.replaceAll("(value|content)=\"[^\"]{20,}\"", "");
		String unknownPage = other.get("/login?error")
			.body()
			.replace(real + "-nobody", "NAME")
			.replaceAll("(value|content)=\"[^\"]{20,}\"", "");
		assertThat(unknownPage).isEqualTo(wrongPage).contains("Tên đăng nhập hoặc mật khẩu không đúng");
	}

	@Test
	void passwordsAreHashedWithBcryptAndNoOtherSchemeIsAccepted() {
		assertThat(this.passwordEncoder).isInstanceOf(DelegatingPasswordEncoder.class);
		String hash = this.passwordEncoder.encode("một mật khẩu đủ dài");
		assertThat(hash).startsWith("{bcrypt}$2");
		assertThat(this.passwordEncoder.matches("một mật khẩu đủ dài", hash)).isTrue();
		assertThat(this.passwordEncoder.matches("một mật khẩu khác", hash)).isFalse();
		// A hash written by hand in another scheme opens nothing, and would be replaced.
		assertThat(this.passwordEncoder.matches("plain", "{noop}plain")).isFalse();
		assertThat(this.passwordEncoder.matches("password", "{MD5}5f4dcc3b5aa765d61d8327deb882cf99")).isFalse();
		assertThat(this.passwordEncoder.matches("plain", "plain")).isFalse();
		assertThat(this.passwordEncoder.upgradeEncoding("{noop}plain")).isTrue();
		assertThat(this.jdbc.queryForList("select password_hash from user_account where username in "
				+ "('admin', 'planner', 'head', 'officer', 'leader')", String.class))
			.hasSize(5)
			.allSatisfy((stored) -> assertThat(stored).startsWith("{bcrypt}$2"));

		String username = AdminSession.uniqueName("noop");
		this.jdbc.update("insert into user_account (username, password_hash, full_name, role) values (?, ?, ?, ?)",
				username, "{noop}cchc-demo", "Tài khoản băm sai", "LEADER");
		assertThat(new Browser(this.port).login(username, "cchc-demo").headers().firstValue("Location").orElseThrow())
			.endsWith("/login?error");
	}

	private String account(String prefix) {
		String username = AdminSession.uniqueName(prefix);
		this.jdbc.update("insert into user_account (username, password_hash, full_name, role) values (?, ?, ?, ?)",
				username, DEMO_HASH, "Người thử đăng nhập", "LEADER");
		return username;
	}

}
