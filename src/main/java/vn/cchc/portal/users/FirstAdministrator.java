package vn.cchc.portal.users;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a new installation from {@code CCHC_ADMIN_PASSWORD},
 * so no default password ever ships. Does nothing once an administrator exists.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final String username;

	private final String password;

	private final Clock clock;

	FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			@Value("${cchc.admin.username:admin}") String username, @Value("${cchc.admin.password:}") String password,
			Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		if (this.password.isBlank()) {
			log.warn("No administrator exists yet: set CCHC_ADMIN_PASSWORD (at least {} characters) and restart "
					+ "to create '{}'.", MINIMUM_PASSWORD_LENGTH, this.username);
			return;
		}
		if (this.password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalStateException(
					"CCHC_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
		}
		this.accounts.save(new UserAccount(this.username, this.passwordEncoder.encode(this.password),
				"Quản trị hệ thống", Role.ADMIN, null, this.clock.instant()));
		log.info("Created the first administrator '{}'.", this.username);
	}

}
