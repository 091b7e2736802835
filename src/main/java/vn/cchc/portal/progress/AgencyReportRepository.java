package vn.cchc.portal.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyReportRepository extends JpaRepository<AgencyReport, Long> {

	Optional<AgencyReport> findByAgencyIdAndPeriodId(long agencyId, long periodId);

	List<AgencyReport> findByPeriodId(long periodId);

}
