package vn.cchc.portal.progress;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

	/**
	 * The latest update of each of these assignments in a period: one query for the whole
	 * list.
	 */
	@Query(nativeQuery = true, value = """
			select distinct on (assignment_id) * from progress_update
			where period_id = :periodId and assignment_id in (:assignmentIds)
			order by assignment_id, created_at desc, id desc
			""")
	List<ProgressUpdate> latest(long periodId, Collection<Long> assignmentIds);

	/**
	 * [assignment id, results, difficulties, proposals] of the latest update of every
	 * assignment reported in a period: what the province report quotes.
	 */
	@Query(nativeQuery = true, value = """
			select distinct on (assignment_id) assignment_id, results, difficulties, proposals from progress_update
			where period_id = :periodId
			order by assignment_id, created_at desc, id desc
			""")
	List<Object[]> latestNotes(long periodId);

	List<ProgressUpdate> findByAssignmentIdAndPeriodIdOrderByCreatedAtDescIdDesc(long assignmentId, long periodId);

}
