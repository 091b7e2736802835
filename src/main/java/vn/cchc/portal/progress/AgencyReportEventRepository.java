package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyReportEventRepository extends JpaRepository<AgencyReportEvent, Long> {

	List<AgencyReportEvent> findByReportIdOrderByAtDescIdDesc(long reportId);

}
