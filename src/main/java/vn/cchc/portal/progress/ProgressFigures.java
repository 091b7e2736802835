package vn.cchc.portal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.plans.AgencyWork;

/**
 * Where the year's work stands in a period, one line per task and lead agency: what
 * dashboards and reports count. Overdue is decided by {@link Overdue}, as everywhere.
 */
@Service
@Transactional(readOnly = true)
public class ProgressFigures {

	private final AgencyWork work;

	private final MyTasks myTasks;

	private final ReportingPeriodRepository periods;

	private final AgencyReportRepository reports;

	private final AgencyCatalog agencies;

	private final Clock clock;

	private final ProgressUpdateRepository updates;

	ProgressFigures(AgencyWork work, MyTasks myTasks, ReportingPeriodRepository periods, AgencyReportRepository reports,
			ProgressUpdateRepository updates, AgencyCatalog agencies, Clock clock) {
		this.work = work;
		this.updates = updates;
		this.myTasks = myTasks;
		this.periods = periods;
		this.reports = reports;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The periods of a year that have been opened, latest first. */
	public List<PeriodView> startedPeriods(int year) {
		return this.periods.findStarted()
			.stream()
			.filter((period) -> period.getYear() == year)
			.map(ReportingPeriod::toView)
			.toList();
	}

	public Optional<PeriodView> period(long periodId) {
		return this.periods.findById(periodId).map(ReportingPeriod::toView);
	}

	/**
	 * Every lead assignment of the period's year's issued plans with its category in the
	 * period, attributed to the agency that reports it (a unit's to its agency). Tasks
	 * suspended or cancelled by decision are left out: nothing more is expected of them.
	 */
	public List<Line> lines(PeriodView period) {
		List<AgencyWork.Item> items = this.work.ofYear(period.year()).stream().filter(AgencyWork.Item::isLead).toList();
		Map<Long, ProgressView> states = this.myTasks.statesOf(period.id(), items);
		Map<Long, Long> reporting = this.agencies
			.reportingAgencies(items.stream().map(AgencyWork.Item::agencyId).distinct().toList());
		LocalDate today = LocalDate.now(this.clock);
		return items.stream()
			.map((item) -> MyTasks.row(item, states.get(item.assignmentId()), period, today))
			.filter((row) -> row.progress().revision() == 0 || row.progress().status() != ProgressStatus.SUSPENDED)
			.map((row) -> new Line(row.item(), reporting.get(row.item().agencyId()), Category.of(row)))
			.toList();
	}

	/** Each agency's report in the period: submitted (and whether late), or not. */
	public Map<Long, ReportState> reports(long periodId) {
		return this.reports.findByPeriodId(periodId)
			.stream()
			.collect(Collectors.toMap(AgencyReport::getAgencyId,
					(report) -> new ReportState(report.getStatus().name(), report.isFrozen(), report.isLate())));
	}

	/**
	 * What each assignment's latest update of the period says: results, difficulties and
	 * proposals, by assignment id.
	 */
	public Map<Long, Notes> notes(long periodId) {
		return this.updates.latestNotes(periodId)
			.stream()
			.collect(Collectors.toMap((row) -> ((Number) row[0]).longValue(),
					(row) -> new Notes((String) row[1], (String) row[2], (String) row[3])));
	}

	/**
	 * Where a task stands, as dashboards and reports group it: exactly these five (issue
	 * 8); overdue wins over in progress. A suspended or cancelled task is in none: it is
	 * counted apart.
	 */
	public enum Category {

		DONE_ON_TIME, DONE_LATE, IN_PROGRESS, NOT_STARTED, OVERDUE;

		static Category of(MyTasks.Row row) {
			ProgressView state = row.progress();
			if (state.revision() > 0 && state.status() == ProgressStatus.DONE_ON_TIME) {
				return DONE_ON_TIME;
			}
			if (state.revision() > 0 && state.status() == ProgressStatus.DONE_LATE) {
				return DONE_LATE;
			}
			if (row.overdue().isOverdue()) {
				return OVERDUE;
			}
			return (state.revision() > 0 && state.status() == ProgressStatus.IN_PROGRESS) ? IN_PROGRESS : NOT_STARTED;
		}

		public boolean isDone() {
			return this == DONE_ON_TIME || this == DONE_LATE;
		}

	}

	/** A task's lead assignment in the period. */
	public record Line(AgencyWork.Item item, long reportingAgencyId, Category category) {
	}

	/** The words of an assignment's latest update. */
	public record Notes(String results, String difficulties, String proposals) {
	}

	/** An agency's report as dashboards show it. */
	public record ReportState(String status, boolean submitted, boolean late) {
	}

}
