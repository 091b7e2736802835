package vn.cchc.portal.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.shared.deadline.Deadline;
import vn.cchc.portal.shared.text.VietnameseNumbers;

/**
 * A year's progress counted in the database for dashboards: one aggregate query per chart
 * (GROUP BY), never the year's rows loaded into Java, so a large province's 15,000 lead
 * assignments a year cost one scan. Counts one line per task and lead agency of the
 * year's issued (or, for past years, closed) plans, attributed to the agency that reports
 * it (a unit's work to its agency), with the same categories as {@link ProgressFigures}
 * and the one overdue rule of {@link Overdue}.
 * <p>
 * Overdue depends on how a deadline's wording reads ({@link Deadline}), which only Java
 * knows: the year's few hundred distinct wordings are read here (one small query before
 * each chart's) and passed to the query as a small JSON table of due dates and "reported
 * every period" flags.
 */
@Service
@Transactional(readOnly = true)
public class ProgressStatistics {

	/**
	 * The lines of the year's plans in the periods asked, with their category; the
	 * narrowing ({@code and …}) is appended, then wrapped by each chart's query.
	 */
	private static final String LINES = """
			select a.id as assignment_id, t.id as task_id, p.id as plan_id, p.title as plan_title,
			       s.domain_code, t.label as task_label, t.text as task_text, t.deadline_text, r.due,
			       rep.id as agency_id, rep.name as agency_name, rep.kind as agency_kind, pr.id as period_id,
			       ap.percent, ap.updated_at,
			       case when ap.status in ('DONE_ON_TIME', 'DONE_LATE', 'SUSPENDED') then ap.status
			            when r.due < :today or (r.every and ap.id is null and :today > pr.due_date) then 'OVERDUE'
			            when ap.status = 'IN_PROGRESS' then 'IN_PROGRESS'
			            else 'NOT_STARTED' end as category
			from plan p
			join plan_task t on t.plan_id = p.id and t.deleted_at is null
			join plan_section s on s.id = t.section_id
			join assignment a on a.task_id = t.id and a.active and a.role = 'LEAD'
			join agency ag on ag.id = a.agency_id
			join agency rep on rep.id = case when ag.kind = 'INTERNAL_UNIT' and ag.parent_id is not null
			                                 then ag.parent_id else ag.id end
			join reporting_period pr on pr.plan_year = p.plan_year and pr.id in (:periods)
			left join assignment_progress ap on ap.assignment_id = a.id and ap.period_id = pr.id
			left join jsonb_to_recordset(cast(:readings as jsonb)) as r (wording text, due date, every boolean)
			       on r.wording = t.deadline_text
			where p.plan_year = :year and p.status in ('ISSUED', 'CLOSED')
			""";

