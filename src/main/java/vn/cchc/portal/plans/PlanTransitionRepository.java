package vn.cchc.portal.plans;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTransitionRepository extends JpaRepository<PlanTransition, Long> {

	List<PlanTransition> findByPlanIdOrderByAtAscIdAsc(long planId);

}
