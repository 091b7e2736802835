package vn.cchc.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.progress.ProgressStatistics.Counts;
import vn.cchc.portal.progress.ProgressStatistics;
import vn.cchc.portal.reform.ReformDomain;
import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.shared.time.PlanYears;
import vn.cchc.portal.users.PortalUser;

/**
 * The figures of a period for leadership (the province) and for an agency head (the
 * agency), each chart one aggregate query ({@link ProgressStatistics}), kept until what
 * feeds it changes ({@link DashboardFigures}).
 */
@Service
class Dashboard {

	/** Years shown in the trend across years, the chosen one included. */
	static final int YEARS_IN_TREND = 5;

	private final ProgressStatistics statistics;

	private final DashboardFigures kept;

	private final ReformDomains domains;

	private final Clock clock;

	Dashboard(ProgressStatistics statistics, DashboardFigures kept, ReformDomains domains, Clock clock) {
		this.statistics = statistics;
		this.kept = kept;
		this.domains = domains;
		this.clock = clock;
	}

	/**
	 * Who sees what: leadership and Sở Nội vụ the province, a head the agency whatever
	 * the address names; officers nothing.
	 */
	static Filter scoped(PortalUser user, Filter filter) {
		return switch (user.getRole()) {
			case LEADER, PLANNER, ADMIN -> filter;
			case AGENCY_HEAD -> new Filter(filter.year(), filter.period(), filter.domain(), null, user.getAgencyId(),
					filter.category(), filter.target());
			default -> throw new AccessDeniedException("Dashboards are for leadership and agency heads");
		};
	}

	/** The year and period a filter names: the latest started period by default. */
	Chosen choose(PortalUser user, Filter asked) {
		Filter filter = scoped(user, asked);
		int year = (filter.year() != null) ? filter.year() : LocalDate.now(this.clock).getYear();
		List<PeriodView> periods = this.kept.startedPeriods(year);
		Optional<PeriodView> period = (filter.period() != null)
				? periods.stream().filter((p) -> p.id().equals(filter.period())).findFirst()
				: periods.stream().findFirst();
		return new Chosen(year, periods, period.orElse(null), filter);
	}

	Board board(PortalUser user, Filter asked, Locale locale) {
		Chosen chosen = choose(user, asked);
		Filter filter = chosen.filter();
		// Charts are shares: they count every category; the category narrows the list.
		ProgressStatistics.Scope charts = new ProgressStatistics.Scope(filter.domain(), filter.kindName(),
				filter.agency(), null, null);
		List<ProgressStatistics.YearTally> years = this.kept.byYear(chosen.year() - YEARS_IN_TREND + 1, chosen.year(),
				charts);
		if (chosen.period() == null) {
			return new Board(chosen, List.of(), Counts.EMPTY, List.of(), List.of(), List.of(), years);
		}
		PeriodView period = chosen.period();
		Map<String, Counts> byCode = this.kept.byDomain(period, charts)
			.stream()
			.collect(Collectors.toMap((tally) -> String.valueOf(tally.key()), ProgressStatistics.Tally::counts));
		List<DomainRow> byDomain = new ArrayList<>();
		for (ReformDomain domain : this.domains.all()) {
			byDomain.add(new DomainRow(domain.code(), domain.name(locale),
					byCode.getOrDefault(domain.code(), Counts.EMPTY)));
		}
		if (byCode.containsKey("null")) {
			byDomain.add(new DomainRow(null, null, byCode.get("null")));
		}
		Counts totals = byDomain.stream().map(DomainRow::counts).reduce(Counts.EMPTY, Counts::plus);
		// The ranking places the chosen agency among all (of the kind): not narrowed to
		// it.
		List<ProgressStatistics.AgencyTally> ranked = this.kept.ranking(period, new ProgressStatistics.Scope(
				filter.domain(), filter.kindName(), isHead(user) ? filter.agency() : null, null, null));
		Map<Long, Counts> byPeriod = this.kept.byPeriod(chosen.year(), chosen.periods(), charts);
		List<PeriodRow> trend = chosen.periods()
			.stream()
			.sorted(Comparator.comparing(PeriodView::kind))
			.map((p) -> new PeriodRow(p, byPeriod.getOrDefault(p.id(), Counts.EMPTY)))
			.toList();
		return new Board(chosen, byDomain, totals, ranked, this.kept.targets(period, charts), trend, years);
	}

