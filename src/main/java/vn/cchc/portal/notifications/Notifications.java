package vn.cchc.portal.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.users.AccountContacts;

/**
 * The notifications people have: written for the recipients of a notice (with a mail in
 * the outbox for those who have an e-mail), listed newest first, counted for the bell,
 * marked read.
 */
@Service
@Transactional
class Notifications {

	/** Mails are written in Vietnamese, the language of the province's administration. */
	static final Locale MAIL_LOCALE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String baseUrl;

	Notifications(JdbcClient jdbc, MessageSource messages, MailOutbox outbox, Clock clock,
			@Value("${cchc.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Tells each person once; with a dedupe key, someone already told is skipped (the
	 * unique key decides, so two runs at once still tell them once). Returns how many
	 * were told now.
	 */
	int send(Collection<AccountContacts.Contact> recipients, Notice notice) {
		Map<Long, AccountContacts.Contact> distinct = new LinkedHashMap<>();
		recipients.forEach((contact) -> distinct.putIfAbsent(contact.id(), contact));
		Instant now = this.clock.instant();
		int told = 0;
		for (AccountContacts.Contact contact : distinct.values()) {
			Optional<Long> id = this.jdbc.sql("""
					insert into notification (recipient_id, kind, params, link, period_id, agency_id, dedupe_key,
					                          created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (recipient_id, dedupe_key) do nothing
					returning id
					""")
				.params(contact.id(), notice.kind().name(), notice.params().toArray(String[]::new), notice.link(),
						notice.periodId(), notice.agencyId(), notice.dedupeKey(), java.sql.Timestamp.from(now))
				.query(Long.class)
				.optional();
			if (id.isEmpty()) {
				continue;
			}
			told++;
			if (contact.email() != null && !contact.email().isBlank()) {
				this.outbox.enqueue(id.get(), contact.email(), mailSubject(notice), mailBody(contact, notice), now);
			}
		}
		return told;
	}

	@Transactional(readOnly = true)
	int unread(long recipientId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
			.param(recipientId)
			.query(Integer.class)
			.single();
	}

	/** The person's notifications, newest first, in the reader's language. */
	@Transactional(readOnly = true)
	List<Item> of(long recipientId, int limit, Locale locale) {
		return this.jdbc.sql("""
				select id, kind, params, link, created_at, read_at from notification
				where recipient_id = ? order by created_at desc, id desc limit ?
				""").params(recipientId, limit).query((rs, row) -> item(rs, locale)).list();
	}

	void markAllRead(long recipientId) {
		this.jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
			.params(java.sql.Timestamp.from(this.clock.instant()), recipientId)
			.update();
	}

	/**
	 * Marks one of the person's notifications read and answers its page; empty when it is
	 * not theirs (or does not exist).
	 */
	Optional<String> open(long recipientId, long id) {
		return this.jdbc.sql("""
				update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?
				returning link
				""")
			.params(java.sql.Timestamp.from(this.clock.instant()), id, recipientId)
			.query(String.class)
			.optional();
	}

	/** The notice's text, e.g. "Kỳ báo cáo Quý I năm 2026 đã mở…". */
	String text(NotificationKind kind, List<String> params, Locale locale) {
		Object[] args = params.toArray();
		if (args.length > 0) {
			// The period's kind is stored as its code, named in the reader's language.
			args[0] = this.messages.getMessage("progress.period." + params.get(0), null, params.get(0), locale);
		}
		return this.messages.getMessage("notifications.kind." + kind.name(), args, locale);
	}

	private String mailSubject(Notice notice) {
		return this.messages.getMessage("notifications.mail.subject",
				new Object[] {
						this.messages.getMessage("notifications.title." + notice.kind().name(), null, MAIL_LOCALE) },
				MAIL_LOCALE);
	}

	private String mailBody(AccountContacts.Contact contact, Notice notice) {
		return this.messages
			.getMessage(
					"notifications.mail.body", new Object[] { contact.fullName(),
							text(notice.kind(), notice.params(), MAIL_LOCALE), this.baseUrl + notice.link() },
					MAIL_LOCALE);
	}

	private Item item(ResultSet rs, Locale locale) throws SQLException {
		NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
		Array array = rs.getArray("params");
		List<String> params = Arrays.asList((String[]) array.getArray());
		java.sql.Timestamp read = rs.getTimestamp("read_at");
		return new Item(rs.getLong("id"), kind, text(kind, params, locale), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
	}

	/** A notification as its list shows it. */
	record Item(long id, NotificationKind kind, String text, String link, Instant createdAt, Instant readAt) {

		public boolean isUnread() {
			return this.readAt == null;
		}

	}

}
