package vn.cchc.portal.plans;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

	/** Every task of a plan with its parties and products, for the plan's pages. */
	@EntityGraph(attributePaths = { "parties", "products" })
	@Query("select t from PlanTask t where t.planId = :planId order by t.sectionId, t.parentTaskId nulls first, t.position")
	List<PlanTask> findAllOfPlan(long planId);

	long countByPlanId(long planId);

	/** Deletes a task and its activities, undoably: they stay, hidden, with the time. */
	@org.springframework.data.jpa.repository.Modifying
	@Query(nativeQuery = true,
			value = "update plan_task set deleted_at = :now where deleted_at is null and (id = :taskId or parent_task_id = :taskId)")
	int softDelete(long taskId, java.time.Instant now);

	@org.springframework.data.jpa.repository.Modifying
	@Query(nativeQuery = true, value = "update plan_task set deleted_at = null where id = :taskId or "
			+ "(parent_task_id = :taskId and deleted_at = (select deleted_at from plan_task where id = :taskId))")
	int restore(long taskId);

	@Query(nativeQuery = true, value = "select plan_id from plan_task where id = :taskId")
	java.util.Optional<Long> planOfAnyState(long taskId);

	/** The task's siblings (same section and parent), in order. */
	@Query("select t from PlanTask t where t.sectionId = :sectionId and "
			+ "((:parentTaskId is null and t.parentTaskId is null) or t.parentTaskId = :parentTaskId) order by t.position")
	List<PlanTask> siblings(long sectionId, Long parentTaskId);

	@Query("select coalesce(max(t.position), 0) from PlanTask t where t.sectionId = :sectionId")
	int lastPosition(long sectionId);

	/**
	 * Which tasks (not deleted) serve which targets of a plan: rows of target id, task
	 * id.
	 */
	@Query(nativeQuery = true, value = "select l.target_id, l.task_id from plan_task_target l "
			+ "join plan_task t on t.id = l.task_id where t.plan_id = :planId and t.deleted_at is null")
	List<Object[]> targetLinks(long planId);

	/**
	 * Unlinks a target from the tasks that serve it; a deleted task keeps its link, for
	 * when its deletion is undone. Written directly, so the tasks' versions stay: linking
	 * a target does not make someone's open edit of a task stale.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query(nativeQuery = true, value = "delete from plan_task_target where target_id = :targetId "
			+ "and task_id in (select id from plan_task where deleted_at is null)")
	int unlinkTarget(long targetId);

	/** Links a target to those of {@code taskIds} that are tasks of the plan. */
	@org.springframework.data.jpa.repository.Modifying
	@Query(nativeQuery = true, value = "insert into plan_task_target (task_id, target_id) "
			+ "select id, :targetId from plan_task where plan_id = :planId and deleted_at is null and id in (:taskIds) "
			+ "on conflict do nothing")
	int linkTarget(long planId, long targetId, java.util.Collection<Long> taskIds);

}
