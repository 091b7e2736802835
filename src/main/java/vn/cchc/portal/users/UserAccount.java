package vn.cchc.portal.users;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long agencyId;

	private Long unitId;

	private String email;

	private boolean enabled;

	private boolean mustChangePassword;

	private Instant passwordChangedAt;

	@Version
	private long version;

	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String fullName, Role role, Long agencyId, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.agencyId = agencyId;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	/**
	 * A new account with a temporary password from an administrator: its owner must
	 * choose their own before doing anything else.
	 */
	static UserAccount withTemporaryPassword(String username, String passwordHash, String fullName, Role role,
			Long agencyId, Long unitId, String email, Instant createdAt) {
		UserAccount account = new UserAccount(username, passwordHash, fullName, role, agencyId, createdAt);
		account.unitId = unitId;
		account.email = email;
		account.mustChangePassword = true;
		return account;
	}

	void describe(String fullName, Role role, Long agencyId, Long unitId, String email) {
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.agencyId = agencyId;
		this.unitId = unitId;
	}

	void lock() {
		this.enabled = false;
	}

	void unlock() {
		this.enabled = true;
	}

	/**
	 * An administrator's reset: the temporary password must be replaced at next login.
	 */
	void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
	}

	/** The owner's own choice: ends the forced change. */
	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.passwordChangedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getFullName() {
		return this.fullName;
	}

	Role getRole() {
		return this.role;
	}

	Long getAgencyId() {
		return this.agencyId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	String getEmail() {
		return this.email;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	long getVersion() {
		return this.version;
	}

}