	/** The (target, reporting agency) pairs a year's targets expect a value from. */
	private static final String EXPECTED = """
			with target as (
			    select g.* from plan_target g join plan p on p.id = g.plan_id
			    where p.plan_year = :year and p.status in ('ISSUED', 'CLOSED')),
			worker as (
			    select tt.target_id, a.agency_id from plan_task_target tt
			    join target g on g.id = tt.target_id
			    join assignment a on a.task_id = tt.task_id and a.active
			    union
			    select g.id, a.agency_id from target g
			    join plan_task t on t.plan_id = g.plan_id and t.deleted_at is null
			    join assignment a on a.task_id = t.id and a.active
			    where g.level = 'AGENCY'),
			expected as (
			    select distinct w.target_id, rep.id as agency_id, rep.kind as agency_kind from worker w
			    join agency ag on ag.id = w.agency_id
			    join agency rep on rep.id = case when ag.kind = 'INTERNAL_UNIT' and ag.parent_id is not null
			                                     then ag.parent_id else ag.id end)
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ProgressStatistics(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Tasks of a period by domain and category. */
	public List<Tally> byDomain(PeriodView period, Scope scope) {
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		lines(period.year(), List.of(period.id()), scope,
				"select domain_code as key, category, count(*) as n from (%s) l %s group by domain_code, category")
			.query((rs) -> {
				counts.computeIfAbsent(rs.getString("key"), (key) -> new HashMap<>())
					.put(rs.getString("category"), rs.getInt("n"));
			});
		return tallies(counts);
	}

	/** Tasks of each started period of a year by category: the year's trend. */
	public List<Tally> byPeriod(int year, List<Long> periodIds, Scope scope) {
		if (periodIds.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		lines(year, periodIds, scope,
				"select cast(period_id as text) as key, category, count(*) as n from (%s) l %s group by period_id, category")
			.query((rs) -> {
				counts.computeIfAbsent(rs.getString("key"), (key) -> new HashMap<>())
					.put(rs.getString("category"), rs.getInt("n"));
			});
		return tallies(counts);
	}

	/**
	 * Each reporting agency's tasks in a period by category, with its period report:
	 * submitted (or accepted) and whether on time.
	 */
	public List<AgencyTally> byAgency(PeriodView period, Scope scope) {
		Map<Long, AgencyTally> agencies = new LinkedHashMap<>();
		Map<Long, Map<String, Integer>> counts = new HashMap<>();
		lines(period.year(), List.of(period.id()), scope, """
				select l.agency_id, l.agency_name, l.category, count(*) as n, r.status as report_status, r.late,
				       r.submitted_at
				from (%s) l
				left join agency_report r on r.agency_id = l.agency_id and r.period_id = :period
				%s
				group by l.agency_id, l.agency_name, l.category, r.status, r.late, r.submitted_at
				""").param("period", period.id()).query((rs) -> {
			long agency = rs.getLong("agency_id");
			String name = rs.getString("agency_name");
			String report = rs.getString("report_status");
			boolean submitted = "SUBMITTED".equals(report) || "ACCEPTED".equals(report);
			boolean onTime = submitted && !rs.getBoolean("late");
			agencies.computeIfAbsent(agency, (id) -> new AgencyTally(id, name, null, submitted, onTime));
			counts.computeIfAbsent(agency, (id) -> new HashMap<>()).put(rs.getString("category"), rs.getInt("n"));
		});
		return agencies.values()
			.stream()
			.map((agency) -> new AgencyTally(agency.agencyId(), agency.name(), Counts.of(counts.get(agency.agencyId())),
					agency.submitted(), agency.onTime()))
			.toList();
	}

	/**
	 * The share done in each year from {@code from} to {@code to} that has plans, counted
	 * in the year's latest started period (its status is where the year ended).
	 */
	public List<YearTally> byYear(int from, int to, Scope scope) {
		Map<String, Object> params = new HashMap<>();
		String narrowing = narrowing(scope, params, false);
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				select p.plan_year, count(*) as total,
				       count(*) filter (where ap.status in ('DONE_ON_TIME', 'DONE_LATE')) as done,
				       count(*) filter (where ap.status = 'SUSPENDED') as suspended,
				       exists (select 1 from reporting_period r where r.plan_year = p.plan_year
				               and r.status <> 'PLANNED') as reported
				from plan p
				join plan_task t on t.plan_id = p.id and t.deleted_at is null
				join plan_section s on s.id = t.section_id
				join assignment a on a.task_id = t.id and a.active and a.role = 'LEAD'
				join agency ag on ag.id = a.agency_id
				join agency rep on rep.id = case when ag.kind = 'INTERNAL_UNIT' and ag.parent_id is not null
				                                 then ag.parent_id else ag.id end
				-- Each year's last started period, as an array computed once: the progress rows
				-- of those periods are then read by index (a join on a CTE scanned them all).
				left join assignment_progress ap on ap.assignment_id = a.id and ap.period_id = any(array(
				    select distinct on (plan_year) id from reporting_period
				    where status <> 'PLANNED' and plan_year between :from and :to
				    order by plan_year, cutoff_to desc))
				where p.plan_year between :from and :to and p.status in ('ISSUED', 'CLOSED') %s
				group by p.plan_year order by p.plan_year
				""".formatted(narrowing)).param("from", from).param("to", to);
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement
			.query((rs, row) -> new YearTally(rs.getInt("plan_year"), rs.getInt("total"), rs.getInt("done"),
					rs.getInt("suspended"), rs.getBoolean("reported")))
			.list();
	}

	/**
	 * Each target of the year's plans with how many of the agencies expected to report it
	 * met it, missed it, reported a value that cannot be compared (the target has no
	 * number) or reported nothing in the period; the value itself when one agency
	 * reported.
	 */
	public List<TargetTally> targets(PeriodView period, Scope scope) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (scope.agency() != null) {
			conditions.add("e.agency_id = :agency");
			params.put("agency", scope.agency());
		}
		if (scope.agencyKind() != null) {
			conditions.add("e.agency_kind = :agencyKind");
			params.put("agencyKind", scope.agencyKind());
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(EXPECTED + """
				, judged as (
				    select e.target_id, e.agency_id, x.value,
				           case when x.value is null then 'NOT_REPORTED'
				                when g.comparator is null or g.target_value is null then 'NOT_COMPARABLE'
				                when (g.comparator = 'GE' and x.value >= g.target_value)
				                  or (g.comparator = 'LE' and x.value <= g.target_value)
				                  or (g.comparator = 'EQ' and x.value = g.target_value) then 'MET'
				                else 'NOT_MET' end as attainment
				    from expected e
				    join target g on g.id = e.target_id
				    left join lateral (
				        select value from target_actual x
				        where x.agency_id = e.agency_id and x.period_id = :period and x.target_id = e.target_id
				        order by x.recorded_at desc, x.id desc limit 1) x on true
				    %s)
				select g.id, g.plan_id, g.label, g.wording, g.comparator, g.target_value, g.unit,
				       count(*) filter (where j.attainment = 'MET') as met,
				       count(*) filter (where j.attainment = 'NOT_MET') as not_met,
				       count(*) filter (where j.attainment = 'NOT_COMPARABLE') as not_comparable,
				       count(*) filter (where j.attainment = 'NOT_REPORTED') as not_reported,
				       case when count(j.value) = 1 then max(j.value) end as actual,
				       case when g.comparator = 'LE' then max(j.value) else min(j.value) end as worst
				from judged j join target g on g.id = j.target_id
				group by g.id, g.plan_id, g.position, g.label, g.wording, g.comparator, g.target_value, g.unit
				order by g.plan_id, g.position
				""".formatted(conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions)))
			.param("year", period.year())
			.param("period", period.id());
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement
			.query((rs, row) -> new TargetTally(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("label"),
					rs.getString("wording"), rs.getString("comparator"), rs.getBigDecimal("target_value"),
					rs.getString("unit"), rs.getInt("met"), rs.getInt("not_met"), rs.getInt("not_comparable"),
					rs.getInt("not_reported"), rs.getBigDecimal("actual"), rs.getBigDecimal("worst")))
			.list();
	}

	/**
	 * The tasks behind a number, in plan order, a page at a time ({@code limit} 0: all of
	 * them, for exports), with the number of evidence files of each.
	 */
	public TaskPage tasks(PeriodView period, Scope scope, int offset, int limit) {
		List<TaskLine> lines = new ArrayList<>();
		int[] total = { 0 };
		lines(period.year(), List.of(period.id()), scope, """
				select l.*, count(*) over () as total,
				       (select count(*) from evidence e where e.assignment_id = l.assignment_id) as evidence
				from (%s) l %s
				order by l.plan_id, l.task_id, l.assignment_id
				""" + ((limit > 0) ? " offset " + offset + " limit " + limit : "")).query((rs) -> {
			total[0] = rs.getInt("total");
			OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
			int percent = rs.getInt("percent");
			Integer reported = rs.wasNull() ? null : percent;
			lines.add(new TaskLine(rs.getLong("assignment_id"), rs.getLong("task_id"), rs.getLong("plan_id"),
					rs.getString("plan_title"), rs.getString("domain_code"), rs.getString("task_label"),
					rs.getString("task_text"), rs.getString("deadline_text"), rs.getObject("due", LocalDate.class),
					rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("agency_kind"),
					rs.getString("category"), reported, (updated != null) ? updated.toInstant() : null,
					rs.getInt("evidence")));
		});
		return new TaskPage(lines, total[0]);
	}

	/** The evidence files of these assignments, newest first, in one query. */
	public Map<Long, List<EvidenceLink>> evidenceOf(List<Long> assignmentIds) {
		if (assignmentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<EvidenceLink>> byAssignment = new HashMap<>();
		this.jdbc.sql("""
				select id, assignment_id, file_name, title from evidence
				where assignment_id in (:ids) order by uploaded_at desc, id desc
				""").param("ids", assignmentIds).query((rs) -> {
			long assignment = rs.getLong("assignment_id");
			EvidenceLink link = new EvidenceLink(rs.getLong("id"), rs.getString("file_name"), rs.getString("title"));
			byAssignment.computeIfAbsent(assignment, (id) -> new ArrayList<>()).add(link);
		});
		return byAssignment;
	}

	/**
	 * One query over the lines: {@code sql} has two {@code %s}, for the lines and for the
	 * outer narrowing by category.
	 */
	private JdbcClient.StatementSpec lines(int year, List<Long> periodIds, Scope scope, String sql) {
		Map<String, Object> params = new HashMap<>();
		String narrowing = narrowing(scope, params, true);
		String outer = "";
		if (scope.category() != null) {
			outer = "where l.category = :category";
			params.put("category", scope.category().name());
		}
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.formatted(LINES + narrowing, outer))
			.param("year", year)
			.param("periods", periodIds)
			.param("today", LocalDate.now(this.clock))
			.param("readings", readings(year));
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement;
	}

	/** The conditions of a scope on the lines (aliases s, rep, t). */
	private static String narrowing(Scope scope, Map<String, Object> params, boolean byTarget) {
		StringBuilder where = new StringBuilder();
		Consumer<String> and = (condition) -> where.append(" and ").append(condition);
		if (scope.domain() != null) {
			and.accept("s.domain_code = :domain");
			params.put("domain", scope.domain());
		}
		if (scope.agencyKind() != null) {
			and.accept("rep.kind = :agencyKind");
			params.put("agencyKind", scope.agencyKind());
		}
		if (scope.agency() != null) {
			and.accept("rep.id = :agency");
			params.put("agency", scope.agency());
		}
		if (byTarget && scope.target() != null) {
			and.accept("t.id in (select tt.task_id from plan_task_target tt where tt.target_id = :target)");
			params.put("target", scope.target());
		}
		return where.toString();
	}

	/**
	 * How the year's deadline wordings read, as JSON rows {wording, due, every}: only
	 * those that can make a task overdue.
	 */
	private String readings(int year) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String wording : this.jdbc.sql("""
				select distinct t.deadline_text from plan p join plan_task t on t.plan_id = p.id
				where p.plan_year = :year and p.status in ('ISSUED', 'CLOSED') and t.deadline_text is not null
				""").param("year", year).query(String.class).list()) {
			Deadline deadline = Deadline.parse(wording, year);
			LocalDate due = deadline.dueDate().orElse(null);
			if (due != null || deadline.isReportedEveryPeriod()) {
				Map<String, Object> row = new HashMap<>();
				row.put("wording", wording);
				row.put("due", (due != null) ? due.toString() : null);
				row.put("every", deadline.isReportedEveryPeriod());
				rows.add(row);
			}
		}
		return this.json.writeValueAsString(rows);
	}

	private static List<Tally> tallies(Map<String, Map<String, Integer>> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new Tally(entry.getKey(), Counts.of(entry.getValue())))
			.toList();
	}

	/**
	 * What the figures are narrowed to: a domain, a kind of agency, an agency (the
	 * reporting one), a category, a target (the tasks serving it); null: any.
	 */
	public record Scope(String domain, String agencyKind, Long agency, Category category, Long target) {

		public static final Scope ALL = new Scope(null, null, null, null, null);

	}

	/**
	 * Tasks counted by category; tasks suspended or cancelled by decision
	 * ({@link ProgressStatus#SUSPENDED}) are counted apart, outside the total: nothing
	 * more is expected of them.
	 */
	public record Counts(Map<Category, Integer> byCategory, int suspended) {

		public static final Counts EMPTY = of(Map.of());

		static Counts of(Map<String, Integer> byName) {
			Map<Category, Integer> counts = new java.util.EnumMap<>(Category.class);
			for (Category category : Category.values()) {
				counts.put(category, byName.getOrDefault(category.name(), 0));
			}
			return new Counts(counts, byName.getOrDefault(ProgressStatus.SUSPENDED.name(), 0));
		}

		/** Sums counts, e.g. to the province's. */
		public Counts plus(Counts other) {
			Map<Category, Integer> sum = new java.util.EnumMap<>(Category.class);
			for (Category category : Category.values()) {
				sum.put(category, get(category) + other.get(category));
			}
			return new Counts(sum, this.suspended + other.suspended);
		}

		public int get(Category category) {
			return this.byCategory.get(category);
		}

		public int total() {
			return this.byCategory.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int done() {
			return get(Category.DONE_ON_TIME) + get(Category.DONE_LATE);
		}

		public int overdue() {
			return get(Category.OVERDUE);
		}

		public double percentDone() {
			return (total() == 0) ? 0 : 100.0 * done() / total();
		}

	}

	/** Counts under a key: a domain code (null: none), a period id. */
	public record Tally(String key, Counts counts) {
	}

	/** A reporting agency's counts and its period report. */
	public record AgencyTally(long agencyId, String name, Counts counts, boolean submitted, boolean onTime) {
	}

	/**
	 * A year's lines and how many were done in its last started period; a year none of
	 * whose periods was opened has no share to show ({@code reported} false).
	 */
	public record YearTally(int year, int total, int done, int suspended, boolean reported) {

		public Double percentDone() {
			int counted = this.total - this.suspended;
			if (!this.reported) {
				return null;
			}
			return (counted == 0) ? 0 : 100.0 * this.done / counted;
		}

	}

	/**
	 * A target with how the agencies expected to report it stand; {@code worst} is the
	 * value reported furthest from it (the highest of an "at most" target).
	 */
	public record TargetTally(long targetId, long planId, String label, String wording, String comparator,
			BigDecimal value, String unit, int met, int notMet, int notComparable, int notReported, BigDecimal actual,
			BigDecimal worst) {

		public int agencies() {
			return this.met + this.notMet + this.notComparable + this.notReported;
		}

		/** The agencies that gave a value in the period. */
		public int reported() {
			return this.met + this.notMet + this.notComparable;
		}

		/** The agencies in one state: MET, NOT_MET, NOT_COMPARABLE or NOT_REPORTED. */
		public int count(String attainment) {
			return switch (attainment) {
				case "MET" -> this.met;
				case "NOT_MET" -> this.notMet;
				case "NOT_COMPARABLE" -> this.notComparable;
				default -> this.notReported;
			};
		}

		public String valueText() {
			return VietnameseNumbers.format(this.value);
		}

		public String actualText() {
			return VietnameseNumbers.format(this.actual);
		}

	}

	/** An evidence file of a task, to open. */
	public record EvidenceLink(long id, String fileName, String title) {
	}

	/** A page of the tasks behind a number, and how many there are in all. */
	public record TaskPage(List<TaskLine> lines, int total) {
	}

	/** A task and its lead agency in the period. */
	public record TaskLine(long assignmentId, long taskId, long planId, String planTitle, String domainCode,
			String taskLabel, String taskText, String deadlineText, LocalDate due, long agencyId, String agencyName,
			String agencyKind, String category, Integer percent, java.time.Instant updatedAt, int evidence) {

		/** The category, or null for a task suspended or cancelled. */
		public Category categoryOrNull() {
			return ProgressStatus.SUSPENDED.name().equals(this.category) ? null : Category.valueOf(this.category);
		}

	}

}
