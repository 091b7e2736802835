package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	List<ReportingPeriod> findByYearOrderByCutoffToAsc(int year);

	/** The period agencies report on now: open, or closed but still in its grace days. */
	@org.springframework.data.jpa.repository.Query("select p from ReportingPeriod p where p.status <> "
			+ "vn.cchc.portal.progress.ReportingPeriod.Status.PLANNED order by p.cutoffTo desc")
	List<ReportingPeriod> findStarted();

}
