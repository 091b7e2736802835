package vn.cchc.portal.plans;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

	List<PlanVersion> findByPlanIdOrderByNumberAsc(long planId);

	Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);

	long countByPlanId(long planId);

}
