package vn.cchc.portal.users;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to tell: the active accounts of an agency, or of a role, with their e-mail. Locked
 * accounts are never told anything.
 */
@Service
@Transactional(readOnly = true)
public class AccountContacts {

	private final JdbcClient jdbc;

	AccountContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agency's people having one of these roles (its units' people included). */
	public List<Contact> ofAgency(long agencyId, Collection<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, full_name, email, role from user_account
				where enabled and agency_id = :agency and role in (:roles)
				order by id
				""")
			.param("agency", agencyId)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(AccountContacts::contact)
			.list();
	}

	/** Everyone with this role, whatever their agency. */
	public List<Contact> withRole(Role role) {
		return this.jdbc
			.sql("select id, full_name, email, role from user_account where enabled and role = :role " + "order by id")
			.param("role", role.name())
			.query(AccountContacts::contact)
			.list();
	}

	private static Contact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Contact(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")));
	}

	/** A person to notify; {@code email} is null when they have none. */
	public record Contact(long id, String fullName, String email, Role role) {
	}

}
