package vn.cchc.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.plans.AgencyWork;
import vn.cchc.portal.progress.PeriodStandings;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ReportEvents;

/**
 * Turns what happens to periods and reports into notifications.
 * <p>
 * Each listener runs just before the transaction that published the event commits, in it:
 * the notifications (and their queued mails) are saved if and only if the change is, and
 * they see the change's final state. Nothing here talks to the mail server, so an outage
 * cannot fail the change.
 */
@Component
class ReportEventNotifier {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final int MAX_TASK_TEXT = 120;

	private final Notifications notifications;

	private final Recipients recipients;

	private final PeriodStandings standings;

	private final AgencyCatalog agencies;

	private final AgencyWork work;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportEventNotifier(Notifications notifications, Recipients recipients, PeriodStandings standings,
			AgencyCatalog agencies, AgencyWork work, JdbcClient jdbc, Clock clock) {
		this.notifications = notifications;
		this.recipients = recipients;
		this.standings = standings;
		this.agencies = agencies;
		this.work = work;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Officers and heads of every agency with work in the period's year. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportEvents.PeriodOpened opened) {
		PeriodView period = period(opened.periodId());
		// Reopening a period starts its "no update for N days" count again.
		this.jdbc.sql("""
				insert into period_opening (period_id, opened_at) values (?, ?)
				on conflict (period_id) do update set opened_at = excluded.opened_at
				""").params(period.id(), Timestamp.from(this.clock.instant())).update();
		for (PeriodStandings.AgencyStanding agency : this.standings.agencies(period.id())) {
			this.notifications.send(this.recipients.of(agency.agencyId(), Recipients.HEAD_AND_OFFICERS),
					Notice.of(NotificationKind.PERIOD_OPENED, "/my-tasks", period.id(), agency.agencyId(),
							params(period, period.dueDate().format(DAY))));
		}
	}

	/** The planners, who review it. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ReportSubmitted submitted) {
		PeriodView period = period(submitted.periodId());
		this.notifications.send(this.recipients.planners(),
				Notice.of(NotificationKind.REPORT_SUBMITTED,
						"/periods/" + period.id() + "/agencies/" + submitted.agencyId(), period.id(),
						submitted.agencyId(), params(period, agencyName(submitted.agencyId()))));
	}

	/** The head and the officers: the report is theirs to fix. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ReportReturned returned) {
		PeriodView period = period(returned.periodId());
		this.notifications.send(this.recipients.of(returned.agencyId(), Recipients.HEAD_AND_OFFICERS),
				Notice.of(NotificationKind.REPORT_RETURNED, "/agency-report", period.id(), returned.agencyId(),
						params(period, returned.comment())));
	}

	/** The head, who submitted it. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ReportAccepted accepted) {
		PeriodView period = period(accepted.periodId());
		this.notifications.send(this.recipients.of(accepted.agencyId(), Recipients.HEAD), Notice
			.of(NotificationKind.REPORT_ACCEPTED, "/agency-report", period.id(), accepted.agencyId(), params(period)));
	}

	/** The officers, who update the item. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ItemSentBack sentBack) {
		PeriodView period = period(sentBack.periodId());
		String task = this.work.find(sentBack.assignmentId())
			.map((item) -> shorten(item.taskLabel() + " " + item.taskText()))
			.orElse("#" + sentBack.assignmentId());
		this.notifications.send(this.recipients.of(sentBack.agencyId(), Recipients.OFFICERS),
				Notice.of(NotificationKind.ITEM_SENT_BACK, "/my-tasks/" + sentBack.assignmentId(), period.id(),
						sentBack.agencyId(), params(period, task, sentBack.comment())));
	}

	/** Each reminded agency's head and officers. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportEvents.AgenciesReminded reminded) {
		PeriodView period = period(reminded.periodId());
		for (long agencyId : reminded.agencyIds()) {
			this.notifications.send(this.recipients.of(agencyId, Recipients.HEAD_AND_OFFICERS),
					Notice.of(NotificationKind.REMINDED, "/agency-report", period.id(), agencyId,
							params(period, period.dueDate().format(DAY))));
		}
	}

	private PeriodView period(long periodId) {
		return this.standings.period(periodId)
			.orElseThrow(() -> new IllegalStateException("No reporting period " + periodId));
	}

	private String agencyName(long agencyId) {
		return this.agencies.find(agencyId).map(AgencySummary::name).orElse("#" + agencyId);
	}

	/** The period's kind and year, then the kind's own parameters. */
	static List<String> params(PeriodView period, String... more) {
		List<String> params = new java.util.ArrayList<>(List.of(period.kind().name(), String.valueOf(period.year())));
		params.addAll(List.of(more));
		return params;
	}

	private static String shorten(String text) {
		String oneLine = text.strip().replaceAll("\\s+", " ");
		return (oneLine.length() <= MAX_TASK_TEXT) ? oneLine : oneLine.substring(0, MAX_TASK_TEXT - 1) + "…";
	}

}
