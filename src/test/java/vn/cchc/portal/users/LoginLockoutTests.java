package vn.cchc.portal.users;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Repeated failed sign-ins lock a username for a while from the address they came from,
 * longer each time, without telling anyone whether the account exists; old counts are
 * purged. Time is moved by the {@link TestClock}, never waited for.
 */
@PortalWebTest
class LoginLockoutTests {

	/** Bcrypt of "cchc-demo", as the demo accounts have. */
	private static final String DEMO_HASH = "{bcrypt}$2a$10$YATkzbilEt1I9LCCm7hHo./t6aq2S4bAA2P26BrnGTvGiQ8D4D2Fu";

	private static final LoginThrottle.Settings SETTINGS = new LoginThrottle.Settings(5, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofDays(7));

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
		assertRefused(new Browser(this.port), username, "wrong-once");
		String address = this.jdbc.queryForObject("select client_address from login_attempt where username_key = ?",
				String.class, username);
		LoginThrottle one = new LoginThrottle(this.jdbcClient, this.auditLog, this.clock, SETTINGS);
		LoginThrottle another = new LoginThrottle(this.jdbcClient, this.auditLog, this.clock, SETTINGS);
		for (int i = 0; i < 4; i++) {
			((i % 2 == 0) ? one : another).failed(username.toUpperCase(), address);
		}
		assertThat(another.isLocked(username, address)).isTrue();
		assertRefused(new Browser(this.port), username, "cchc-demo");
	}

	@Test
	void aLockoutHoldsOnlyForTheAddressTheFailuresCameFromSoNobodyCanLockAColleagueOut() throws Exception {
		String username = account("dos");
		for (int i = 0; i < 5; i++) {
			assertThat(loginFrom("203.0.113.7", username, "wrong-" + i)).endsWith("/login?error");
		}
		assertThat(loginFrom("203.0.113.7", username, "cchc-demo")).as("locked for the attacker's address")
			.endsWith("/login?error");
		assertThat(loginFrom("198.51.100.9", username, "cchc-demo")).as("the owner elsewhere still gets in")
			.doesNotContain("error");
		assertThat(this.jdbc.queryForObject(
				"select client_address from login_attempt where username_key = ? and locked_until is not null",
				String.class, username))
			.isEqualTo("203.0.113.7");
	}

	@Test
	void eachFurtherLockoutLastsTwiceAsLong() throws Exception {
		String username = account("backoff");
		String address = "192.0.2.44";
		for (int i = 0; i < 5; i++) {
			loginFrom(address, username, "wrong-" + i);
		}
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		for (int i = 0; i < 5; i++) {
			assertThat(loginFrom(address, username, "wrong-again-" + i)).endsWith("/login?error");
		}
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(loginFrom(address, username, "cchc-demo")).as("the second lockout lasts 30 minutes")
			.endsWith("/login?error");
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(loginFrom(address, username, "cchc-demo")).doesNotContain("error");
		assertThat(new LoginThrottle.Settings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(24),
				Duration.ofDays(7))
			.lockoutAfter(30)).as("never more than the maximum").isEqualTo(Duration.ofHours(24));
	}

	@Test
	void oldCountsArePurgedButLocksInForceAndRecentFailuresStay() {
		String old = AdminSession.uniqueName("old");
		String recent = AdminSession.uniqueName("recent");
		String locked = AdminSession.uniqueName("locked");
		Instant now = this.clock.instant();
		insertAttempt(old, now.minus(Duration.ofDays(8)), null);
		insertAttempt(recent, now.minus(Duration.ofHours(1)), null);
		insertAttempt(locked, now.minus(Duration.ofDays(8)), now.plus(Duration.ofHours(1)));

		LoginThrottle throttle = new LoginThrottle(this.jdbcClient, this.auditLog, this.clock, SETTINGS);
		assertThat(throttle.purge()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForList("select username_key from login_attempt where username_key in (?, ?, ?)",
				String.class, old, recent, locked))
			.containsExactlyInAnyOrder(recent, locked);
	}

	private void insertAttempt(String username, Instant lastFailure, Instant lockedUntil) {
		this.jdbc.update(
				"insert into login_attempt (username_key, client_address, failures, window_started_at, "
						+ "last_failure_at, locked_until) values (?, '192.0.2.1', 3, ?, ?, ?)",
				username, Timestamp.from(lastFailure), Timestamp.from(lastFailure),
				(lockedUntil != null) ? Timestamp.from(lockedUntil) : null);
	}

	/**
	 * Signs in as a browser behind the portal's reverse proxy would, the proxy naming the
	 * client's address; answers where the portal redirects.
	 */
	private String loginFrom(String address, String username, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
		HttpResponse<String> answer = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", address)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		return answer.headers().firstValue("Location").orElseThrow();
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