	/** A page of the tasks behind a number ({@code size} 0: all, for exports). */
	Tasks tasks(PortalUser user, Filter asked, int page, int size, Locale locale) {
		Chosen chosen = choose(user, asked);
		if (chosen.period() == null) {
			return new Tasks(chosen, new ProgressStatistics.TaskPage(List.of(), 0), Map.of(), Map.of());
		}
		Filter filter = chosen.filter();
		ProgressStatistics.TaskPage lines = this.statistics.tasks(
				chosen.period(), new ProgressStatistics.Scope(filter.domain(), filter.kindName(), filter.agency(),
						filter.category(), filter.target()),
				(int) Math.min((long) Math.max(page, 0) * size, Integer.MAX_VALUE), size);
		Map<Long, List<ProgressStatistics.EvidenceLink>> evidence = (size > 0) ? this.statistics
			.evidenceOf(lines.lines().stream().map(ProgressStatistics.TaskLine::assignmentId).toList()) : Map.of();
		Map<String, String> domainNames = this.domains.all()
			.stream()
			.collect(Collectors.toMap(ReformDomain::code, (domain) -> domain.name(locale)));
		return new Tasks(chosen, lines, evidence, domainNames);
	}

	private static boolean isHead(PortalUser user) {
		return user.getRole() == vn.cchc.portal.users.Role.AGENCY_HEAD;
	}

	/**
	 * What a dashboard is narrowed to; it lives in the address so a view can be shared.
	 * {@code kind} is the agency kind; {@code target} narrows the task list to the tasks
	 * serving a target.
	 */
	record Filter(Integer year, Long period, String domain, AgencyKind kind, Long agency, Category category,
			Long target) {

		Filter {
			// The form's "every domain" choice sends an empty value: no domain filter.
			domain = (domain == null || domain.isBlank()) ? null : domain;
			// A year no plan can have is no year: the current one. Unbounded, the
			// trend's loop over the years never ended.
			year = PlanYears.contains(year) ? year : null;
		}

		String kindName() {
			return (this.kind != null) ? this.kind.name() : null;
		}

	}

	/** The year, its started periods (latest first), the one chosen, the filter. */
	record Chosen(int year, List<PeriodView> periods, PeriodView period, Filter filter) {
	}

	record DomainRow(String code, String name, Counts counts) {
	}

	record PeriodRow(PeriodView period, Counts counts) {
	}

	record Board(Chosen chosen, List<DomainRow> byDomain, Counts totals, List<ProgressStatistics.AgencyTally> agencies,
			List<ProgressStatistics.TargetTally> targets, List<PeriodRow> periodTrend,
			List<ProgressStatistics.YearTally> yearTrend) {

		public int year() {
			return this.chosen.year();
		}

		public PeriodView period() {
			return this.chosen.period();
		}

		public List<PeriodView> periods() {
			return this.chosen.periods();
		}

		public Filter filter() {
			return this.chosen.filter();
		}

		public long submitted() {
			return this.agencies.stream().filter(ProgressStatistics.AgencyTally::submitted).count();
		}

		public long onTime() {
			return this.agencies.stream().filter(ProgressStatistics.AgencyTally::onTime).count();
		}

	}

	/** A page of tasks, their evidence files by assignment, domain names by code. */
	record Tasks(Chosen chosen, ProgressStatistics.TaskPage page,
			Map<Long, List<ProgressStatistics.EvidenceLink>> evidence, Map<String, String> domainNames) {
	}

}
