package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetActualRepository extends JpaRepository<TargetActual, Long> {

	/** The latest value of each target an agency reported in a period. */
	@Query(nativeQuery = true, value = """
			select distinct on (target_id) * from target_actual
			where agency_id = :agencyId and period_id = :periodId
			order by target_id, recorded_at desc, id desc
			""")
	List<TargetActual> latest(long agencyId, long periodId);

}
