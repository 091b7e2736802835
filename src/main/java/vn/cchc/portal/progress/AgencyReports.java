package vn.cchc.portal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.plans.AgencyWork;
import vn.cchc.portal.shared.concurrency.Versions;
import vn.cchc.portal.shared.text.TypedText;
import vn.cchc.portal.users.PortalUser;
import vn.cchc.portal.users.Role;

/**
 * The agencies' period reports: the head looks over the period, sends items back and
 * submits; Sở Nội vụ sees who submitted, who is late and what is overdue, accepts or
 * returns, and reminds.
 */
@Service
@Transactional
public class AgencyReports {

	static final int MAX_COMMENT = 5000;

	static final int MAX_SUMMARY = 20000;

	private final MyTasks myTasks;

	private final AgencyWork work;

	private final PeriodTally tally;

	private final ReportingScope scope;

	private final AgencyCatalog agencies;

	private final AgencyReportRepository reports;

	private final AgencyReportEventRepository events;

	private final AssignmentProgressRepository progress;

	private final ReportingPeriodRepository periods;

	private final TargetActuals targets;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	AgencyReports(MyTasks myTasks, AgencyWork work, PeriodTally tally, ReportingScope scope, AgencyCatalog agencies,
			AgencyReportRepository reports, AgencyReportEventRepository events, AssignmentProgressRepository progress,
			ReportingPeriodRepository periods, TargetActuals targets, AuditLog auditLog,
			ApplicationEventPublisher publisher, Clock clock) {
		this.myTasks = myTasks;
		this.work = work;
		this.tally = tally;
		this.scope = scope;
		this.agencies = agencies;
		this.reports = reports;
		this.events = events;
		this.progress = progress;
		this.periods = periods;
		this.targets = targets;
		this.auditLog = auditLog;
		this.publisher = publisher;
		this.clock = clock;
	}

	// The agency head

	/** The person's agency in the period being reported, if any. */
	@Transactional(readOnly = true)
	public Optional<AgencyPeriod> ofMyAgency(PortalUser user) {
		Optional<PeriodView> period = this.myTasks.currentPeriod();
		if (period.isEmpty() || !ReportingScope.reports(user)) {
			return Optional.empty();
		}
		return Optional.of(agencyPeriod(period.get(), user.getAgencyId(), this.scope.of(user)));
	}

	/** Sends an updated item back to the officers with what to fix. */
	public void sendBack(PortalUser head, long assignmentId, String comment) {
		requireHead(head);
		requireComment(comment);
		AgencyWork.Item item = this.work.find(assignmentId, this.scope.of(head))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportingPeriod period = currentPeriod();
		AgencyReport report = reportOf(head.getAgencyId(), period.getId());
		if (report.isFrozen()) {
			throw new PeriodException("progress.report.error.status");
		}
		AssignmentProgress state = this.progress.lock(assignmentId, period.getId())
			.orElseThrow(() -> new PeriodException("progress.report.error.nothingToSendBack"));
		state.sendBack(comment.strip(), head.getUsername(), this.clock.instant());
		record(report, AgencyReportEvent.Action.ITEM_SENT_BACK, assignmentId, comment, head);
		this.auditLog.record("PROGRESS_SENT_BACK", "ASSIGNMENT", assignmentId, item.taskLabel() + " " + comment);
		this.publisher.publishEvent(
				new ReportEvents.ItemSentBack(assignmentId, head.getAgencyId(), period.getId(), comment.strip()));
	}

	/**
	 * Submits the agency's report for the period being reported: its updates freeze until
	 * Sở Nội vụ returns it. Late after the due date or in the grace days.
	 */
	public void submit(PortalUser head, long expectedVersion, String summary) {
		requireHead(head);
		ReportingPeriod period = currentPeriod();
		submit(head, reportOf(head.getAgencyId(), period.getId()), period, expectedVersion, summary);
	}

