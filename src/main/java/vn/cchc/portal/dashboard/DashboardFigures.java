package vn.cchc.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.cchc.portal.agencies.AgenciesMerged;
import vn.cchc.portal.agencies.AgencyDirectoryChanged;
import vn.cchc.portal.plans.PlanStatusChanged;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures;
import vn.cchc.portal.progress.ProgressStatistics;
import vn.cchc.portal.progress.ProgressStatistics.Counts;
import vn.cchc.portal.progress.ProgressStatistics.Scope;
import vn.cchc.portal.progress.ReportEvents;

/**
 * The dashboard's figures, counted once ({@link ProgressStatistics}: tens to hundreds of
 * milliseconds a chart on a large province) and kept until something that feeds them
 * changes.
 * <p>
 * Every entry is keyed by what it counts and by the <em>generations</em> of what it was
 * counted from: everything (agencies, periods opened, closed or rescheduled), the year's
 * plans (issued, amended, closed), and the progress of its period (updates, reports,
 * target values) or, for a year's share done, of its year. A change bumps its generation
 * after its transaction commits, so the next request looks under a new key and counts
 * afresh; a count that raced with the change was filed under the old generation, where no
 * one looks any more. Figures of closed periods and past years are therefore kept as long
 * as nothing changes them (a closed period can be reopened or still take late reports in
 * its grace days: then it is counted again, like the current one). The figures of a
 * period also depend on the day (what is overdue), which is part of their key.
 * <p>
 * The cache is bounded by the rows it holds (an agency ranking weighs one per agency), so
 * old generations and rarely seen filters fall out.
 */
@Component
class DashboardFigures {

	private final ProgressStatistics statistics;

	private final ProgressFigures figures;

	private final Clock clock;

	private final Cache<Key, Object> cache;

	private final AtomicLong everything = new AtomicLong();

	private final Map<Integer, AtomicLong> plansOfYear = new ConcurrentHashMap<>();

	private final Map<Integer, AtomicLong> progressOfYear = new ConcurrentHashMap<>();

	private final Map<Long, AtomicLong> progressOfPeriod = new ConcurrentHashMap<>();

	DashboardFigures(ProgressStatistics statistics, ProgressFigures figures, Clock clock,
			@Value("${cchc.dashboard.cached-rows:50000}") long cachedRows) {
		this.statistics = statistics;
		this.figures = figures;
		this.clock = clock;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(cachedRows)
			.weigher((Key key, Object value) -> 1 + ((value instanceof List<?> rows) ? rows.size() : 0))
			.build();
	}

	List<ProgressStatistics.Tally> byDomain(PeriodView period, Scope scope) {
		return ofPeriod("domain", period, scope, () -> this.statistics.byDomain(period, scope));
	}

	/**
	 * The year's started periods, latest first: asked on every view, changed only by a
	 * period opened, closed or rescheduled.
	 */
	@SuppressWarnings("unchecked")
	List<PeriodView> startedPeriods(int year) {
		return (List<PeriodView>) this.cache.get(new Key("periods", year, 0, null, null, this.everything.get(), 0, 0),
				(key) -> this.figures.startedPeriods(year));
	}

	/**
	 * The reporting agencies by share done (the highest first), then fewest overdue, then
	 * name.
	 */
	List<ProgressStatistics.AgencyTally> ranking(PeriodView period, Scope scope) {
		return ofPeriod("agency", period, scope, () -> this.statistics.byAgency(period, scope)
			.stream()
			.sorted(Comparator.comparingDouble((ProgressStatistics.AgencyTally row) -> -row.counts().percentDone())
				.thenComparingInt((row) -> row.counts().overdue())
				.thenComparing(ProgressStatistics.AgencyTally::name))
			.toList());
	}

	List<ProgressStatistics.TargetTally> targets(PeriodView period, Scope scope) {
		return ofPeriod("target", period, scope, () -> this.statistics.targets(period, scope));
	}

