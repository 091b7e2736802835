package vn.cchc.portal.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.plans.AgencyWork;

/**
 * A period's agencies as other modules need them (notifications): which periods are open,
 * which agencies have work in a period, whether each submitted, and when each of its
 * assignments was last updated. Read only; no person's rights are involved.
 */
@Service
@Transactional(readOnly = true)
public class PeriodStandings {

	private final ReportingPeriodRepository periods;

	private final AgencyWork work;

	private final AgencyCatalog agencies;

	private final AgencyReportRepository reports;

	private final MyTasks myTasks;

	PeriodStandings(ReportingPeriodRepository periods, AgencyWork work, AgencyCatalog agencies,
			AgencyReportRepository reports, MyTasks myTasks) {
		this.periods = periods;
		this.work = work;
		this.agencies = agencies;
		this.reports = reports;
		this.myTasks = myTasks;
	}

	public Optional<PeriodView> period(long periodId) {
		return this.periods.findById(periodId).map(ReportingPeriod::toView);
	}

	/** The periods Sở Nội vụ has opened and not closed. */
	public List<PeriodView> open() {
		return this.periods.findStarted()
			.stream()
			.map(ReportingPeriod::toView)
			.filter((period) -> "OPEN".equals(period.status()))
			.toList();
	}

	/**
	 * Every agency with work in the period's year (a unit's work counts as its agency's),
	 * with its report and its assignments' latest updates; empty for an unknown period.
	 */
	public List<AgencyStanding> agencies(long periodId) {
		Optional<PeriodView> period = period(periodId);
		if (period.isEmpty()) {
			return List.of();
		}
		List<AgencyWork.Item> items = this.work.ofYear(period.get().year());
		Map<Long, AgencySummary> assignees = this.agencies
			.findAll(items.stream().map(AgencyWork.Item::agencyId).collect(Collectors.toSet()));
		Map<Long, ProgressView> states = this.myTasks.statesOf(periodId, items);
		Map<Long, AgencyReport> byAgency = this.reports.findByPeriodId(periodId)
			.stream()
			.collect(Collectors.toMap(AgencyReport::getAgencyId, Function.identity()));
		Map<Long, List<LastUpdate>> byReportingAgency = new LinkedHashMap<>();
		for (AgencyWork.Item item : items) {
			AgencySummary assignee = assignees.get(item.agencyId());
			long reporting = (assignee != null && assignee.kind() == AgencyKind.INTERNAL_UNIT
					&& assignee.parentId() != null) ? assignee.parentId() : item.agencyId();
			ProgressView state = states.get(item.assignmentId());
			byReportingAgency.computeIfAbsent(reporting, (id) -> new ArrayList<>())
				.add(new LastUpdate(item.assignmentId(), (state != null) ? state.updatedAt() : null));
		}
		return byReportingAgency.entrySet().stream().map((entry) -> {
			AgencyReport report = byAgency.get(entry.getKey());
			return new AgencyStanding(entry.getKey(), (report != null) && report.isFrozen(), entry.getValue());
		}).toList();
	}

	/**
	 * An agency in a period: whether its report is submitted (or accepted), and its
	 * assignments.
	 */
	public record AgencyStanding(long agencyId, boolean submitted, List<LastUpdate> assignments) {
	}

	/** An assignment and its latest update in the period; {@code at} null when none. */
	public record LastUpdate(long assignmentId, Instant at) {
	}

}
