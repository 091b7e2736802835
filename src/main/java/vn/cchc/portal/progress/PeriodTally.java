package vn.cchc.portal.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.shared.deadline.Deadline;

/**
 * Where the work of a period stands, read in one query with its progress and without the
 * task texts: what "my tasks" filters, sorts and counts by before it loads the 50 rows it
 * shows, and what Sở Nội vụ's review counts per agency. The work is the active
 * assignments in issued plans of the period's year, as {@code AgencyWork} reads it.
 */
@Component
@Transactional(readOnly = true)
class PeriodTally {

	private static final String WORK = """
			from assignment a
			join plan p on p.id = a.plan_id
			join plan_task t on t.id = a.task_id and t.deleted_at is null
			join plan_section ps on ps.id = t.section_id
			left join assignment_progress s on s.assignment_id = a.id and s.period_id = :periodId
			where a.active and p.plan_year = :year and p.status = 'ISSUED'
			""";

	private final JdbcClient jdbc;

	PeriodTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * These agencies' assignments in plan order, narrowed in the database to an agency (a
	 * unit), a reform domain and a due date when given; with the task's text only when
	 * {@code withText} (to search it).
	 */
	List<Line> lines(Collection<Long> agencyIds, PeriodView period, Long onlyAgencyId, String domain, LocalDate dueBy,
			boolean withText) {
		StringBuilder sql = new StringBuilder("select a.id, t.deadline_text, p.plan_year, s.status, s.percent, s.late, "
				+ "s.revision, s.returned_comment, " + (withText ? "t.text " : "null as text ") + WORK
				+ "and a.agency_id in (:agencyIds) ");
		if (onlyAgencyId != null) {
			sql.append("and a.agency_id = :onlyAgencyId ");
		}
		if (domain != null) {
			sql.append("and ps.domain_code = :domain ");
		}
		if (dueBy != null) {
			sql.append("and t.deadline_due <= :dueBy ");
		}
		sql.append("order by p.id, ps.position, t.position, a.id");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("periodId", period.id())
			.param("year", period.year())
			.param("agencyIds", agencyIds);
		if (onlyAgencyId != null) {
			statement = statement.param("onlyAgencyId", onlyAgencyId);
		}
		if (domain != null) {
			statement = statement.param("domain", domain);
		}
		if (dueBy != null) {
			statement = statement.param("dueBy", dueBy);
		}
		return statement
			.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getInt(3),
					(rs.getString(4) != null) ? new ProgressView(ProgressStatus.valueOf(rs.getString(4)), rs.getInt(5),
							rs.getBoolean(6), rs.getInt(7), null, null, rs.getString(8), null, null) : null,
					rs.getString(9)))
			.list();
	}

	/**
	 * Every agency's assignments of the period's year, grouped by the agency that reports
	 * them, the deadline and where they stand: the review counts a province's year from a
	 * few thousand groups instead of loading every assignment.
	 */
	List<Group> groups(PeriodView period) {
		return this.jdbc
			.sql("select a.agency_id, t.deadline_text, p.plan_year, s.status, s.revision, "
					+ "s.returned_comment is not null as sent_back, count(*) " + WORK
					+ "group by a.agency_id, t.deadline_text, p.plan_year, s.status, s.revision, sent_back "
					+ "order by a.agency_id")
			.param("periodId", period.id())
			.param("year", period.year())
			.query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), rs.getInt(3),
					state(rs.getString(4), rs.getInt(5), rs.getBoolean(6)), rs.getInt(7)))
			.list();
	}

	private static State state(String status, int revision, boolean sentBack) {
		return (status != null) ? new State(ProgressStatus.valueOf(status), revision, sentBack) : null;
	}

	/** The part of an assignment's progress the lists sort and count by. */
	record State(ProgressStatus status, int revision, boolean sentBack) {
	}

	/**
	 * An assignment as the lists sort and show it; {@code progress} (what the lists show:
	 * status, percent, late, revision and the return comment) is null when nothing was
	 * saved in the period.
	 */
	record Line(long assignmentId, String deadlineText, int planYear, ProgressView progress, String text) {

		Overdue overdue(PeriodView period, LocalDate today) {
			return Overdue.of(Deadline.parse(this.deadlineText, this.planYear), period.dueDate(),
					(this.progress != null) ? this.progress.status() : null, today);
		}

		ProgressStatus status() {
			return (this.progress != null) ? this.progress.status() : ProgressView.NONE.status();
		}

		boolean sentBack() {
			return this.progress != null && this.progress.isSentBack();
		}

	}

	/** {@code count} assignments of an agency alike in deadline and progress. */
	record Group(long agencyId, String deadlineText, int planYear, State state, int count) {

		Overdue overdue(PeriodView period, LocalDate today) {
			return Overdue.of(Deadline.parse(this.deadlineText, this.planYear), period.dueDate(),
					(this.state != null) ? this.state.status() : null, today);
		}

	}

}
