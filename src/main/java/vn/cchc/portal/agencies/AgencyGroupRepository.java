package vn.cchc.portal.agencies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyGroupRepository extends JpaRepository<AgencyGroup, Long> {

	@EntityGraph(attributePaths = { "memberIds", "memberKinds", "phrases" })
	Optional<AgencyGroup> findByCode(String code);

	@EntityGraph(attributePaths = { "memberIds", "memberKinds", "phrases" })
	List<AgencyGroup> findAllByOrderByIdAsc();

}
