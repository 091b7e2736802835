package vn.cchc.portal.progress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.shared.concurrency.Versions;

/**
 * The reporting periods of a year: created with the regime's defaults, scheduled, opened
 * and closed by Sở Nội vụ.
 */
@Service
@Transactional
public class ReportingPeriods {

	private final ReportingPeriodRepository periods;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher publisher;

	ReportingPeriods(ReportingPeriodRepository periods, AuditLog auditLog, ApplicationEventPublisher publisher) {
		this.periods = periods;
		this.auditLog = auditLog;
		this.publisher = publisher;
	}

	/**
	 * The four periods of a year, created with the default dates the first time they are
	 * asked for.
	 */
	public List<PeriodView> ofYear(int year) {
		List<ReportingPeriod> existing = this.periods.findByYearOrderByCutoffToAsc(year);
		if (existing.isEmpty()) {
			existing = this.periods
				.saveAll(Arrays.stream(PeriodKind.values()).map((kind) -> new ReportingPeriod(year, kind)).toList());
		}
		return existing.stream().map(ReportingPeriod::toView).toList();
	}

	public void schedule(long id, long expectedVersion, LocalDate from, LocalDate to, LocalDate due) {
		ReportingPeriod period = load(id, expectedVersion);
		period.schedule(from, to, due);
		this.auditLog.record("PERIOD_SCHEDULED", "REPORTING_PERIOD", id, from + " → " + to + ", hạn " + due);
		this.publisher.publishEvent(new ReportEvents.PeriodScheduled(id));
	}

	public void open(long id, long expectedVersion) {
		load(id, expectedVersion).open();
		this.auditLog.record("PERIOD_OPENED", "REPORTING_PERIOD", id, null);
		this.publisher.publishEvent(new ReportEvents.PeriodOpened(id));
	}

	public void close(long id, long expectedVersion, LocalDate graceUntil) {
		load(id, expectedVersion).close(graceUntil);
		this.auditLog.record("PERIOD_CLOSED", "REPORTING_PERIOD", id,
				(graceUntil != null) ? "gia hạn đến " + graceUntil : null);
		this.publisher.publishEvent(new ReportEvents.PeriodClosed(id));
	}

	private ReportingPeriod load(long id, long expectedVersion) {
		ReportingPeriod period = this.periods.findById(id)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		Versions.require(period.toView().version(), expectedVersion, ReportingPeriod.class, id);
		return period;
	}

}
