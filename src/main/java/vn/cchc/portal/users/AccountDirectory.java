package vn.cchc.portal.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query behind the administrators' account list: one statement returns a page of rows
 * and, through {@code count(*) over ()}, the total, whatever the page size.
 * <p>
 * Names are matched on {@code search_fold} (no diacritics, lower case), by substring or
 * by trigram word similarity, so "nguyen thi lan" and the typo "nguyen thi lam" both find
 * "Nguyễn Thị Lan"; the trigram indexes of migration V20 serve both.
 */
@Component
class AccountDirectory {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Criteria(String query, Role role, Long agencyId) {

		boolean hasQuery() {
			return this.query != null && !this.query.isBlank();
		}

	}

	record Row(long id, String username, String fullName, Role role, Long agencyId, Long unitId, boolean enabled,
			boolean mustChangePassword) {
	}

	@Transactional(readOnly = true)
	Page<Row> find(Criteria criteria, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		String order = "lower(u.username)";
		if (criteria.hasQuery()) {
			params.put("query", criteria.query().strip());
			conditions.add("(strpos(search_fold(u.full_name), n.q) > 0 or strpos(search_fold(u.username), n.q) > 0 "
					+ "or n.q <% search_fold(u.full_name) or n.q <% search_fold(u.username))");
			order = "greatest(word_similarity(n.q, search_fold(u.full_name)), "
					+ "word_similarity(n.q, search_fold(u.username))) desc, lower(u.username)";
		}
		else {
			params.put("query", "");
		}
		if (criteria.role() != null) {
			params.put("role", criteria.role().name());
			conditions.add("u.role = :role");
		}
		if (criteria.agencyId() != null) {
			params.put("agency", criteria.agencyId());
			conditions.add("u.agency_id = :agency");
		}
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		long[] total = { -1 };
		List<Row> rows = this.jdbc.sql("""
				with needle as (select search_fold(:query) as q)
				select u.id, u.username, u.full_name, u.role, u.agency_id, u.unit_id, u.enabled,
				       u.must_change_password, count(*) over () as total
				from user_account u cross join needle n
				%s
				order by %s
				limit :limit offset :offset
				""".formatted(where, order)).params(params).query((rs, i) -> {
			total[0] = rs.getLong("total");
			return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
					Role.valueOf(rs.getString("role")), rs.getObject("agency_id", Long.class),
					rs.getObject("unit_id", Long.class), rs.getBoolean("enabled"),
					rs.getBoolean("must_change_password"));
		}).list();
		if (rows.isEmpty()) {
			// Past the last page the window count is not there; the page is empty anyway.
			return new PageImpl<>(rows, pageable, 0);
		}
		return new PageImpl<>(rows, pageable, total[0]);
	}

}
