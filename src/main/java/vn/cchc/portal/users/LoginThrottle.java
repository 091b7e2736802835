package vn.cchc.portal.users;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cchc.portal.audit.AuditLog;

/**
 * Slows down password guessing: after {@code cchc.login.max-failures} failed sign-ins for
 * one username from one client address within {@code cchc.login.window}, that username is
 * refused from that address for {@code cchc.login.lockout}, doubled at each further
 * lockout of the same pair up to {@code cchc.login.max-lockout}, with the same message as
 * a wrong password.
 * <p>
 * Keyed by username and address, not username alone: otherwise anyone could keep a
 * colleague out of the portal by typing their name wrong five times. Counted whether an
 * account exists or not, so unknown names behave exactly like real ones. Each failure is
 * one atomic upsert, which keeps the count right across threads and instances; rows with
 * no failure for {@code cchc.login.retention} are purged.
 */
@Component
class LoginThrottle {

	static final int KEY_LENGTH = 200;

	static final int ADDRESS_LENGTH = 64;

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Settings settings;

	@Autowired
	LoginThrottle(JdbcClient jdbc, AuditLog auditLog, Clock clock,
			@Value("${cchc.login.max-failures:5}") int maxFailures, @Value("${cchc.login.window:15m}") Duration window,
			@Value("${cchc.login.lockout:15m}") Duration lockout,
			@Value("${cchc.login.max-lockout:24h}") Duration maxLockout,
			@Value("${cchc.login.retention:7d}") Duration retention) {
		this(jdbc, auditLog, clock, new Settings(maxFailures, window, lockout, maxLockout, retention));
	}

	LoginThrottle(JdbcClient jdbc, AuditLog auditLog, Clock clock, Settings settings) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
		this.settings = settings;
	}

	boolean isLocked(String username, String address) {
		return this.jdbc
			.sql("select count(*) > 0 from login_attempt where username_key = :key and client_address = :address "
					+ "and locked_until > :now")
			.param("key", key(username))
			.param("address", address(address))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Counts a failure; a new window starts when the last one is over. Reaching the limit
	 * locks the username for this address, for twice as long as the previous lockout, and
	 * records it in the audit trail.
	 */
	void failed(String username, String address) {
		Instant now = this.clock.instant();
		String key = key(username);
		String from = address(address);
		int failures = this.jdbc.sql("""
				insert into login_attempt as a (username_key, client_address, failures, window_started_at,
				                                last_failure_at)
				values (:key, :address, 1, :now, :now)
				on conflict (username_key, client_address) do update set
				    failures = case when a.window_started_at <= :windowStart then 1 else a.failures + 1 end,
				    window_started_at = case when a.window_started_at <= :windowStart then :now
				                             else a.window_started_at end,
				    last_failure_at = :now
				returning failures
				""")
			.param("key", key)
			.param("address", from)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(this.settings.window())))
			.query(Integer.class)
			.single();
		if (failures >= this.settings.maxFailures()) {
			int lockouts = this.jdbc.sql("""
					update login_attempt set lockouts = lockouts + 1, failures = 0, window_started_at = :now
					where username_key = :key and client_address = :address
					returning lockouts
					""")
				.param("key", key)
				.param("address", from)
				.param("now", Timestamp.from(now))
				.query(Integer.class)
				.single();
			Duration lockout = this.settings.lockoutAfter(lockouts);
			this.jdbc
				.sql("update login_attempt set locked_until = :until "
						+ "where username_key = :key and client_address = :address")
				.param("key", key)
				.param("address", from)
				.param("until", Timestamp.from(now.plus(lockout)))
				.update();
			this.auditLog.recordAs(null, "LOGIN_LOCKED_OUT", "USERNAME", key,
					"%d lần đăng nhập sai trong %d phút từ %s; tạm khóa %d phút".formatted(failures,
							this.settings.window().toMinutes(), from, lockout.toMinutes()));
		}
	}

	/** A success from this address forgets its failures and lockouts. */
	void succeeded(String username, String address) {
		this.jdbc.sql("delete from login_attempt where username_key = :key and client_address = :address")
			.param("key", key(username))
			.param("address", address(address))
			.update();
	}

	/**
	 * Forgets pairs that failed nothing for {@code cchc.login.retention} and are not
	 * locked: the table does not grow with every name ever typed.
	 * @return how many rows went
	 */
	@Scheduled(cron = "${cchc.login.purge-cron:0 17 * * * *}")
	int purge() {
		Instant now = this.clock.instant();
		int purged = this.jdbc
			.sql("delete from login_attempt where last_failure_at < :before "
					+ "and (locked_until is null or locked_until < :now)")
			.param("before", Timestamp.from(now.minus(this.settings.retention())))
			.param("now", Timestamp.from(now))
			.update();
		if (purged > 0) {
			log.info("Purged {} old sign-in failure counts", purged);
		}
		return purged;
	}

	private static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH) : key;
	}

	private static String address(String address) {
		String value = (address != null) ? address : "";
		return (value.length() > ADDRESS_LENGTH) ? value.substring(0, ADDRESS_LENGTH) : value;
	}

	/** The {@code cchc.login.*} properties. */
	record Settings(int maxFailures, Duration window, Duration lockout, Duration maxLockout, Duration retention) {

		/** The first lockout lasts {@code lockout}, each further one twice the last. */
		Duration lockoutAfter(int lockouts) {
			int doublings = Math.min(Math.max(lockouts - 1, 0), 20);
			Duration doubled = this.lockout.multipliedBy(1L << doublings);
			return (doubled.compareTo(this.maxLockout) > 0) ? this.maxLockout : doubled;
		}

	}

}
