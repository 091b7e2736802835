package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByAssignmentIdOrderByUploadedAtDescIdDesc(long assignmentId);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into evidence_file (evidence_id, content) values (:evidenceId, :content)")
	void storeContent(long evidenceId, byte[] content);

	@Query(nativeQuery = true, value = "select content from evidence_file where evidence_id = :evidenceId")
	byte[] content(long evidenceId);

}
