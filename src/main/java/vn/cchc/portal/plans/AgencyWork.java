package vn.cchc.portal.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work agencies must report on: their active assignments in issued plans. Always
 * asked for given agencies (an agency and its units), so an agency never sees another's
 * work by accident.
 */
@Service
@Transactional(readOnly = true)
public class AgencyWork {

	/**
	 * An active assignment with its task, as plain SQL, for every reading of the work:
	 * "my tasks", the agency report and every save read assignments this way, and JPQL
	 * with a list parameter is translated again on each call.
	 */
	private static final String ITEM = """
			select a.id, t.id, a.agency_id, p.id, p.title, p.plan_year, s.title, s.domain_code, t.label, t.text,
			       a.role, t.deadline_text, t.deadline_due
			from assignment a
			join plan_task t on t.id = a.task_id and t.deleted_at is null
			join plan p on p.id = t.plan_id
			join plan_section s on s.id = t.section_id
			where a.active
			""";

	private final AssignmentRepository assignments;

	private final JdbcClient jdbc;

	AgencyWork(AssignmentRepository assignments, JdbcClient jdbc) {
		this.assignments = assignments;
		this.jdbc = jdbc;
	}

	/** The assignments of these agencies in issued plans of a year, in plan order. */
	public List<Item> of(Collection<Long> agencyIds, int year) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(ITEM + "and a.agency_id = any(:agencyIds) and a.plan_id = p.id and p.plan_year = :year "
					+ "and p.status = 'ISSUED' " + "order by p.id, s.position, t.position, a.id")
			.param("agencyIds", agencyIds.toArray(Long[]::new))
			.param("year", year)
			.query(AgencyWork::item)
			.list();
	}

	/** Every agency's assignments in issued plans of a year: for Sở Nội vụ's review. */
	public List<Item> ofYear(int year) {
		return this.jdbc
			.sql(ITEM + "and p.plan_year = :year and p.status = 'ISSUED' order by p.id, s.position, t.position, a.id")
			.param("year", year)
			.query(AgencyWork::item)
			.list();
	}

	/**
	 * One assignment, only if it belongs to one of these agencies: the same answer
	 * whether absent or not theirs.
	 */
	public Optional<Item> find(long assignmentId, Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql(ITEM + "and a.id = :id and a.agency_id = any(:agencyIds)")
			.param("id", assignmentId)
			.param("agencyIds", agencyIds.toArray(Long[]::new))
			.query(AgencyWork::item)
			.optional();
	}

	/**
	 * These assignments, those that belong to one of these agencies only, in no
	 * particular order.
	 */
	public List<Item> find(Collection<Long> assignmentIds, Collection<Long> agencyIds) {
		if (assignmentIds.isEmpty() || agencyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(ITEM + "and a.id = any(:ids) and a.agency_id = any(:agencyIds)")
			.param("ids", assignmentIds.toArray(Long[]::new))
			.param("agencyIds", agencyIds.toArray(Long[]::new))
			.query(AgencyWork::item)
			.list();
	}

	/** One assignment, whoever it belongs to: for Sở Nội vụ's review. */
	public Optional<Item> find(long assignmentId) {
		return this.jdbc.sql(ITEM + "and a.id = :id").param("id", assignmentId).query(AgencyWork::item).optional();
	}

	/** Every active assignment of a task: its lead and coordinating agencies. */
	public List<Item> onTask(long taskId) {
		// The lead first ('LEAD' sorts after 'COORDINATOR').
		return this.jdbc.sql(ITEM + "and t.id = :taskId order by a.role desc, a.id")
			.param("taskId", taskId)
			.query(AgencyWork::item)
			.list();
	}

	/**
	 * The targets these agencies report in a year: those their tasks serve, and the
	 * agency-level ones of the plans they work in.
	 */
	public List<Target> targetsOf(Collection<Long> agencyIds, int year) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return this.assignments.targetsOf(agencyIds, year).stream().map(AgencyWork::target).toList();
	}

	private static Target target(Object[] row) {
		return new Target(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
				(String) row[3], (String) row[4], (String) row[5], (java.math.BigDecimal) row[6], (String) row[7],
				(String) row[8], (Boolean) row[9]);
	}

	/**
	 * A target as agencies report on it; {@code comparator} is GE, LE, EQ or null for a
	 * target without a number.
	 */
	public record Target(long id, long planId, String planTitle, String label, String wording, String comparator,
			java.math.BigDecimal value, String unit, String level, boolean cumulative) {
	}

	/** An assignment as the agency's people see it. */
	public record Item(long assignmentId, long taskId, long agencyId, long planId, String planTitle, int planYear,
			String section, String domainCode, String taskLabel, String taskText, String role, String deadlineText,
			LocalDate deadlineDue) {

		public boolean isLead() {
			return "LEAD".equals(this.role);
		}

	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
				rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
				rs.getObject(13, LocalDate.class));
	}

}
