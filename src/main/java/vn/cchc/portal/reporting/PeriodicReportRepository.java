package vn.cchc.portal.reporting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodicReportRepository extends JpaRepository<PeriodicReport, Long> {

	Optional<PeriodicReport> findByPeriodId(long periodId);

}
