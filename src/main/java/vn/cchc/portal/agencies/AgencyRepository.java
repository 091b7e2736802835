package vn.cchc.portal.agencies;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

	/** An agency's units (phòng). */
	@Query("select a.id from Agency a where a.parentId = :agencyId and a.kind = vn.cchc.portal.agencies.AgencyKind.INTERNAL_UNIT")
	List<Long> findUnitIds(long agencyId);

	/**
	 * Every agency with its names and aliases, in one round trip: the whole province is
	 * small.
	 */
	@EntityGraph(attributePaths = { "formerNames", "aliases" })
	@Query("select a from Agency a")
	List<Agency> findAllWithNames();

	@EntityGraph(attributePaths = { "formerNames", "aliases" })
	@Query("select a from Agency a where a.id in :ids")
	List<Agency> findAllWithNames(Collection<Long> ids);

	@EntityGraph(attributePaths = { "formerNames", "aliases" })
	@Query("select a from Agency a where a.id = :id")
	Optional<Agency> findWithNames(long id);

	Optional<Agency> findByCode(String code);

	boolean existsByCode(String code);

	/**
	 * Agencies whose name, short name, code or an alias contains the folded query or
	 * resembles it (trigram word similarity, for typos), best matches first.
	 */
	@Query(nativeQuery = true,
			value = """
					select a.id from agency a
					cross join lateral (select search_fold(:query) as q) query
					left join lateral (
					    select max(word_similarity(query.q, search_fold(al.alias))) as similarity,
					           bool_or(search_fold(al.alias) like '%' || query.q || '%') as contains
					    from agency_alias al where al.agency_id = a.id) alias on true
					cross join lateral (select search_fold(a.name || ' ' || coalesce(a.short_name, '') || ' ' || a.code) as folded) own
					where own.folded like '%' || query.q || '%' or query.q <% own.folded
					   or alias.contains or alias.similarity >= 0.6
					order by greatest(word_similarity(query.q, own.folded), coalesce(alias.similarity, 0)) desc, a.name
					""")
	List<Long> searchIds(String query);

}
