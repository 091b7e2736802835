package vn.cchc.portal.reform;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reform domains, in the programme's order. Reference data: changed by migration
 * only.
 */
@Service
public class ReformDomains {

	private final List<ReformDomain> all;

	ReformDomains(JdbcClient jdbc) {
		// Seven rows that change only with a migration: read once.
		this.all = jdbc.sql("select code, position, name_vi, name_en from reform_domain order by position")
			.query(ReformDomain.class)
			.list();
	}

	public List<ReformDomain> all() {
		return this.all;
	}

	public Optional<ReformDomain> find(String code) {
		return this.all.stream().filter((domain) -> domain.code().equals(code)).findFirst();
	}

}
