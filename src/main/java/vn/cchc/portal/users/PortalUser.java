package vn.cchc.portal.users;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person: who they are, their role and the agency whose data they may see.
 */
public class PortalUser extends User {

	private final long id;

	private final String fullName;

	private final Role role;

	private final Long agencyId;

	private final Long unitId;

	private final boolean mustChangePassword;

	private final long accountVersion;

	PortalUser(UserAccount account) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
				authorities(account.getRole()));
		this.id = account.getId();
		this.fullName = account.getFullName();
		this.role = account.getRole();
		this.agencyId = account.getAgencyId();
		this.unitId = account.getUnitId();
		this.mustChangePassword = account.isMustChangePassword();
		this.accountVersion = account.getVersion();
	}

	private static Collection<GrantedAuthority> authorities(Role role) {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	public long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public Role getRole() {
		return this.role;
	}

	/**
	 * The agency the person works for; {@code null} for an administrator outside any
	 * agency.
	 */
	public Long getAgencyId() {
		return this.agencyId;
	}

	/** The unit (phòng) inside the agency, if the person belongs to one. */
	public Long getUnitId() {
		return this.unitId;
	}

	/**
	 * True while the person still has a temporary password from an administrator: they
	 * can do nothing but choose their own.
	 */
	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	/** The account's version when this principal was loaded: a newer one means reload. */
	long getAccountVersion() {
		return this.accountVersion;
	}

}
