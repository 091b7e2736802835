package vn.cchc.portal.plans;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

	@Query("select p from Plan p order by p.year desc, p.parentPlanId nulls first, p.title")
	List<Plan> findAllNewestFirst();

	java.util.Optional<Plan> findFirstByParentPlanIdAndOwnerAgencyId(long parentPlanId, long ownerAgencyId);

	/** How many tasks (activities not counted) each plan has: [plan id, count]. */
	@Query("select t.planId, count(t) from PlanTask t where t.parentTaskId is null group by t.planId")
	List<Object[]> countTopLevelTasks();

}
