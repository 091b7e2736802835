package vn.cchc.portal.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures;
import vn.cchc.portal.reform.ReformDomain;
import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.shared.concurrency.Versions;
import vn.cchc.portal.users.PortalUser;

/**
 * The province report of a period: Sở Nội vụ edits its words, leadership reads and
 * downloads it. Agencies never see it here: each has its own report.
 */
@Service
@Transactional
class PeriodicReports {

	private final PeriodicReportRepository reports;

	private final ReportCompiler compiler;

	private final ProgressFigures figures;

	private final ReformDomains domains;

	private final AuditLog auditLog;

	private final Clock clock;

	PeriodicReports(PeriodicReportRepository reports, ReportCompiler compiler, ProgressFigures figures,
			ReformDomains domains, AuditLog auditLog, Clock clock) {
		this.domains = domains;
		this.reports = reports;
		this.compiler = compiler;
		this.figures = figures;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Sở Nội vụ writes the report; administrators stand in for them. */
	static boolean canEdit(PortalUser user) {
		return user.getRole().coordinatesTheProvince();
	}

	static void requireEditor(PortalUser user) {
		if (!canEdit(user)) {
			throw new AccessDeniedException("Only Sở Nội vụ edits the province report");
		}
	}

	/** Leadership reads it too. */
	static void requireReader(PortalUser user) {
		if (!user.getRole().readsEveryAgency()) {
			throw new AccessDeniedException("The province report is for Sở Nội vụ and leadership");
		}
	}

	/**
	 * The period's report: its saved words (or a first draft), and the report counted now
	 * with the words {@code typed} on a form that is shown again, or else with those.
	 */
	@Transactional(readOnly = true)
	Opened open(long periodId, PortalUser user, ReportDraft typed) {
		requireReader(user);
		PeriodView period = period(periodId);
		ReportCompiler.Figures figures = this.compiler.count(period);
		Draft draft = this.reports.findByPeriodId(periodId)
			.map((report) -> new Draft(period, report.toDraft(), report.getUpdatedBy(), report.getUpdatedAt()))
			.orElseGet(() -> new Draft(period,
					(typed != null) ? typed : this.compiler.suggest(period, LocalDate.now(this.clock), figures), null,
					null));
		return new Opened(draft, this.compiler.compile(period, (typed != null) ? typed : draft.words(), figures));
	}

	/**
	 * Saves the words; refused (409) when someone saved since the version the planner
	 * started from.
	 */
	void save(long periodId, ReportDraft words, PortalUser user) {
		requireEditor(user);
		period(periodId);
		PeriodicReport report = this.reports.findByPeriodId(periodId).orElse(null);
		// A first draft has no version: it conflicts with any report saved meanwhile.
		if (report == null) {
			report = new PeriodicReport(periodId);
		}
		else if (words.getVersion() == null) {
			throw new ObjectOptimisticLockingFailureException(PeriodicReport.class, periodId);
		}
		else {
			Versions.require(report.getVersion(), words.getVersion(), PeriodicReport.class, periodId);
		}
		// Only the domains' own texts are kept, whatever else a form sends.
		words.getDomainTexts().keySet().retainAll(this.domains.all().stream().map(ReformDomain::code).toList());
		report.write(words, user.getUsername(), this.clock.instant());
		this.reports.saveAndFlush(report);
		this.auditLog.record("PROVINCE_REPORT_SAVED", "REPORTING_PERIOD", periodId, words.getTitle());
	}

	/** The report with its figures counted now. */
	ProvinceReport compile(long periodId, PortalUser user) {
		return open(periodId, user, null).report();
	}

	private PeriodView period(long periodId) {
		return this.figures.period(periodId)
			.filter((period) -> !"PLANNED".equals(period.status()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The words as saved (or first drafted), and the report to show. */
	record Opened(Draft draft, ProvinceReport report) {
	}

	/** The words, and who saved them last (null for a first draft). */
	record Draft(PeriodView period, ReportDraft words, String updatedBy, java.time.Instant updatedAt) {

		public boolean isSaved() {
			return this.updatedBy != null;
		}

	}

}
