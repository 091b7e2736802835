package vn.cchc.portal.agencies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyGroupRepository extends JpaRepository<AgencyGroup, Long> {

	@EntityGraph(attributePaths = { "memberIds", "phrases" })
	Optional<AgencyGroup> findByCode(String code);

	@EntityGraph(attributePaths = { "memberIds", "phrases" })
	List<AgencyGroup> findAllByOrderByIdAsc();

}
