package vn.cchc.portal.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.audit.AuditLog;

/**
 * A person changes their own password: they prove they know the current one and pick one
 * the policy accepts. This also ends the forced change after an administrator's reset.
 */
@Service
class OwnPassword {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AuditLog auditLog;

	private final Clock clock;

	OwnPassword(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	void change(long accountId, String currentPassword, String newPassword, String confirmation) {
		UserAccount account = this.accounts.findById(accountId)
			.orElseThrow(() -> new AccountNotFoundException("No account " + accountId));
		List<AccountProblems.Problem> problems = new ArrayList<>();
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			problems.add(new AccountProblems.Problem("currentPassword", "password.current.wrong"));
		}
		this.policy.check(newPassword, account.getUsername())
			.forEach((code) -> problems.add(new AccountProblems.Problem("newPassword", code)));
		if (newPassword != null && newPassword.equals(currentPassword)) {
			problems.add(new AccountProblems.Problem("newPassword", "password.sameAsCurrent"));
		}
		if (newPassword != null && !newPassword.equals(confirmation)) {
			problems.add(new AccountProblems.Problem("confirmation", "password.confirmation.mismatch"));
		}
		if (!problems.isEmpty()) {
			throw new AccountProblems(problems);
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.accounts.flush();
		this.auditLog.record("PASSWORD_CHANGED", AccountAdministration.TARGET, accountId, account.getUsername());
	}

}
