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

	private boolean enabled;

	@Version
	private long version;

	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String fullName, Role role, Long agencyId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.agencyId = agencyId;
		this.enabled = true;
		this.createdAt = Instant.now();
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

	boolean isEnabled() {
		return this.enabled;
	}

}
