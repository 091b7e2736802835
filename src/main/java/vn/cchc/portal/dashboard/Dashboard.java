package vn.cchc.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures;
import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.reform.ReformDomain;
import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.users.PortalUser;

/**
 * The figures of a period for leadership (the province) and for an agency head (the
 * agency): counted from one line per task and lead agency.
 */
@Service
class Dashboard {

	private final ProgressFigures figures;

	private final ReformDomains domains;

	private final AgencyCatalog agencies;

	private final Clock clock;

	Dashboard(ProgressFigures figures, ReformDomains domains, AgencyCatalog agencies, Clock clock) {
		this.figures = figures;
		this.domains = domains;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Who sees what: leadership and Sở Nội vụ the province, a head the agency. */
	static Filter scoped(PortalUser user, Filter filter) {
		return switch (user.getRole()) {
			case LEADER, PLANNER, ADMIN -> filter;
			case AGENCY_HEAD ->
				new Filter(filter.year(), filter.period(), filter.domain(), user.getAgencyId(), filter.category());
			default -> throw new AccessDeniedException("Dashboards are for leadership and agency heads");
		};
	}

	Board board(PortalUser user, Filter asked, Locale locale) {
		Filter filter = scoped(user, asked);
		int year = (filter.year() != null) ? filter.year() : LocalDate.now(this.clock).getYear();
		List<PeriodView> periods = this.figures.startedPeriods(year);
		Optional<PeriodView> period = (filter.period() != null)
				? periods.stream().filter((p) -> p.id().equals(filter.period())).findFirst()
				: periods.stream().findFirst();
		if (period.isEmpty()) {
			return new Board(year, periods, null, filter, List.of(), List.of(), Counts.EMPTY, List.of(),
					agencyChoices(List.of()));
		}
		List<ProgressFigures.Line> all = this.figures.lines(period.get());
		List<ProgressFigures.Line> lines = all.stream()
			.filter((line) -> filter.domain() == null || filter.domain().equals(line.item().domainCode()))
			.filter((line) -> filter.agency() == null || filter.agency() == line.reportingAgencyId())
			.toList();
		Map<Long, ProgressFigures.ReportState> reports = this.figures.reports(period.get().id());
		Map<Long, AgencySummary> names = this.agencies
			.findAll(all.stream().map(ProgressFigures.Line::reportingAgencyId).distinct().toList());
		List<DomainRow> byDomain = new ArrayList<>();
		for (ReformDomain domain : this.domains.all()) {
			byDomain.add(new DomainRow(domain.code(), domain.name(locale), Counts
				.of(lines.stream().filter((line) -> domain.code().equals(line.item().domainCode())).toList())));
		}
		List<ProgressFigures.Line> noDomain = lines.stream()
			.filter((line) -> line.item().domainCode() == null)
			.toList();
		if (!noDomain.isEmpty()) {
			byDomain.add(new DomainRow(null, null, Counts.of(noDomain)));
		}
		Map<Long, List<ProgressFigures.Line>> byAgency = lines.stream()
			.collect(Collectors.groupingBy(ProgressFigures.Line::reportingAgencyId, LinkedHashMap::new,
					Collectors.toList()));
		List<AgencyRow> ranked = byAgency.entrySet().stream().map((entry) -> {
			AgencySummary agency = names.get(entry.getKey());
			ProgressFigures.ReportState report = reports.get(entry.getKey());
			return new AgencyRow(entry.getKey(), (agency != null) ? agency.name() : "#" + entry.getKey(),
					Counts.of(entry.getValue()), report != null && report.submitted(),
					report != null && report.submitted() && !report.late());
		})
			.sorted(Comparator.comparingDouble((AgencyRow row) -> -row.counts().percentDone())
				.thenComparing((AgencyRow row) -> row.counts().get(Category.OVERDUE))
				.thenComparing(AgencyRow::name))
			.toList();
		return new Board(year, periods, period.get(), filter, byDomain, ranked, Counts.of(lines), lines,
				agencyChoices(names.values()));
	}

	private static List<AgencySummary> agencyChoices(java.util.Collection<AgencySummary> agencies) {
		return agencies.stream().sorted(Comparator.comparing(AgencySummary::name)).toList();
	}

	/**
	 * What a dashboard is narrowed to; it lives in the address so a view can be shared.
	 */
	record Filter(Integer year, Long period, String domain, Long agency, Category category) {

		Filter {
			// The form's "every domain" choice sends an empty value: no domain filter.
			domain = (domain == null || domain.isBlank()) ? null : domain;
		}

	}

	/** Tasks counted by category. */
	record Counts(Map<Category, Integer> byCategory, int total) {

		static final Counts EMPTY = of(List.of());

		static Counts of(List<ProgressFigures.Line> lines) {
			Map<Category, Integer> counts = new EnumMap<>(Category.class);
			for (Category category : Category.values()) {
				counts.put(category, 0);
			}
			lines.forEach((line) -> counts.merge(line.category(), 1, Integer::sum));
			return new Counts(counts, lines.size());
		}

		public int get(Category category) {
			return this.byCategory.get(category);
		}

		public int overdue() {
			return get(Category.OVERDUE);
		}

		public int done() {
			return get(Category.DONE_ON_TIME) + get(Category.DONE_LATE);
		}

		public double percentDone() {
			return (this.total == 0) ? 0 : 100.0 * done() / this.total;
		}

	}

	record DomainRow(String code, String name, Counts counts) {
	}

	record AgencyRow(long id, String name, Counts counts, boolean submitted, boolean onTime) {
	}

	record Board(int year, List<PeriodView> periods, PeriodView period, Filter filter, List<DomainRow> byDomain,
			List<AgencyRow> agencies, Counts totals, List<ProgressFigures.Line> lines,
			List<AgencySummary> agencyChoices) {

		public long submitted() {
			return this.agencies.stream().filter(AgencyRow::submitted).count();
		}

		/** The lines of a category, for the drill-down. */
		public List<ProgressFigures.Line> of(Category category) {
			return (category == null) ? this.lines
					: this.lines.stream().filter((line) -> line.category() == category).toList();
		}

	}

}
