package vn.cchc.portal.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.progress.PeriodStandings;
import vn.cchc.portal.progress.PeriodView;

/**
 * The daily reminders for every open period, to the head and officers of each agency that
 * has not submitted: "due in N days" once the due date is that close (or past), and "no
 * update for N days" when some of its assignments have had none for that long. Each
 * person gets each at most once per period and agency: the notification's unique dedupe
 * key holds that across runs, restarts and instances.
 */
@Component
public class Reminders {

	private final PeriodStandings standings;

	private final Notifications notifications;

	private final Recipients recipients;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int dueSoonDays;

	private final int noUpdateDays;

	Reminders(PeriodStandings standings, Notifications notifications, Recipients recipients, JdbcClient jdbc,
			Clock clock, @Value("${cchc.notifications.due-soon-days:3}") int dueSoonDays,
			@Value("${cchc.notifications.no-update-days:14}") int noUpdateDays) {
		this.standings = standings;
		this.notifications = notifications;
		this.recipients = recipients;
		this.jdbc = jdbc;
		this.clock = clock;
		this.dueSoonDays = dueSoonDays;
		this.noUpdateDays = noUpdateDays;
	}

	/**
	 * Sends the reminders due today; returns how many people were told. Public so that a
	 * test can run it at a time of its choosing (the clock decides what "today" is).
	 */
	@Scheduled(cron = "${cchc.notifications.reminder-cron:0 0 7 * * *}", zone = "${cchc.time-zone:Asia/Ho_Chi_Minh}")
	@Transactional
	public int run() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		Instant staleBefore = now.minus(Duration.ofDays(this.noUpdateDays));
		int told = 0;
		for (PeriodView period : this.standings.open()) {
			boolean dueSoon = !today.isBefore(period.dueDate().minusDays(this.dueSoonDays));
			Instant opened = openedAt(period);
			for (PeriodStandings.AgencyStanding agency : this.standings.agencies(period.id())) {
				if (agency.submitted()) {
					continue;
				}
				if (dueSoon) {
					told += this.notifications.send(this.recipients.of(agency.agencyId(), Recipients.HEAD_AND_OFFICERS),
							Notice
								.of(NotificationKind.DUE_SOON, "/agency-report", period.id(), agency.agencyId(),
										ReportEventNotifier.params(period,
												period.dueDate().format(ReportEventNotifier.DAY)))
								.once());
				}
				long stale = agency.assignments()
					.stream()
					.filter((assignment) -> ((assignment.at() != null) ? assignment.at() : opened)
						.isBefore(staleBefore))
					.count();
				if (stale > 0) {
					told += this.notifications.send(this.recipients.of(agency.agencyId(), Recipients.HEAD_AND_OFFICERS),
							Notice
								.of(NotificationKind.NO_UPDATE, "/my-tasks", period.id(), agency.agencyId(),
										ReportEventNotifier.params(period, String.valueOf(stale),
												String.valueOf(this.noUpdateDays)))
								.once());
				}
			}
		}
		return told;
	}

	/**
	 * When the period was opened; for one opened before notifications existed, the start
	 * of its data window.
	 */
	private Instant openedAt(PeriodView period) {
		return this.jdbc.sql("select opened_at from period_opening where period_id = ?")
			.param(period.id())
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant)
			.orElse(period.cutoffFrom().atStartOfDay(this.clock.getZone()).toInstant());
	}

}