	/**
	 * The counts of each period of a year, by period id; the periods not yet kept are
	 * counted together in one query.
	 */
	Map<Long, Counts> byPeriod(int year, List<PeriodView> periods, Scope scope) {
		Map<Key, Long> keys = new LinkedHashMap<>();
		for (PeriodView period : periods) {
			keys.put(periodKey("period", period, scope), period.id());
		}
		Map<Key, Object> found = this.cache.getAll(keys.keySet(), (missing) -> {
			Map<String, Counts> counted = this.statistics
				.byPeriod(year, missing.stream().map(keys::get).toList(), scope)
				.stream()
				.collect(Collectors.toMap(ProgressStatistics.Tally::key, ProgressStatistics.Tally::counts));
			return missing.stream()
				.collect(Collectors.toMap(Function.identity(),
						(key) -> counted.getOrDefault(String.valueOf(keys.get(key)), Counts.EMPTY)));
		});
		Map<Long, Counts> byId = new HashMap<>();
		found.forEach((key, counts) -> byId.put(keys.get(key), (Counts) counts));
		return byId;
	}

	/**
	 * The share done of each year from {@code from} to {@code to} that has plans; the
	 * years not yet kept are counted together in one query.
	 */
	@SuppressWarnings("unchecked")
	List<ProgressStatistics.YearTally> byYear(int from, int to, Scope scope) {
		Map<Key, Integer> keys = new LinkedHashMap<>();
		for (int year = from; year <= to; year++) {
			keys.put(new Key("year", year, 0, scope, null, this.everything.get(), generation(this.plansOfYear, year),
					generation(this.progressOfYear, year)), year);
		}
		Map<Key, Object> found = this.cache.getAll(keys.keySet(), (missing) -> {
			Set<Integer> years = missing.stream().map(keys::get).collect(Collectors.toSet());
			Map<Integer, ProgressStatistics.YearTally> counted = this.statistics
				.byYear(years.stream().min(Integer::compare).orElseThrow(),
						years.stream().max(Integer::compare).orElseThrow(), scope)
				.stream()
				.collect(Collectors.toMap(ProgressStatistics.YearTally::year, Function.identity()));
			return missing.stream()
				.collect(Collectors.toMap(Function.identity(),
						(key) -> Optional.ofNullable(counted.get(keys.get(key)))));
		});
		List<ProgressStatistics.YearTally> years = new ArrayList<>();
		for (Key key : keys.keySet()) {
			((Optional<ProgressStatistics.YearTally>) found.get(key)).ifPresent(years::add);
		}
		return years;
	}

	@SuppressWarnings("unchecked")
	private <T> T ofPeriod(String chart, PeriodView period, Scope scope, Supplier<T> count) {
		return (T) this.cache.get(periodKey(chart, period, scope), (key) -> count.get());
	}

	/** Generations are read before counting: a change committed meanwhile bumps past. */
	private Key periodKey(String chart, PeriodView period, Scope scope) {
		return new Key(chart, period.year(), period.id(), scope, LocalDate.now(this.clock), this.everything.get(),
				generation(this.plansOfYear, period.year()), generation(this.progressOfPeriod, period.id()));
	}

	private static <K> long generation(Map<K, AtomicLong> generations, K of) {
		AtomicLong generation = generations.get(of);
		return (generation != null) ? generation.get() : 0;
	}

	private static <K> void bump(Map<K, AtomicLong> generations, K of) {
		generations.computeIfAbsent(of, (key) -> new AtomicLong()).incrementAndGet();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ProgressSaved saved) {
		bump(this.progressOfPeriod, saved.periodId());
		bump(this.progressOfYear, saved.year());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ReportSubmitted submitted) {
		bump(this.progressOfPeriod, submitted.periodId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ReportReturned returned) {
		bump(this.progressOfPeriod, returned.periodId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ReportAccepted accepted) {
		bump(this.progressOfPeriod, accepted.periodId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.ItemSentBack sentBack) {
		bump(this.progressOfPeriod, sentBack.periodId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.TargetValueRecorded recorded) {
		bump(this.progressOfPeriod, recorded.periodId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PlanStatusChanged changed) {
		bump(this.plansOfYear, changed.year());
	}

	/**
	 * Which periods are started, their dates and the agencies' names and parents reach
	 * every figure: these rare changes start everything afresh.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.PeriodOpened opened) {
		this.everything.incrementAndGet();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.PeriodClosed closed) {
		this.everything.incrementAndGet();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvents.PeriodScheduled scheduled) {
		this.everything.incrementAndGet();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AgencyDirectoryChanged changed) {
		this.everything.incrementAndGet();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AgenciesMerged merged) {
		this.everything.incrementAndGet();
	}

	/**
	 * A kept figure: the chart, its year and period (0 for a year's share), the filters,
	 * the day (null when the day does not matter) and the generations it was counted at.
	 */
	private record Key(String chart, int year, long period, Scope scope, LocalDate day, long everything, long plans,
			long progress) {
	}

}