	/** The same, for a report named by its id (the API): only the head's own agency's. */
	public void submit(PortalUser head, long reportId, long expectedVersion, String summary) {
		requireHead(head);
		AgencyReport report = this.reports.findById(reportId)
			.filter((found) -> found.getAgencyId() == head.getAgencyId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportingPeriod period = currentPeriod();
		if (report.getPeriodId() != period.getId()) {
			throw new PeriodException("progress.update.error.noPeriod");
		}
		submit(head, report, period, expectedVersion, summary);
	}

	private void submit(PortalUser head, AgencyReport report, ReportingPeriod period, long expectedVersion,
			String summary) {
		if (summary != null && summary.length() > MAX_SUMMARY) {
			throw new ReportInputException("form.tooLong");
		}
		Versions.require(report.getVersion(), expectedVersion, AgencyReport.class, report.getId());
		LocalDate today = LocalDate.now(this.clock);
		report.submit(TypedText.orNull(summary), this.clock.instant(),
				period.accepts(today) == ReportingPeriod.Acceptance.LATE);
		this.reports.saveAndFlush(report);
		record(report, AgencyReportEvent.Action.SUBMITTED, null, TypedText.orNull(summary), head);
		this.auditLog.record("REPORT_SUBMITTED", "AGENCY_REPORT", report.getId(), null);
		this.publisher
			.publishEvent(new ReportEvents.ReportSubmitted(report.getId(), head.getAgencyId(), period.getId()));
	}

	/**
	 * The agency's report for the period being reported, created (not started) the first
	 * time it is asked for, so that it has an id to act on.
	 */
	public ReportView mine(PortalUser user) {
		if (!ReportingScope.reports(user)) {
			// Not an agency's officer or head: there is no report of theirs.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return view(reportOf(user.getAgencyId(), currentPeriod().getId()));
	}

	// Sở Nội vụ

	/**
	 * Every agency with work in the period's year: its report's status, how far its
	 * assignments are, and how many are overdue; those not submitted first.
	 */
	@Transactional(readOnly = true)
	public Review review(PortalUser user, long periodId) {
		requireReviewer(user);
		PeriodView period = period(periodId);
		// Counted from groups of alike assignments, not from the year's every assignment.
		List<PeriodTally.Group> groups = this.tally.groups(period);
		Map<Long, Long> reporting = this.agencies
			.reportingAgencies(groups.stream().map(PeriodTally.Group::agencyId).collect(Collectors.toSet()));
		Map<Long, AgencyReport> byAgency = this.reports.findByPeriodId(periodId)
			.stream()
			.collect(Collectors.toMap(AgencyReport::getAgencyId, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Counts.Builder> counts = new LinkedHashMap<>();
		for (PeriodTally.Group group : groups) {
			PeriodTally.State state = group.state();
			counts.computeIfAbsent(reporting.get(group.agencyId()), (id) -> new Counts.Builder())
				.add((state != null) ? state.revision() : 0, (state != null) ? state.status() : null,
						state != null && state.sentBack(), group.overdue(period, today).isOverdue(), group.count());
		}
		Map<Long, AgencySummary> names = this.agencies.findAll(counts.keySet());
		List<Standing> standings = counts.entrySet().stream().map((entry) -> {
			AgencyReport report = byAgency.get(entry.getKey());
			AgencySummary agency = names.get(entry.getKey());
			return new Standing(entry.getKey(), (agency != null) ? agency.name() : "#" + entry.getKey(),
					(report != null) ? report.getStatus().name() : "DRAFT",
					(report != null) ? report.getSubmittedAt() : null, report != null && report.isLate(),
					entry.getValue().build());
		})
			.sorted(Comparator.comparing((Standing s) -> s.submitted())
				.thenComparing((Standing s) -> -s.counts().overdue())
				.thenComparing(Standing::agencyName))
			.toList();
		boolean pastDue = today.isAfter(period.dueDate());
		return new Review(period, standings, pastDue);
	}

	/** One agency's period as Sở Nội vụ reviews it. */
	@Transactional(readOnly = true)
	public AgencyPeriod ofAgency(PortalUser user, long periodId, long agencyId) {
		requireReviewer(user);
		PeriodView period = period(periodId);
		if (this.agencies.find(agencyId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return agencyPeriod(period, agencyId, this.agencies.withUnits(agencyId));
	}

	public void accept(PortalUser planner, long periodId, long agencyId, long expectedVersion, String comment) {
		requirePlanner(planner);
		accept(planner, reportIdOf(periodId, agencyId), expectedVersion, comment);
	}

	public void accept(PortalUser planner, long reportId, long expectedVersion, String comment) {
		requirePlanner(planner);
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw new ReportInputException("progress.report.error.comment");
		}
		AgencyReport report = submittedReport(reportId, expectedVersion);
		report.accept();
		this.reports.saveAndFlush(report);
		record(report, AgencyReportEvent.Action.ACCEPTED, null, TypedText.orNull(comment), planner);
		this.auditLog.record("REPORT_ACCEPTED", "AGENCY_REPORT", report.getId(), TypedText.orNull(comment));
		this.publisher
			.publishEvent(new ReportEvents.ReportAccepted(report.getId(), report.getAgencyId(), report.getPeriodId()));
	}

	public void returnToAgency(PortalUser planner, long periodId, long agencyId, long expectedVersion, String comment) {
		requirePlanner(planner);
		returnToAgency(planner, reportIdOf(periodId, agencyId), expectedVersion, comment);
	}

	/** Returns a submitted report with what to fix: it is editable again. */
	public void returnToAgency(PortalUser planner, long reportId, long expectedVersion, String comment) {
		requirePlanner(planner);
		requireComment(comment);
		AgencyReport report = submittedReport(reportId, expectedVersion);
		report.returnToAgency();
		this.reports.saveAndFlush(report);
		record(report, AgencyReportEvent.Action.RETURNED, null, comment.strip(), planner);
		this.auditLog.record("REPORT_RETURNED", "AGENCY_REPORT", report.getId(), comment.strip());
		this.publisher.publishEvent(new ReportEvents.ReportReturned(report.getId(), report.getAgencyId(),
				report.getPeriodId(), comment.strip()));
	}

	/**
	 * Reminds agencies whose report is expected (all that have not submitted when none is
	 * named); those already submitted are skipped.
	 */
	public int remind(PortalUser planner, long periodId, Collection<Long> agencyIds) {
		requirePlanner(planner);
		Review review = review(planner, periodId);
		// Only agencies with work in the period: another id sent names no report.
		Set<Long> ofPeriod = review.standings().stream().map(Standing::agencyId).collect(Collectors.toSet());
		Collection<Long> chosen = agencyIds.isEmpty() ? review.notSubmitted()
				: agencyIds.stream().filter(ofPeriod::contains).toList();
		period(periodId);
		List<Long> reminded = chosen.stream().distinct().filter((agencyId) -> {
			AgencyReport report = reportOf(agencyId, periodId);
			if (report.isFrozen()) {
				return false;
			}
			record(report, AgencyReportEvent.Action.REMINDED, null, null, planner);
			return true;
		}).toList();
		if (!reminded.isEmpty()) {
			this.auditLog.record("REPORT_REMINDED", "REPORTING_PERIOD", periodId, reminded.size() + " cơ quan");
			this.publisher.publishEvent(new ReportEvents.AgenciesReminded(periodId, reminded));
		}
		return reminded.size();
	}

	// Shared

	private AgencyPeriod agencyPeriod(PeriodView period, long agencyId, List<Long> agencyIds) {
		List<AgencyWork.Item> items = this.work.of(agencyIds, period.year());
		// Where each stands from the period's lean reading, not hundreds of entities.
		Map<Long, ProgressView> states = new HashMap<>();
		for (PeriodTally.Line line : this.tally.lines(agencyIds, period, null, null, null, false)) {
			if (line.progress() != null) {
				states.put(line.assignmentId(), line.progress());
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		List<MyTasks.Row> rows = items.stream()
			.map((item) -> MyTasks.row(item, states.get(item.assignmentId()), period, today))
			.toList();
		Counts.Builder counts = new Counts.Builder();
		rows.forEach(counts::add);
		ReportView report = this.reports.findByAgencyIdAndPeriodId(agencyId, period.id())
			.map(this::view)
			.orElse(ReportView.NOT_STARTED);
		String name = this.agencies.find(agencyId).map(AgencySummary::name).orElse("#" + agencyId);
		return new AgencyPeriod(period, agencyId, name, report, rows, counts.build(),
				this.targets.of(agencyId, period));
	}

	private ReportView view(AgencyReport report) {
		return new ReportView(report.getId(), report.getStatus().name(), report.getSummary(), report.getSubmittedAt(),
				report.isLate(), report.getVersion(),
				this.events.findByReportIdOrderByAtDescIdDesc(report.getId())
					.stream()
					.map(AgencyReportEvent::toView)
					.toList());
	}

	private AgencyReport reportOf(long agencyId, long periodId) {
		return this.reports.findByAgencyIdAndPeriodId(agencyId, periodId)
			.orElseGet(() -> this.reports.saveAndFlush(new AgencyReport(agencyId, periodId)));
	}

	private long reportIdOf(long periodId, long agencyId) {
		return this.reports.findByAgencyIdAndPeriodId(agencyId, periodId)
			.map(AgencyReport::getId)
			.orElseThrow(() -> new PeriodException("progress.report.error.status"));
	}

	private AgencyReport submittedReport(long reportId, long expectedVersion) {
		AgencyReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Versions.require(report.getVersion(), expectedVersion, AgencyReport.class, report.getId());
		return report;
	}

	private static void requireComment(String comment) {
		if (comment == null || comment.isBlank() || comment.length() > MAX_COMMENT) {
			throw new ReportInputException("progress.report.error.comment");
		}
	}

	private void record(AgencyReport report, AgencyReportEvent.Action action, Long assignmentId, String comment,
			PortalUser actor) {
		this.events.save(new AgencyReportEvent(report.getId(), action, assignmentId, comment, actor.getUsername(),
				this.clock.instant()));
	}

	private ReportingPeriod currentPeriod() {
		return this.myTasks.reportingOn(LocalDate.now(this.clock))
			.orElseThrow(() -> new PeriodException("progress.update.error.noPeriod"));
	}

	private PeriodView period(long periodId) {
		return this.periods.findById(periodId)
			.map(ReportingPeriod::toView)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void requireHead(PortalUser user) {
		if (user.getRole() != Role.AGENCY_HEAD || user.getAgencyId() == null) {
			throw new AccessDeniedException("Only the agency head submits");
		}
	}

	private static void requirePlanner(PortalUser user) {
		if (!user.getRole().coordinatesTheProvince()) {
			throw new AccessDeniedException("Only Sở Nội vụ reviews");
		}
	}

	private static void requireReviewer(PortalUser user) {
		if (!user.getRole().readsEveryAgency()) {
			throw new AccessDeniedException("Only Sở Nội vụ and leadership review");
		}
	}

	/** How far an agency's assignments are in a period. */
	public record Counts(int total, int notUpdated, int inProgress, int done, int overdue, int sentBack) {

		public int percentDone() {
			return (this.total == 0) ? 0 : Math.round(100f * this.done / this.total);
		}

		static final class Builder {

			private int total;

			private int notUpdated;

			private int inProgress;

			private int done;

			private int overdue;

			private int sentBack;

			void add(MyTasks.Row row) {
				ProgressView state = row.progress();
				add(state.revision(), state.status(), state.isSentBack(), row.overdue().isOverdue(), 1);
			}

			/** {@code count} assignments alike in where they stand. */
			void add(int revision, ProgressStatus status, boolean sentBack, boolean overdue, int count) {
				this.total += count;
				if (revision == 0) {
					this.notUpdated += count;
				}
				else if (status.isClosed()) {
					this.done += count;
				}
				else {
					this.inProgress += count;
				}
				if (overdue) {
					this.overdue += count;
				}
				if (sentBack) {
					this.sentBack += count;
				}
			}

			Counts build() {
				return new Counts(this.total, this.notUpdated, this.inProgress, this.done, this.overdue, this.sentBack);
			}

		}

	}

	/** An agency's period: its report, its assignments and where they stand. */
	public record AgencyPeriod(PeriodView period, long agencyId, String agencyName, ReportView report,
			List<MyTasks.Row> rows, Counts counts, List<TargetActuals.TargetRow> targets) {
	}

	/** An agency in Sở Nội vụ's review of a period. */
	public record Standing(long agencyId, String agencyName, String status, java.time.Instant submittedAt, boolean late,
			Counts counts) {

		public boolean submitted() {
			return Objects.equals(this.status, "SUBMITTED") || Objects.equals(this.status, "ACCEPTED");
		}

	}

	/** Sở Nội vụ's view of a period. */
	public record Review(PeriodView period, List<Standing> standings, boolean pastDue) {

		public long submittedCount() {
			return this.standings.stream().filter(Standing::submitted).count();
		}

		public List<Long> notSubmitted() {
			return this.standings.stream().filter((s) -> !s.submitted()).map(Standing::agencyId).toList();
		}

	}

}
