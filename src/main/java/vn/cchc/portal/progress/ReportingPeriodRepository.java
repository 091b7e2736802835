package vn.cchc.portal.progress;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	List<ReportingPeriod> findByYearOrderByCutoffToAsc(int year);

	/** Every period that has been opened, latest first. */
	@Query("select p from ReportingPeriod p where p.status <> vn.cchc.portal.progress.ReportingPeriod.Status.PLANNED "
			+ "order by p.cutoffTo desc")
	List<ReportingPeriod> findStarted();

	/**
	 * The periods that may take updates on a day: open, or closed but still in their
	 * grace days. One or two rows, where {@link #findStarted} grows by four a year.
	 */
	@Query("select p from ReportingPeriod p where p.status = vn.cchc.portal.progress.ReportingPeriod.Status.OPEN "
			+ "or (p.status = vn.cchc.portal.progress.ReportingPeriod.Status.CLOSED and p.graceUntil >= :day)")
	List<ReportingPeriod> findTakingUpdates(LocalDate day);

}
