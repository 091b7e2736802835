package vn.cchc.portal.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<AuditEvent> {

	Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

}
