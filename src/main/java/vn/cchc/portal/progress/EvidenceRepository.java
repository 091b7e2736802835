package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByAssignmentIdOrderByUploadedAtDescIdDesc(long assignmentId);

	/**
	 * Evidence of these agencies (all when {@code everyAgency}) whose title, number,
	 * issuer or file name contains the query, ignoring case and diacritics; newest first.
	 */
	@Query(nativeQuery = true, value = """
			select e.* from evidence e
			where (:everyAgency or e.agency_id in (:agencyIds))
			  and (:query = '' or search_fold(concat_ws(' ', e.title, e.document_number, e.issuer, e.file_name))
			                      like '%' || search_fold(:query) || '%')
			order by e.uploaded_at desc, e.id desc
			limit 200
			""")
	List<Evidence> search(boolean everyAgency, java.util.Collection<Long> agencyIds, String query);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into evidence_file (evidence_id, content) values (:evidenceId, :content)")
	void storeContent(long evidenceId, byte[] content);

	@Query(nativeQuery = true, value = "select content from evidence_file where evidence_id = :evidenceId")
	byte[] content(long evidenceId);

}
