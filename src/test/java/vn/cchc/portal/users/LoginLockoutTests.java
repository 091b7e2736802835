package vn.cchc.portal.users;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated failed sign-ins lock a username for a while, without telling anyone whether
 * the account exists; time is moved by the {@link TestClock}, never waited for.
 */
@PortalWebTest
class LoginLockoutTests {

	/** Bcrypt of "cchc-demo", as the demo accounts have. */
	private static final String DEMO_HASH = "{bcrypt}$2a$10$YATkzbilEt1I9LCCm7hHo./t6aq2S4bAA2P26BrnGTvGiQ8D4D2Fu";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TestClock clock;

	@Test
	void fiveFailuresLockTheUsernameEvenForTheRightPasswordThenItOpensAgain() {
		String username = account("lockout");
		for (int i = 0; i < 5; i++) {
			assertRefused(new Browser(this.port), username, "wrong-password-" + i);
		}
		Browser person = new Browser(this.port);
		assertRefused(person, username, "cchc-demo");
		assertThat(person.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng")
			.doesNotContainIgnoringCase("khóa");
		assertThat(this.jdbc.queryForList(
				"select details from audit_event where action = 'LOGIN_LOCKED_OUT' " + "and target_id = ?",
				String.class, username))
			.singleElement()
			.asString()
			.contains("5 lần");

		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertSignedIn(new Browser(this.port), username, "cchc-demo");
	}

	@Test
	void unknownUsernamesAreThrottledExactlyLikeRealOnes() {
		String real = account("real");
		String unknown = AdminSession.uniqueName("ghost");
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> realAnswer = new Browser(this.port).login(real, "wrong-" + i);
			HttpResponse<String> unknownAnswer = new Browser(this.port).login(unknown, "wrong-" + i);
			assertThat(unknownAnswer.statusCode()).isEqualTo(realAnswer.statusCode()).isEqualTo(302);
			assertThat(unknownAnswer.headers().firstValue("Location"))
				.isEqualTo(realAnswer.headers().firstValue("Location"));
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from login_attempt where username_key in (?, ?) " + "and locked_until is not null",
				Integer.class, real, unknown))
			.isEqualTo(2);
	}

	@Test
	void successClearsTheFailures() {
		String username = account("reset");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				assertRefused(new Browser(this.port), username, "wrong-" + i);
			}
			assertSignedIn(new Browser(this.port), username, "cchc-demo");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from login_attempt where username_key = ?", Integer.class,
				username))
			.isZero();
	}

	@Test
	void failuresOutsideTheWindowDoNotAddUp() {
		String username = account("window");
		for (int i = 0; i < 4; i++) {
			assertRefused(new Browser(this.port), username, "wrong-" + i);
		}
		this.clock.advance(Duration.ofMinutes(16));
		for (int i = 0; i < 4; i++) {
			assertRefused(new Browser(this.port), username, "wrong-" + i);
		}
		assertSignedIn(new Browser(this.port), username, "cchc-demo");
	}

	@Test
	void theLockIsSharedByEveryInstanceThroughTheDatabase() {
		String username = account("shared");
		LoginThrottle one = new LoginThrottle(this.jdbcClient, this.auditLog, this.clock, 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15));
		LoginThrottle another = new LoginThrottle(this.jdbcClient, this.auditLog, this.clock, 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15));
		for (int i = 0; i < 5; i++) {
			((i % 2 == 0) ? one : another).failed(username.toUpperCase());
		}
		assertThat(another.isLocked(username)).isTrue();
		assertRefused(new Browser(this.port), username, "cchc-demo");
	}

	private String account(String prefix) {
		String username = AdminSession.uniqueName(prefix);
		this.jdbc.update("insert into user_account (username, password_hash, full_name, role) values (?, ?, ?, ?)",
				username, DEMO_HASH, "Người thử đăng nhập", "LEADER");
		return username;
	}

	private static void assertRefused(Browser browser, String username, String password) {
		assertThat(browser.login(username, password).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?error");
	}

	private static void assertSignedIn(Browser browser, String username, String password) {
		assertThat(browser.login(username, password).headers().firstValue("Location").orElseThrow()).endsWith("/");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

}
