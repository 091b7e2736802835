package vn.cchc.portal.users;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A new installation gets its first administrator from the environment, never a default
 * password. Each test runs in a transaction that is rolled back.
 */
@DataJpaTest
class FirstAdministratorTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Autowired
	UserAccountRepository accounts;

	@Test
	void createsTheAdministratorFromTheConfiguredPassword() {
		removeAdministrators();
		new FirstAdministrator(this.accounts, this.encoder, "quantri", "mật-khẩu-rất-dài-2026", TestClock.atStart())
			.run(null);

		UserAccount admin = this.accounts.findByUsername("QuanTri").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("mật-khẩu");
		assertThat(this.encoder.matches("mật-khẩu-rất-dài-2026", admin.getPasswordHash())).isTrue();
	}

	@Test
	void createsNobodyWithoutAPassword() {
		removeAdministrators();
		new FirstAdministrator(this.accounts, this.encoder, "admin", "", TestClock.atStart()).run(null);
		assertThat(this.accounts.existsByRole(Role.ADMIN)).isFalse();
	}

	@Test
	void refusesAShortPassword() {
		removeAdministrators();
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdministrator(this.accounts, this.encoder, "admin", "short", TestClock.atStart())
				.run(null));
	}

	@Test
	void leavesAnExistingAdministratorAlone() {
		long before = this.accounts.count();
		new FirstAdministrator(this.accounts, this.encoder, "someone-else", "mật-khẩu-rất-dài-2026",
				TestClock.atStart())
			.run(null);
		assertThat(this.accounts.count()).isEqualTo(before);
		assertThat(this.accounts.findByUsername("someone-else")).isEmpty();
	}

	private void removeAdministrators() {
		this.accounts.deleteAll(this.accounts.findAll().stream().filter((a) -> a.getRole() == Role.ADMIN).toList());
		this.accounts.flush();
	}

}
