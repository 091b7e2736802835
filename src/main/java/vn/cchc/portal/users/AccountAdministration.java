package vn.cchc.portal.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.shared.concurrency.Versions;
import vn.cchc.portal.shared.text.TypedText;

/**
 * What administrators do to accounts: create, describe (name, role, agency, unit), lock,
 * unlock and reset passwords. Every action is audited in the same transaction, and every
 * change names the version it was based on, so a stale edit is refused (409) instead of
 * overwriting someone else's.
 */
@Service
class AccountAdministration {

	static final String TARGET = "USER";

	private final UserAccountRepository accounts;

	private final AgencyCatalog agencies;

	private final PasswordEncoder passwordEncoder;

	private final TemporaryPasswords temporaryPasswords;

	private final AuditLog auditLog;

	private final Clock clock;

	AccountAdministration(UserAccountRepository accounts, AgencyCatalog agencies, PasswordEncoder passwordEncoder,
			TemporaryPasswords temporaryPasswords, AuditLog auditLog, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.agencies = agencies;
		this.passwordEncoder = passwordEncoder;
		this.temporaryPasswords = temporaryPasswords;
		this.auditLog = auditLog;
	}

	/** Who the person is and where they work, as an administrator sets it. */
	record Profile(String fullName, Role role, Long agencyId, Long unitId, String email) {

		/** A blank e-mail is none; addresses are kept as typed, without spaces around. */
		String mailbox() {
			return TypedText.orNull(this.email);
		}

	}

	/** An account as its edit page shows it. */
	record AccountView(long id, String username, String fullName, Role role, Long agencyId, Long unitId, String email,
			boolean enabled, boolean mustChangePassword, long version) {
	}

	/**
	 * The temporary password is returned once, to be shown once; only its hash is kept.
	 */
	record IssuedPassword(long accountId, String temporaryPassword) {
	}

	@Transactional(readOnly = true)
	Optional<AccountView> find(long id) {
		return this.accounts.findById(id).map(AccountAdministration::view);
	}

