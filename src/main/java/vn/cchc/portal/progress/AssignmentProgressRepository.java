package vn.cchc.portal.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssignmentProgressRepository extends JpaRepository<AssignmentProgress, Long> {

	Optional<AssignmentProgress> findByAssignmentIdAndPeriodId(long assignmentId, long periodId);

	/** Held until the transaction ends, so two saves of one assignment queue up. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from AssignmentProgress p where p.assignmentId = :assignmentId and p.periodId = :periodId")
	Optional<AssignmentProgress> lock(long assignmentId, long periodId);

	List<AssignmentProgress> findByPeriodId(long periodId);

	List<AssignmentProgress> findByPeriodIdAndAssignmentIdIn(long periodId, Collection<Long> assignmentIds);

}
