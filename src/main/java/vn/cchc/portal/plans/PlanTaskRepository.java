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

	@Query("select coalesce(max(t.position), 0) from PlanTask t where t.sectionId = :sectionId")
	int lastPosition(long sectionId);

}
