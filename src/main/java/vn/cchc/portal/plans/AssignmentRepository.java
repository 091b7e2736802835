package vn.cchc.portal.plans;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByTaskIdAndActiveTrue(long taskId);

	/** Every assignment a task ever had, active or not. */
	@Query("select a.id from Assignment a where a.taskId = :taskId")
	List<Long> idsOfTask(long taskId);

	@Modifying
	@Query("delete from Assignment a where a.taskId = :taskId")
	void deleteByTaskId(long taskId);

	/** Removes the assignments of a task and of its activities. */
	@Modifying
	@Query("delete from Assignment a where a.taskId = :taskId or a.taskId in "
			+ "(select t.id from PlanTask t where t.parentTaskId = :taskId)")
	void deleteWithActivities(long taskId);

	/**
	 * Active assignments of these agencies in plans not yet closed: the work still open.
	 */
	@Query("select a from Assignment a where a.active and a.agencyId in :agencyIds and a.taskId in "
			+ "(select t.id from PlanTask t, Plan p where p.id = t.planId and p.status <> vn.cchc.portal.plans.PlanStatus.CLOSED)")
	List<Assignment> findOpenOf(Collection<Long> agencyIds);

	/** The tasks of a plan an agency must carry out, as lead or coordinator. */
	@Query("select distinct a.taskId from Assignment a where a.active and a.agencyId = :agencyId and a.taskId in "
			+ "(select t.id from PlanTask t where t.planId = :planId)")
	List<Long> findTaskIdsOf(long planId, long agencyId);

	/**
	 * The targets of a year's issued plans these agencies report: those served by a task
	 * assigned to them, and the agency-level ones of plans they have work in.
	 */
	@Query(nativeQuery = true, value = """
			select g.id, p.id as plan_id, p.title, g.label, g.wording, g.comparator, g.target_value, g.unit, g.level,
			       g.cumulative
			from plan_target g join plan p on p.id = g.plan_id
			where p.plan_year = :year and p.status = 'ISSUED' and (
			  exists (select 1 from plan_task_target tt join assignment a on a.task_id = tt.task_id
			          where tt.target_id = g.id and a.active and a.agency_id in (:agencyIds))
			  or (g.level = 'AGENCY' and exists (select 1 from plan_task t join assignment a on a.task_id = t.id
			          where t.plan_id = p.id and a.active and a.agency_id in (:agencyIds))))
			order by p.id, g.position
			""")
	List<Object[]> targetsOf(Collection<Long> agencyIds, int year);

	/** [task id, number of active assignments] for the tasks of a plan. */
	@Query("select a.taskId, count(a) from Assignment a where a.active and a.taskId in "
			+ "(select t.id from PlanTask t where t.planId = :planId) group by a.taskId")
	List<Object[]> countActiveByTask(long planId);

}
