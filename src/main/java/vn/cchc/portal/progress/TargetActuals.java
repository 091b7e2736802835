package vn.cchc.portal.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.plans.AgencyWork;
import vn.cchc.portal.shared.text.TypedText;
import vn.cchc.portal.shared.text.VietnameseNumbers;
import vn.cchc.portal.users.PortalUser;

/**
 * The values agencies report for the plan's targets, and whether each target is met.
 */
@Service
@Transactional
public class TargetActuals {

	/** The largest value the database keeps (numeric(16, 4)). */
	private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	private final AgencyWork work;

	private final ReportingScope scope;

	private final AgencyCatalog agencies;

	private final TargetActualRepository actuals;

	private final AgencyReportRepository reports;

	private final MyTasks myTasks;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	TargetActuals(AgencyWork work, ReportingScope scope, AgencyCatalog agencies, TargetActualRepository actuals,
			AgencyReportRepository reports, MyTasks myTasks, AuditLog auditLog, ApplicationEventPublisher publisher,
			Clock clock) {
		this.work = work;
		this.scope = scope;
		this.agencies = agencies;
		this.actuals = actuals;
		this.reports = reports;
		this.myTasks = myTasks;
		this.auditLog = auditLog;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** The targets an agency reports in a period, with its latest value for each. */
	@Transactional(readOnly = true)
	public List<TargetRow> of(long agencyId, PeriodView period) {
		List<AgencyWork.Target> targets = this.work.targetsOf(this.agencies.withUnits(agencyId), period.year());
		Map<Long, TargetActual> latest = this.actuals.latest(agencyId, period.id())
			.stream()
			.collect(Collectors.toMap(TargetActual::getTargetId, Function.identity()));
		return targets.stream().map((target) -> {
			TargetActual actual = latest.get(target.id());
			return (actual != null)
					? new TargetRow(target, actual.getValue(), actual.getNote(), actual.getRecordedBy(),
							actual.getRecordedAt(), attained(target, actual.getValue()))
					: new TargetRow(target, null, null, null, null, null);
		}).toList();
	}

	/**
	 * Records the agency's value for a target in the period being reported. Refused for a
	 * target the agency does not report (404), a negative or huge value, or once the
	 * report is submitted.
	 */
	public void record(PortalUser user, long targetId, BigDecimal value, String note) {
		List<Long> scope = this.scope.of(user);
		ReportingPeriod period = this.myTasks.reportingOn(LocalDate.now(this.clock))
			.orElseThrow(() -> new PeriodException("progress.update.error.noPeriod"));
		AgencyWork.Target target = this.work.targetsOf(scope, period.getYear())
			.stream()
			.filter((candidate) -> candidate.id() == targetId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (value == null || value.signum() < 0 || value.compareTo(LIMIT) >= 0) {
			throw new ReportInputException("progress.target.error.value");
		}
		if (note != null && note.length() > 1000) {
			throw new ReportInputException("form.tooLong");
		}
		if (this.reports.findByAgencyIdAndPeriodId(user.getAgencyId(), period.getId())
			.map(AgencyReport::isFrozen)
			.orElse(false)) {
			throw new PeriodException("progress.update.error.submitted");
		}
		this.actuals.save(new TargetActual(targetId, user.getAgencyId(), period.getId(), value, TypedText.orNull(note),
				user.getUsername(), this.clock.instant()));
		this.auditLog.record("TARGET_ACTUAL_RECORDED", "PLAN_TARGET", targetId,
				value.toPlainString() + " (" + target.wording() + ")");
		this.publisher.publishEvent(new ReportEvents.TargetValueRecorded(targetId, user.getAgencyId(), period.getId()));
	}

	/**
	 * Whether a value meets the target; null when the target has no number to compare.
	 */
	static Boolean attained(AgencyWork.Target target, BigDecimal actual) {
		if (target.comparator() == null || target.value() == null || actual == null) {
			return null;
		}
		int comparison = actual.compareTo(target.value());
		return switch (target.comparator()) {
			case "GE" -> comparison >= 0;
			case "LE" -> comparison <= 0;
			default -> comparison == 0;
		};
	}

	/** A target with the agency's value in the period. */
	public record TargetRow(AgencyWork.Target target, BigDecimal actual, String note, String recordedBy,
			Instant recordedAt, Boolean attained) {

		/** The value as typed back into the form: "94,5", no grouping. */
		public String actualInput() {
			return (this.actual != null) ? VietnameseNumbers.format(this.actual).replace(".", "") : "";
		}

		public String actualText() {
			return VietnameseNumbers.format(this.actual);
		}

		public String plannedText() {
			return VietnameseNumbers.format(this.target.value());
		}

	}

}
