package vn.cchc.portal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.plans.AgencyWork;
import vn.cchc.portal.shared.deadline.Deadline;
import vn.cchc.portal.shared.text.TypedText;
import vn.cchc.portal.shared.text.VietnameseText;
import vn.cchc.portal.users.PortalUser;

/**
 * An agency's tasks for the period being reported, and their updates. Everything is read
 * and written for the signed-in person's own agency (and its units) only.
 */
@Service
@Transactional
public class MyTasks {

	private final AgencyWork work;

	private final PeriodTally tally;

	private final ReportingScope scope;

	private final ReportingPeriodRepository periods;

	private final ProgressUpdateRepository updates;

	private final AssignmentProgressRepository progress;

	private final AgencyReportRepository reports;

	private final AgencyCatalog agencies;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	MyTasks(AgencyWork work, PeriodTally tally, ReportingScope scope, ReportingPeriodRepository periods,
			ProgressUpdateRepository updates, AssignmentProgressRepository progress, AgencyReportRepository reports,
			AgencyCatalog agencies, AuditLog auditLog, ApplicationEventPublisher publisher, Clock clock) {
		this.work = work;
		this.tally = tally;
		this.scope = scope;
		this.periods = periods;
		this.updates = updates;
		this.progress = progress;
		this.reports = reports;
		this.agencies = agencies;
		this.auditLog = auditLog;
		this.publisher = publisher;
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
	 * accepts them. Where several do (last year's still open in January), the one still
	 * on time, then an open one before one in its grace days, then the one whose due date
	 * is nearest: always the same one, whatever order the database returns them in.
	 */
	Optional<ReportingPeriod> reportingOn(LocalDate day) {
		return this.periods.findTakingUpdates(day)
			.stream()
			.filter((period) -> !period.toView().cutoffFrom().isAfter(day))
			.filter((period) -> period.accepts(day) != ReportingPeriod.Acceptance.REFUSED)
			.min(Comparator.comparing((ReportingPeriod period) -> period.accepts(day))
				.thenComparing((period) -> !"OPEN".equals(period.toView().status()))
				.thenComparing((period) -> Math.abs(period.toView().dueDate().toEpochDay() - day.toEpochDay()))
				.thenComparing(ReportingPeriod::getId));
	}

	/**
	 * The agency's assignments for the current period with where they stand; those sent
	 * back first, then the overdue ones.
	 */
	@Transactional(readOnly = true)
	public List<Row> rows(PortalUser user, Filter filter) {
		return currentPeriod().map((period) -> rows(user, filter, period)).orElse(List.of());
	}

	/** The same for a given period (404 when there is no such period). */
	@Transactional(readOnly = true)
	public List<Row> rows(PortalUser user, long periodId) {
		PeriodView period = this.periods.findById(periodId)
			.map(ReportingPeriod::toView)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return rows(user, Filter.NONE, period);
	}

	/**
	 * One page of {@link #rows(PortalUser, Filter)} in the current period (none when no
	 * period takes updates): the order and the count come from a lean reading of every
	 * row, only the page's tasks are read whole.
	 */
	@Transactional(readOnly = true)
	public Optional<Listing> page(PortalUser user, Filter filter, int number, int size) {
		return currentPeriod().map((period) -> new Listing(period, page(user, filter, period, number, size)));
	}

	private Page<Row> page(PortalUser user, Filter filter, PeriodView period, int number, int size) {
		List<Long> agencyIds = this.scope.of(user);
		List<PeriodTally.Line> lines = sorted(user, filter, period, agencyIds);
		int page = Math.max(0, Math.min(number, (lines.size() - 1) / size));
		List<PeriodTally.Line> shown = lines.subList(Math.min(lines.size(), page * size),
				Math.min(lines.size(), (page + 1) * size));
		return new PageImpl<>(rowsOf(shown, agencyIds, period), PageRequest.of(page, size), lines.size());
	}

	private List<Row> rows(PortalUser user, Filter filter, PeriodView period) {
		List<Long> agencyIds = this.scope.of(user);
		return rowsOf(sorted(user, filter, period, agencyIds), agencyIds, period);
	}

	/**
	 * The agency's assignments narrowed by the filter, those sent back first, then the
	 * overdue ones, otherwise in plan order.
	 */
	private List<PeriodTally.Line> sorted(PortalUser user, Filter filter, PeriodView period, List<Long> agencyIds) {
		if (agencyIds.isEmpty() || (filter.unitOnly() && user.getUnitId() == null)) {
			return List.of();
		}
		String needle = VietnameseText.fold(filter.query());
		LocalDate today = LocalDate.now(this.clock);
		record Sorted(PeriodTally.Line line, boolean sentBack, boolean overdue) {
		}
		return this.tally
			.lines(agencyIds, period, filter.unitOnly() ? user.getUnitId() : null, filter.domain(), filter.dueBy(),
					!needle.isEmpty())
			.stream()
			.filter((line) -> needle.isEmpty() || VietnameseText.fold(line.text()).contains(needle))
			.filter((line) -> filter.status() == null || line.status() == filter.status())
			.map((line) -> new Sorted(line, line.sentBack(), line.overdue(period, today).isOverdue()))
			.sorted(Comparator.comparing((Sorted row) -> !row.sentBack()).thenComparing((Sorted row) -> !row.overdue()))
			.map(Sorted::line)
			.toList();
	}

	/**
	 * These assignments with their tasks read whole, in the same order; where they stand
	 * is the lines' own reading.
	 */
	private List<Row> rowsOf(List<PeriodTally.Line> lines, List<Long> agencyIds, PeriodView period) {
		if (lines.isEmpty()) {
			return List.of();
		}
		List<Long> ids = lines.stream().map(PeriodTally.Line::assignmentId).toList();
		// A page by its ids; a whole list (the API) as the agency's year, whatever its
		// length (PostgreSQL takes at most 65,535 parameters).
		List<AgencyWork.Item> found = (ids.size() > 1000) ? this.work.of(agencyIds, period.year())
				: this.work.find(ids, agencyIds);
		Map<Long, AgencyWork.Item> items = found.stream()
			.collect(Collectors.toMap(AgencyWork.Item::assignmentId, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		return lines.stream()
			.filter((line) -> items.containsKey(line.assignmentId()))
			.map((line) -> row(items.get(line.assignmentId()), line.progress(), period, today))
			.toList();
	}

	Map<Long, ProgressView> statesOf(long periodId, Collection<AgencyWork.Item> items) {
		List<Long> assignmentIds = items.stream().map(AgencyWork.Item::assignmentId).toList();
		if (assignmentIds.isEmpty()) {
			return Map.of();
		}
		// A long list is read by period, not by a list of ids (PostgreSQL takes at most
		// 65,535 parameters); an agency's few by their ids.
		List<AssignmentProgress> found = (assignmentIds.size() > 1000) ? this.progress.findByPeriodId(periodId)
				: this.progress.findByPeriodIdAndAssignmentIdIn(periodId, assignmentIds);
		return found.stream()
			.collect(Collectors.toMap(AssignmentProgress::getAssignmentId, AssignmentProgress::toView));
	}

	static Row row(AgencyWork.Item item, ProgressView state, PeriodView period, LocalDate today) {
		ProgressView progress = (state != null) ? state : ProgressView.NONE;
		Overdue overdue = Overdue.of(Deadline.parse(item.deadlineText(), item.planYear()), period.dueDate(),
				(state != null) ? state.status() : null, today);
		return new Row(item, progress, overdue);
	}

	/**
	 * One assignment of the agency with where it stands, its updates in the current
	 * period (newest first), and the other agencies on the same task.
	 */
	@Transactional(readOnly = true)
	public Optional<Detail> detail(PortalUser user, long assignmentId) {
		Optional<AgencyWork.Item> found = this.work.find(assignmentId, this.scope.of(user));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		AgencyWork.Item item = found.get();
		Optional<PeriodView> period = currentPeriod();
		if (period.isEmpty()) {
			return Optional.of(new Detail(item, null, ProgressView.NONE, Overdue.NO, List.of(), List.of(), false));
		}
		long periodId = period.get().id();
		ProgressView state = this.progress.findByAssignmentIdAndPeriodId(assignmentId, periodId)
			.map(AssignmentProgress::toView)
			.orElse(null);
		List<UpdateView> history = this.updates
			.findByAssignmentIdAndPeriodIdOrderByCreatedAtDescIdDesc(assignmentId, periodId)
			.stream()
			.map(ProgressUpdate::toView)
			.toList();
		Row row = row(item, state, period.get(), LocalDate.now(this.clock));
		return Optional.of(new Detail(item, period.get(), row.progress(), row.overdue(), history,
				partners(item, periodId), frozen(user.getAgencyId(), periodId)));
	}

	/**
	 * The other agencies on the task with what they reported: the lead consolidates its
	 * coordinators' contributions; a coordinator sees the lead's.
	 */
	private List<Partner> partners(AgencyWork.Item item, long periodId) {
		List<AgencyWork.Item> others = this.work.onTask(item.taskId())
			.stream()
			.filter((other) -> other.assignmentId() != item.assignmentId())
			.toList();
		if (others.isEmpty()) {
			return List.of();
		}
		Map<Long, AgencySummary> names = this.agencies.findAll(others.stream().map(AgencyWork.Item::agencyId).toList());
		Map<Long, AssignmentProgress> states = this.progress
			.findByPeriodIdAndAssignmentIdIn(periodId, others.stream().map(AgencyWork.Item::assignmentId).toList())
			.stream()
			.collect(Collectors.toMap(AssignmentProgress::getAssignmentId, Function.identity()));
		Map<Long, ProgressUpdate> latest = this.updates
			.latest(periodId, others.stream().map(AgencyWork.Item::assignmentId).toList())
			.stream()
			.collect(Collectors.toMap(ProgressUpdate::getAssignmentId, Function.identity()));
		// The lead first, then those who reported, then the rest.
		return others.stream().map((other) -> {
			AgencySummary agency = names.get(other.agencyId());
			AssignmentProgress state = states.get(other.assignmentId());
			ProgressUpdate update = latest.get(other.assignmentId());
			return new Partner((agency != null) ? agency.name() : "#" + other.agencyId(), other.role(),
					(state != null) ? state.toView() : ProgressView.NONE,
					(update != null) ? update.toView().results() : null);
		})
			.sorted(Comparator.comparing((Partner partner) -> !"LEAD".equals(partner.role()))
				.thenComparing((Partner partner) -> partner.progress().revision() == 0))
			.toList();
	}

	private boolean frozen(Long agencyId, long periodId) {
		return agencyId != null
				&& this.reports.findByAgencyIdAndPeriodId(agencyId, periodId).map(AgencyReport::isFrozen).orElse(false);
	}

	/**
	 * Saves an update for the current period; after the due date, or in the grace days,
	 * it is marked late. Refused when no period takes updates, when the agency's report
	 * is submitted, when the page was based on an older revision (conflict), or when the
	 * assignment is not the agency's (404, as for one that does not exist).
	 */
	public ProgressView update(PortalUser user, long assignmentId, ProgressInput input) {
		AgencyWork.Item item = this.work.find(assignmentId, this.scope.of(user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate today = LocalDate.now(this.clock);
		ReportingPeriod period = reportingOn(today)
			.orElseThrow(() -> new PeriodException("progress.update.error.noPeriod"));
		if (frozen(user.getAgencyId(), period.getId())) {
			throw new PeriodException("progress.update.error.submitted");
		}
		AssignmentProgress current = this.progress.lock(assignmentId, period.getId())
			.orElseGet(() -> new AssignmentProgress(assignmentId, period.getId(), user.getAgencyId()));
		if (current.getRevision() != input.basedOn()) {
			throw new ProgressConflictException();
		}
		ProgressView before = current.toView();
		boolean late = period.accepts(today) == ReportingPeriod.Acceptance.LATE;
		ProgressUpdate saved = this.updates.save(new ProgressUpdate(assignmentId, period.getId(), input.status(),
				input.percent(), TypedText.orNull(input.results()), TypedText.orNull(input.difficulties()),
				TypedText.orNull(input.proposals()), late, user.getUsername(), this.clock.instant()));
		current.advanceTo(saved);
		try {
			this.progress.saveAndFlush(current);
		}
		catch (DataIntegrityViolationException ex) {
			// Two first saves of the same assignment at once: the other one won.
			throw new ProgressConflictException();
		}
		this.auditLog.record("PROGRESS_UPDATED", "ASSIGNMENT", assignmentId, describe(before) + " → "
				+ describe(current.toView()) + " (" + item.taskLabel() + " " + abbreviate(item.taskText()) + ")");
		this.publisher.publishEvent(new ReportEvents.ProgressSaved(assignmentId, period.getId(), period.getYear()));
		return current.toView();
	}

	private static String describe(ProgressView view) {
		return (view.revision() == 0) ? "chưa cập nhật" : view.status() + " " + view.percent() + "%";
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 79) + "…";
	}

	/** What "my tasks" is narrowed to. */
	public record Filter(String query, ProgressStatus status, String domain, LocalDate dueBy, boolean unitOnly) {

		public static final Filter NONE = new Filter("", null, null, null, false);

	}

	/** A page of "my tasks" and the period it reports on. */
	public record Listing(PeriodView period, Page<Row> rows) {
	}

	/** A line of "my tasks". */
	public record Row(AgencyWork.Item item, ProgressView progress, Overdue overdue) {
	}

	/** Another agency on the same task, with what it reported in the period. */
	public record Partner(String agencyName, String role, ProgressView progress, String results) {
	}

	/** An assignment with where it stands and its history in the period. */
	public record Detail(AgencyWork.Item item, PeriodView period, ProgressView progress, Overdue overdue,
			List<UpdateView> updates, List<Partner> partners, boolean frozen) {
	}

}