	@Transactional
	IssuedPassword create(String username, Profile profile) {
		String name = username.strip();
		List<AccountProblems.Problem> problems = new ArrayList<>();
		if (this.accounts.existsByUsername(name)) {
			problems.add(new AccountProblems.Problem("username", "users.username.taken"));
		}
		Placement placement = place(profile, problems);
		if (!problems.isEmpty()) {
			throw new AccountProblems(problems);
		}
		String temporary = this.temporaryPasswords.next();
		UserAccount account;
		try {
			account = this.accounts.saveAndFlush(UserAccount.withTemporaryPassword(name,
					this.passwordEncoder.encode(temporary), profile.fullName().strip(), profile.role(),
					profile.agencyId(), profile.unitId(), profile.mailbox(), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Someone created the same name (in any case) between the check and the
			// insert.
			throw AccountProblems.of("username", "users.username.taken");
		}
		this.auditLog.record("USER_CREATED", TARGET, account.getId(),
				"%s (%s), %s%s".formatted(name, account.getFullName(), profile.role(), placement.describe()));
		return new IssuedPassword(account.getId(), temporary);
	}

	@Transactional
	void update(long id, long version, Profile profile, boolean enabled, PortalUser actor) {
		UserAccount account = current(id, version);
		List<AccountProblems.Problem> problems = new ArrayList<>();
		if (actor.getId() == id && profile.role() != Role.ADMIN) {
			problems.add(new AccountProblems.Problem("role", "users.self.demote"));
		}
		if (actor.getId() == id && !enabled) {
			problems.add(new AccountProblems.Problem("enabled", "users.self.lock"));
		}
		Placement placement = place(profile, problems);
		if (!problems.isEmpty()) {
			throw new AccountProblems(problems);
		}
		Role before = account.getRole();
		List<String> changes = new ArrayList<>();
		String fullName = profile.fullName().strip();
		if (!account.getFullName().equals(fullName)) {
			changes.add("họ tên: %s → %s".formatted(account.getFullName(), fullName));
		}
		if (!Objects.equals(account.getAgencyId(), profile.agencyId())
				|| !Objects.equals(account.getUnitId(), profile.unitId())) {
			changes.add("nơi công tác:" + placement.describe());
		}
		if (!Objects.equals(account.getEmail(), profile.mailbox())) {
			changes.add("thư điện tử: %s → %s".formatted(Objects.toString(account.getEmail(), "—"),
					Objects.toString(profile.mailbox(), "—")));
		}
		account.describe(fullName, profile.role(), profile.agencyId(), profile.unitId(), profile.mailbox());
		if (before != profile.role()) {
			this.auditLog.record("USER_ROLE_CHANGED", TARGET, id,
					"%s: %s → %s".formatted(account.getUsername(), before, profile.role()));
		}
		if (!changes.isEmpty()) {
			this.auditLog.record("USER_UPDATED", TARGET, id, account.getUsername() + ": " + String.join("; ", changes));
		}
		if (account.isEnabled() && !enabled) {
			lock(account);
		}
		else if (!account.isEnabled() && enabled) {
			unlock(account);
		}
		this.accounts.flush();
	}

	@Transactional
	void lock(long id, long version, PortalUser actor) {
		if (actor.getId() == id) {
			throw AccountProblems.of("enabled", "users.self.lock");
		}
		UserAccount account = current(id, version);
		if (account.isEnabled()) {
			lock(account);
		}
		this.accounts.flush();
	}

	@Transactional
	void unlock(long id, long version) {
		UserAccount account = current(id, version);
		if (!account.isEnabled()) {
			unlock(account);
		}
		this.accounts.flush();
	}

	@Transactional
	IssuedPassword resetPassword(long id, long version) {
		UserAccount account = current(id, version);
		String temporary = this.temporaryPasswords.next();
		account.resetPassword(this.passwordEncoder.encode(temporary));
		this.accounts.flush();
		this.auditLog.record("USER_PASSWORD_RESET", TARGET, id, account.getUsername());
		return new IssuedPassword(id, temporary);
	}

	private void lock(UserAccount account) {
		account.lock();
		this.auditLog.record("USER_LOCKED", TARGET, account.getId(), account.getUsername());
	}

	private void unlock(UserAccount account) {
		account.unlock();
		this.auditLog.record("USER_UNLOCKED", TARGET, account.getId(), account.getUsername());
	}

	/** The account as it is now, refused when the form was based on an older version. */
	private UserAccount current(long id, long version) {
		UserAccount account = this.accounts.findById(id)
			.orElseThrow(() -> new AccountNotFoundException("No account " + id));
		Versions.require(account.getVersion(), version, UserAccount.class, id);
		return account;
	}

	/**
	 * Checks where the person works: agency roles need an agency, the agency must be an
	 * agency (not a unit) and the unit must be inside it.
	 */
	private Placement place(Profile profile, List<AccountProblems.Problem> problems) {
		AgencySummary agency = null;
		AgencySummary unit = null;
		if (profile.agencyId() != null) {
			agency = this.agencies.find(profile.agencyId())
				.filter((found) -> found.kind() != AgencyKind.INTERNAL_UNIT)
				.orElse(null);
			if (agency == null) {
				problems.add(new AccountProblems.Problem("agencyId", "users.agency.unknown"));
			}
		}
		else if (profile.role() == Role.AGENCY_HEAD || profile.role() == Role.OFFICER) {
			problems.add(new AccountProblems.Problem("agencyId", "users.agency.required"));
		}
		if (profile.unitId() != null) {
			unit = this.agencies.find(profile.unitId())
				.filter((found) -> found.kind() == AgencyKind.INTERNAL_UNIT)
				.filter((found) -> profile.agencyId() != null && profile.agencyId().equals(found.parentId()))
				.orElse(null);
			if (unit == null) {
				problems.add(new AccountProblems.Problem("unitId", "users.unit.notInAgency"));
			}
		}
		return new Placement(agency, unit);
	}

	private static AccountView view(UserAccount account) {
		return new AccountView(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
				account.getAgencyId(), account.getUnitId(), account.getEmail(), account.isEnabled(),
				account.isMustChangePassword(), account.getVersion());
	}

	private record Placement(AgencySummary agency, AgencySummary unit) {

		String describe() {
			if (this.agency == null) {
				return " —";
			}
			return " " + this.agency.displayName() + ((this.unit != null) ? " / " + this.unit.displayName() : "");
		}

	}

}
