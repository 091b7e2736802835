package vn.cchc.portal.notifications;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.support.TestSmtpPort;
import vn.cchc.portal.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told what, in the portal and by mail (read back from an in-process SMTP server),
 * over a report's whole cycle; a mail server outage; the reminders of the daily job, once
 * each.
 */
@PortalWebTest
class NotificationsTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(TestSmtpPort.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MailOutbox outbox;

	@Autowired
	Reminders reminders;

	/**
	 * Agencies A and B with work in the class's year's "Năm" period, open (opened, if
	 * need be, before they had work: whichever test runs first, nobody here is told it
	 * opened), on 15 June of that year.
	 */
	private NotificationFixture stage() {
		this.clock.setTo(LocalDate.of(TestYears.NOTIFICATIONS, 6, 15));
		NotificationFixture f = new NotificationFixture(this.port, this.jdbc, TestYears.NOTIFICATIONS);
		f.open(f.period("YEAR"));
		return f.plan();
	}

	@Test
	void eachStepOfAReportTellsTheRightPeopleInThePortalAndByMail() throws Exception {
		NotificationFixture f = stage();
		long period = f.period("YEAR");
		long a1 = f.assignment("a)", f.agencyA);
		Browser officerA = f.signedIn("officerA");
		Browser headA = f.signedIn("headA");
		Browser planner = Browser.signedIn(this.port, "planner");
		officerA.submit("/my-tasks/" + a1, "/my-tasks/" + a1,
				Map.of("status", "IN_PROGRESS", "percent", "50", "results", "Đã công bố 10 thủ tục", "basedOn", "0"));

		// The head sends the item back: the officers are told, nobody else.
		headA.submit("/agency-report", "/agency-report/items/" + a1 + "/send-back",
				Map.of("comment", "Ghi rõ số quyết định công bố"));
		assertThat(f.kinds("officerA")).containsExactly("ITEM_SENT_BACK");
		assertThat(f.kinds("headA")).isEmpty();
		assertThat(f.kinds("officerB")).isEmpty();
		// The bell shows one unread notification.
		assertThat(bell(officerA.get("/my-tasks"))).isEqualTo("1");

		// Submitted: the planners are told, with the agency's page in Sở Nội vụ's review.
		officerA.submit("/my-tasks/" + a1, "/my-tasks/" + a1,
				Map.of("status", "IN_PROGRESS", "percent", "70", "results", "QĐ 15/QĐ-UBND", "basedOn", "1"));
		headA.submit("/agency-report", "/agency-report/submit",
				Map.of("version", String.valueOf(reportVersion(f.agencyA, period)), "summary", "Xong phần lớn"));
		assertThat(this.jdbc.queryForList(
				"select n.kind || ' ' || n.link from notification n join user_account u on u.id = n.recipient_id "
						+ "where u.username = 'planner' and n.agency_id = ?",
				String.class, f.agencyA))
			.containsExactly("REPORT_SUBMITTED /periods/" + period + "/agencies/" + f.agencyA);
		assertThat(f.kinds("headA")).isEmpty();

		// Returned: the head and officers; accepted: the head.
		String agencyPage = "/periods/" + period + "/agencies/" + f.agencyA;
		planner.submit(agencyPage, agencyPage + "/return", Map.of("version",
				String.valueOf(reportVersion(f.agencyA, period)), "comment", "Thiếu minh chứng công bố"));
		headA.submit("/agency-report", "/agency-report/submit",
				Map.of("version", String.valueOf(reportVersion(f.agencyA, period)), "summary", "Đã bổ sung"));
		planner.submit(agencyPage, agencyPage + "/accept",
				Map.of("version", String.valueOf(reportVersion(f.agencyA, period))));
		// Reminded: agency B's head and officer.
		planner.submit("/periods/" + period + "/review", "/periods/" + period + "/remind",
				Map.of("agencyId", List.of(f.agencyB)));

		assertThat(f.kinds("officerA")).containsExactly("ITEM_SENT_BACK", "REPORT_RETURNED");
		assertThat(f.kinds("headA")).containsExactly("REPORT_RETURNED", "REPORT_ACCEPTED");
		assertThat(f.kinds("headB")).containsExactly("REMINDED");
		assertThat(f.kinds("officerB")).containsExactly("REMINDED");
		assertThat(f.kinds("officerC")).isEmpty();

		// The mails: Vietnamese, plain text, to each person's own address, once.
		this.outbox.sendDue();
		List<MimeMessage> toHead = received(f.email("headA"));
		assertThat(toHead).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("[Cổng CCHC] Báo cáo bị trả lại", "[Cổng CCHC] Báo cáo đã được tiếp nhận");
		MimeMessage returned = toHead.stream()
			.filter((message) -> subject(message).contains("trả lại"))
			.findFirst()
			.orElseThrow();
		assertThat(returned.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
		assertThat((String) returned.getContent()).contains("Kính gửi headA " + f.tag,
				"Sở Nội vụ đã trả lại báo cáo kỳ Năm năm " + f.year, "Thiếu minh chứng công bố",
				"http://localhost:8080/agency-report");
		assertThat(received(f.email("officerA"))).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("[Cổng CCHC] Nhiệm vụ cần bổ sung", "[Cổng CCHC] Báo cáo bị trả lại");
		assertThat(received(f.email("officerC"))).isEmpty();
		this.outbox.sendDue();
		assertThat(received(f.email("headA"))).hasSize(2);

		// The list, newest first, in the reader's words; opening one marks it read and
		// goes to its page.
		String list = text(officerA.get("/notifications"));
		assertThat(list).contains("Báo cáo bị trả lại", "Thiếu minh chứng công bố", "Nhiệm vụ cần bổ sung",
				"Ghi rõ số quyết định công bố", "Công bố thủ tục hành chính " + f.tag);
		assertThat(list.indexOf("Báo cáo bị trả lại")).isLessThan(list.indexOf("Nhiệm vụ cần bổ sung"));
		long sentBack = notificationId(f, "officerA", "ITEM_SENT_BACK");
		HttpResponse<String> opened = officerA.submit("/notifications", "/notifications/" + sentBack + "/open",
				Map.of());
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/my-tasks/" + a1);
		assertThat(bell(officerA.get("/notifications"))).isEqualTo("1");
		// Someone else's notification is not found, and stays unread.
		long returnedToHead = notificationId(f, "headA", "REPORT_RETURNED");
		assertThat(
				officerA.submit("/notifications", "/notifications/" + returnedToHead + "/open", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class,
				returnedToHead))
			.isTrue();
		assertThat(text(officerA.get("/notifications"))).doesNotContain("đã tiếp nhận báo cáo");
		officerA.submit("/notifications", "/notifications/read-all", Map.of());
		assertThat(bell(officerA.get("/notifications"))).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
						Integer.class, f.accountId("officerA")))
			.isZero();
		// In English for a reader who chose it.
		assertThat(text(officerA.get("/notifications?lang=en"))).contains("returned your agency Year " + f.year);
	}

	@Test
	void aMailServerOutageNeverBlocksSavingAndTheMailsGoOutOnceItIsBack() throws Exception {
		NotificationFixture f = stage();
		long period = f.period("YEAR");
		smtp.stop();

		Browser planner = Browser.signedIn(this.port, "planner");
		HttpResponse<String> reminded = planner.submit("/periods/" + period + "/review",
				"/periods/" + period + "/remind", Map.of("agencyId", List.of(f.agencyA)));
		assertThat(reminded.statusCode()).isEqualTo(302);
		assertThat(f.kinds("headA")).containsExactly("REMINDED");
		this.outbox.sendDue();
		assertThat(this.jdbc.queryForList(
				"select attempts || ' ' || (sent_at is null) || ' ' || (last_error is "
						+ "not null) from mail_outbox where recipient in (?, ?)",
				String.class, f.email("headA"), f.email("officerA")))
			.containsExactly("1 true true", "1 true true");

		// Back: retried after the delay, sent once, never again.
		smtp.start();
		this.outbox.sendDue();
		assertThat(received(f.email("headA"))).as("not before the retry delay").isEmpty();
		this.clock.advance(Duration.ofMinutes(2));
		this.outbox.sendDue();
		assertThat(received(f.email("headA"))).extracting(MimeMessage::getSubject)
			.containsExactly("[Cổng CCHC] Nhắc gửi báo cáo");
		assertThat(received(f.email("officerA"))).hasSize(1);
		this.clock.advance(Duration.ofHours(1));
		this.outbox.sendDue();
		assertThat(received(f.email("headA"))).hasSize(1);
		assertThat(this.jdbc.queryForList(
				"select attempts || ' ' || (sent_at is not null) from mail_outbox where recipient = ?", String.class,
				f.email("headA")))
			.containsExactly("2 true");
	}

	@Test
	void openingAPeriodTellsTheHeadsAndOfficersOfEveryAgencyWithWorkInItsYear() {
		// A year of its own, so that this period is opened here and by nobody else.
		this.clock.setTo(LocalDate.of(TestYears.PERIOD_OPENED_NOTICE - 1, 12, 20));
		NotificationFixture f = new NotificationFixture(this.port, this.jdbc, TestYears.PERIOD_OPENED_NOTICE).plan();
		long period = f.period("Q1");
		f.open(period);

		for (String person : List.of("headA", "officerA", "headB", "officerB")) {
			assertThat(f.kinds(person)).as(person).containsExactly("PERIOD_OPENED");
		}
		assertThat(f.kinds("officerC")).isEmpty();
		assertThat(text(f.signedIn("officerB").get("/notifications")))
			.contains("Sở Nội vụ đã mở kỳ báo cáo Quý I năm " + f.year + ". Hạn gửi báo cáo: 15/03/" + f.year);
		assertThat(this.jdbc.queryForObject("select subject from mail_outbox where recipient = ?", String.class,
				f.email("officerB")))
			.isEqualTo("[Cổng CCHC] Kỳ báo cáo đã mở");
	}

	@Test
	void theDailyRemindersReachAgenciesThatHaveNotSubmittedOnceEach() {
		NotificationFixture f = stage();
		long period = f.period("YEAR");
		// Two days before the due date, the period opened a month before.
		LocalDate due = this.jdbc.queryForObject("select due_date from reporting_period where id = ?", LocalDate.class,
				period);
		assertThat(due).isEqualTo(LocalDate.of(TestYears.NOTIFICATIONS, 12, 15));
		this.clock.setTo(LocalDate.of(TestYears.NOTIFICATIONS, 12, 13));
		this.jdbc.update("""
				insert into period_opening (period_id, opened_at) values (?, ?)
				on conflict (period_id) do update set opened_at = excluded.opened_at
				""", period, java.sql.Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))));
		// A updated one of its two tasks just now; B submitted its report.
		long a1 = f.assignment("a)", f.agencyA);
		f.signedIn("officerA")
			.submit("/my-tasks/" + a1, "/my-tasks/" + a1,
					Map.of("status", "IN_PROGRESS", "percent", "40", "results", "Đang làm", "basedOn", "0"));
		f.signedIn("headB").submit("/agency-report", "/agency-report/submit", Map.of("version", "0"));
		assertThat(this.jdbc.queryForObject("select status from agency_report where agency_id = ? and period_id = ?",
				String.class, f.agencyB, period))
			.isEqualTo("SUBMITTED");

		assertThat(this.reminders.run()).isPositive();
		assertThat(f.kinds("headA")).containsExactlyInAnyOrder("DUE_SOON", "NO_UPDATE");
		assertThat(f.kinds("officerA")).containsExactlyInAnyOrder("DUE_SOON", "NO_UPDATE");
		assertThat(f.kinds("headB")).isEmpty();
		assertThat(f.kinds("officerC")).isEmpty();
		// One of A's two tasks has had no update.
		assertThat(this.jdbc.queryForObject(
				"select array_to_string(params, '|') from notification where recipient_id = ? and kind = 'NO_UPDATE'",
				String.class, f.accountId("officerA")))
			.isEqualTo("YEAR|" + f.year + "|1|14");
		assertThat(text(f.signedIn("officerA").get("/notifications"))).contains(
				"Báo cáo kỳ Năm năm " + f.year + " của cơ quan hạn gửi ngày "
						+ due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
				"Có 1 nhiệm vụ của cơ quan chưa được cập nhật");

		// The job runs again (the next day, after a restart): nobody is told twice.
		this.clock.advance(Duration.ofDays(1));
		this.reminders.run();
		assertThat(f.kinds("headA")).hasSize(2);
		assertThat(f.kinds("officerA")).hasSize(2);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
				f.email("headA")))
			.isEqualTo(2);
	}

	private List<MimeMessage> received(String recipient) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long reportVersion(long agency, long period) {
		return this.jdbc.queryForObject("select version from agency_report where agency_id = ? and period_id = ?",
				Long.class, agency, period);
	}

	private long notificationId(NotificationFixture f, String person, String kind) {
		return this.jdbc.queryForObject("select id from notification where recipient_id = ? and kind = ?", Long.class,
				f.accountId(person), kind);
	}

	@Test
	void theBellIsOnPagesThatWriteTheirOwnResponse() throws Exception {
		// The dashboard writes its page itself (a kept body inside the request's layout):
		// the layout asks for the count, whatever the controller does with its model.
		NotificationFixture f = stage();
		long period = f.period("YEAR");
		Browser.signedIn(this.port, "planner")
			.submit("/periods/" + period + "/review", "/periods/" + period + "/remind",
					Map.of("agencyId", List.of(f.agencyB)));
		Browser headB = f.signedIn("headB");
		assertThat(bell(headB.get("/dashboard"))).isEqualTo("1");
		assertThat(bell(headB.get("/agency-report"))).isEqualTo("1");
	}

	/**
	 * The bell's unread count, or "" when it shows none; the phone's bell, outside the
	 * collapsed menu, shows the same.
	 */
	private static String bell(HttpResponse<String> page) {
		String menu = count(page, "notification-bell\"");
		assertThat(count(page, "notification-bell-compact\"")).as("the phone's bell").isEqualTo(menu);
		return menu;
	}

	private static String count(HttpResponse<String> page, String bellClass) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile(java.util.regex.Pattern.quote(bellClass) + "[^>]*>[\\s\\S]*?</a>")
			.matcher(page.body());
		assertThat(matcher.find()).as(bellClass).isTrue();
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("badge[^>]*>(\\d+)<").matcher(matcher.group());
		return count.find() ? count.group(1) : "";
	}

	private static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}

}
