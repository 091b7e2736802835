package vn.cchc.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mails to send. Notifications write them here in their own transaction; a scheduled
 * run sends what is due, each mail marked sent once the SMTP server took it, and retried
 * with a growing delay while the server is away. No request ever waits for the mail
 * server.
 * <p>
 * Delivery is at least once: a run claims its mails for a lease (so a second instance
 * skips them), sends, then marks. If the process dies after the server took a mail and
 * before the mark is written, the mail goes out again when the lease ends, once more.
 * <p>
 * Without {@code spring.mail.host} there is no mail sender: mails wait in the outbox and
 * go out once a host is configured.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final int BATCH = 50;

	private static final int MAX_ERROR = 500;

	private final JdbcClient jdbc;

	private final ObjectProvider<MailSender> mailSender;

	private final Clock clock;

	private final String from;

	private final Duration retryDelay;

	private final Duration maxRetryDelay;

	private final int maxAttempts;

	private final Duration lease;

	MailOutbox(JdbcClient jdbc, ObjectProvider<MailSender> mailSender, Clock clock,
			@Value("${cchc.mail.from:Cổng CCHC <no-reply@cchc.local>}") String from,
			@Value("${cchc.mail.retry-delay:PT1M}") Duration retryDelay,
			@Value("${cchc.mail.max-retry-delay:PT1H}") Duration maxRetryDelay,
			@Value("${cchc.mail.max-attempts:20}") int maxAttempts, @Value("${cchc.mail.lease:PT10M}") Duration lease) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.clock = clock;
		this.from = from;
		this.retryDelay = retryDelay;
		this.maxRetryDelay = maxRetryDelay;
		this.maxAttempts = maxAttempts;
		this.lease = lease;
	}

	/** Queues a mail; called inside the transaction that writes its notification. */
	void enqueue(long notificationId, String recipient, String subject, String body, Instant now) {
		this.jdbc.sql("""
				insert into mail_outbox (notification_id, recipient, subject, body, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(notificationId, recipient.strip(), subject, body, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	/**
	 * Sends the mails that are due; returns how many the server took. Public so that a
	 * test (or an operator's console) can run it now.
	 */
	@Scheduled(fixedDelayString = "${cchc.mail.send-interval:PT1M}",
			initialDelayString = "${cchc.mail.send-interval:PT1M}")
	public int sendDue() {
		MailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		List<Mail> claimed;
		do {
			claimed = claim();
			for (Mail mail : claimed) {
				if (send(sender, mail)) {
					sent++;
				}
			}
		}
		while (claimed.size() == BATCH);
		return sent;
	}

	/**
	 * Takes up to a batch of due mails for the lease: another instance's run skips them
	 * (and their locked rows) meanwhile.
	 */
	private List<Mail> claim() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update mail_outbox set next_attempt_at = ?
				where id in (select id from mail_outbox
				             where sent_at is null and next_attempt_at <= ?
				             order by next_attempt_at, id limit ? for update skip locked)
				returning id, recipient, subject, body, attempts
				""")
			.params(Timestamp.from(now.plus(this.lease)), Timestamp.from(now), BATCH)
			.query((rs, row) -> new Mail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	private boolean send(MailSender sender, Mail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			sender.send(message);
		}
		catch (RuntimeException ex) {
			failed(mail, ex);
			return false;
		}
		this.jdbc
			.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, next_attempt_at = null, "
					+ "last_error = null where id = ?")
			.params(Timestamp.from(this.clock.instant()), mail.id())
			.update();
		return true;
	}

	/**
	 * Waits twice as long after each failure (1 min, 2, 4… up to an hour by default);
	 * after {@code cchc.mail.max-attempts} the mail is given up and stays with its last
	 * error.
	 */
	private void failed(Mail mail, RuntimeException ex) {
		int attempts = mail.attempts() + 1;
		Duration delay = this.retryDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
		if (delay.compareTo(this.maxRetryDelay) > 0) {
			delay = this.maxRetryDelay;
		}
		Instant next = (attempts >= this.maxAttempts) ? null : this.clock.instant().plus(delay);
		String error = String.valueOf(ex.getMessage());
		this.jdbc.sql("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
			.params(attempts, (next != null) ? Timestamp.from(next) : null,
					error.substring(0, Math.min(error.length(), MAX_ERROR)), mail.id())
			.update();
		log.warn("Mail {} not sent (attempt {}): {}", mail.id(), attempts, error);
	}

	private record Mail(long id, String recipient, String subject, String body, int attempts) {
	}

}
