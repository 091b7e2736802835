package vn.cchc.portal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.plans.AgencyWork;
import vn.cchc.portal.shared.text.VietnameseText;
import vn.cchc.portal.users.PortalUser;

/**
 * An agency's tasks for the period being reported, and their updates. Everything is read
 * and written for the signed-in person's own agency only.
 */
@Service
@Transactional
public class MyTasks {

	private final AgencyWork work;

	private final ReportingPeriodRepository periods;

	private final ProgressUpdateRepository updates;

	private final Clock clock;

	MyTasks(AgencyWork work, ReportingPeriodRepository periods, ProgressUpdateRepository updates, Clock clock) {
		this.work = work;
		this.periods = periods;
		this.updates = updates;
		this.clock = clock;
	}

	/**
	 * The period being reported now: the open one, or the latest closed one still in
	 * grace.
	 */
	@Transactional(readOnly = true)
	public Optional<PeriodView> currentPeriod() {
		return reportingOn(LocalDate.now(this.clock)).map(ReportingPeriod::toView);
	}

	/**
	 * The period taking updates on {@code day}: one whose data window has begun and that
	 * accepts them, an open one before one in its grace days.
	 */
	private Optional<ReportingPeriod> reportingOn(LocalDate day) {
		return this.periods.findStarted()
			.stream()
			.filter((period) -> !period.toView().cutoffFrom().isAfter(day))
			.filter((period) -> period.accepts(day) != ReportingPeriod.Acceptance.REFUSED)
			.min(Comparator.comparing((ReportingPeriod period) -> !"OPEN".equals(period.toView().status())));
	}

	/**
	 * The agency's assignments for the current period with their latest update; overdue
	 * ones first. {@code query} matches task text without diacritics.
	 */
	@Transactional(readOnly = true)
	public List<Row> rows(PortalUser user, String query, ProgressStatus status) {
		Optional<PeriodView> period = currentPeriod();
		if (user.getAgencyId() == null || period.isEmpty()) {
			return List.of();
		}
		List<AgencyWork.Item> items = this.work.of(user.getAgencyId(), period.get().year());
		Map<Long, ProgressUpdate> latest = items.isEmpty() ? Map.of()
				: this.updates.latest(period.get().id(), items.stream().map(AgencyWork.Item::assignmentId).toList())
					.stream()
					.collect(Collectors.toMap(ProgressUpdate::getAssignmentId, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		String needle = VietnameseText.fold(query);
		return items.stream().map((item) -> {
			ProgressUpdate update = latest.get(item.assignmentId());
			UpdateView view = (update != null) ? update.toView() : null;
			boolean done = view != null && (view.status() == ProgressStatus.DONE_ON_TIME
					|| view.status() == ProgressStatus.DONE_LATE || view.status() == ProgressStatus.SUSPENDED);
			boolean overdue = !done && item.deadlineDue() != null && item.deadlineDue().isBefore(today);
			return new Row(item, view, overdue);
		})
			.filter((row) -> needle.isEmpty() || VietnameseText.fold(row.item().taskText()).contains(needle))
			.filter((row) -> status == null
					|| ((row.latest() != null) ? row.latest().status() : ProgressStatus.NOT_STARTED) == status)
			.sorted(Comparator.comparing((Row row) -> !row.overdue()))
			.toList();
	}

	/**
	 * One assignment of the agency with its updates in the current period, newest first.
	 */
	@Transactional(readOnly = true)
	public Optional<Detail> detail(PortalUser user, long assignmentId) {
		if (user.getAgencyId() == null) {
			return Optional.empty();
		}
		Optional<PeriodView> period = currentPeriod();
		return this.work.find(assignmentId, user.getAgencyId())
			.map((item) -> new Detail(item, period.orElse(null), period
				.map((p) -> this.updates.findByAssignmentIdAndPeriodIdOrderByCreatedAtDescIdDesc(assignmentId, p.id())
					.stream()
					.map(ProgressUpdate::toView)
					.toList())
				.orElse(List.of())));
	}

	/**
	 * Saves an update for the current period; after the due date, or in the grace days,
	 * it is marked late. Refused when no period takes updates or the assignment is not
	 * the agency's.
	 */
	public void update(PortalUser user, long assignmentId, ProgressStatus status, int percent, String results,
			String difficulties, String proposals) {
		if (user.getAgencyId() == null || this.work.find(assignmentId, user.getAgencyId()).isEmpty()) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		LocalDate today = LocalDate.now(this.clock);
		ReportingPeriod period = reportingOn(today)
			.orElseThrow(() -> new PeriodException("progress.update.error.noPeriod"));
		boolean late = period.accepts(today) == ReportingPeriod.Acceptance.LATE;
		this.updates.save(new ProgressUpdate(assignmentId, period.getId(), status, percent, blank(results),
				blank(difficulties), blank(proposals), late, user.getUsername(), this.clock.instant()));
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A line of "my tasks". */
	public record Row(AgencyWork.Item item, UpdateView latest, boolean overdue) {
	}

	/** An assignment with its history in the period. */
	public record Detail(AgencyWork.Item item, PeriodView period, List<UpdateView> updates) {
	}

}
