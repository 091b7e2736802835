package vn.cchc.portal.agencies;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyEventRepository extends JpaRepository<AgencyEvent, Long> {

	@EntityGraph(attributePaths = "parties")
	@Query("select distinct e from AgencyEvent e join e.parties p where p.agencyId = :agencyId "
			+ "order by e.effectiveDate, e.id")
	List<AgencyEvent> findInvolving(long agencyId);

	@EntityGraph(attributePaths = "parties")
	@Query("select e from AgencyEvent e order by e.effectiveDate desc, e.id desc")
	List<AgencyEvent> findAllNewestFirst();

}
