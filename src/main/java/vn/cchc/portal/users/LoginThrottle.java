package vn.cchc.portal.users;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.cchc.portal.audit.AuditLog;

/**
 * Slows down password guessing: after {@code cchc.login.max-failures} failed sign-ins for
 * one username within {@code cchc.login.window}, that username is refused for
 * {@code cchc.login.lockout}, with the same message as a wrong password.
 * <p>
 * Counted per typed username in table {@code login_attempt}, whether an account exists or
 * not, so unknown names behave exactly like real ones. Each failure is one atomic upsert,
 * which keeps the count right across threads and instances.
 */
@Component
class LoginThrottle {

	static final int KEY_LENGTH = 200;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final Duration lockout;

	LoginThrottle(JdbcClient jdbc, AuditLog auditLog, Clock clock,
			@Value("${cchc.login.max-failures:5}") int maxFailures, @Value("${cchc.login.window:15m}") Duration window,
			@Value("${cchc.login.lockout:15m}") Duration lockout) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
		this.lockout = lockout;
	}

	boolean isLocked(String username) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select count(*) > 0 from login_attempt where username_key = :key and locked_until > :now")
			.param("key", key(username))
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Counts a failure; a new window starts when the last one is over. Reaching the limit
	 * locks the username and records the lockout in the audit trail.
	 */
	void failed(String username) {
		Instant now = this.clock.instant();
		String key = key(username);
		int failures = this.jdbc.sql("""
				insert into login_attempt as a (username_key, failures, window_started_at)
				values (:key, 1, :now)
				on conflict (username_key) do update set
				    failures = case when a.window_started_at <= :windowStart then 1 else a.failures + 1 end,
				    window_started_at = case when a.window_started_at <= :windowStart then :now
				                             else a.window_started_at end
				returning failures
				""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(this.window)))
			.query(Integer.class)
			.single();
		if (failures >= this.maxFailures) {
			this.jdbc.sql("update login_attempt set locked_until = :until where username_key = :key")
				.param("key", key)
				.param("until", Timestamp.from(now.plus(this.lockout)))
				.update();
			this.auditLog.recordAs(null, "LOGIN_LOCKED_OUT", "USERNAME", key,
					"%d lần đăng nhập sai trong %d phút; tạm khóa %d phút".formatted(failures, this.window.toMinutes(),
							this.lockout.toMinutes()));
		}
	}

	void succeeded(String username) {
		this.jdbc.sql("delete from login_attempt where username_key = :key").param("key", key(username)).update();
	}

	private static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH) : key;
	}

}
