package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveredProductRepository extends JpaRepository<DeliveredProduct, Long> {

	List<DeliveredProduct> findByAssignmentIdOrderByRecordedAtDescIdDesc(long assignmentId);

}
