package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	List<ReportingPeriod> findByYearOrderByCutoffToAsc(int year);

}
