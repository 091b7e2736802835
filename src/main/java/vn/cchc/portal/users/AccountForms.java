package vn.cchc.portal.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The forms of account administration, one per use case. Messages are keys of the users
 * bundle, shown beside their field.
 */
final class AccountForms {

	/**
	 * On top of {@code @Email}'s own syntax check: a dot in the domain, so that "lan@snv"
	 * (a typo for lan@snv.gov.vn) is refused rather than bounced later. Blank is allowed.
	 */
	static final String EMAIL = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?";

	private AccountForms() {
	}

	/** A new account: the administrator never types a password, one is issued. */
	record NewAccount(
			@NotBlank(message = "{users.username.required}") @Size(min = 3, max = 60,
					message = "{users.username.size}") @Pattern(regexp = "[A-Za-z0-9._-]*",
							message = "{users.username.pattern}") String username,
			@NotBlank(message = "{users.fullName.required}") @Size(max = 200,
					message = "{users.fullName.size}") String fullName,
			@NotNull(message = "{users.role.required}") Role role, Long agencyId, Long unitId, @Email(regexp = EMAIL,
					message = "{users.email.invalid}") @Size(max = 254, message = "{users.email.size}") String email) {

		static NewAccount empty() {
			return new NewAccount("", "", null, null, null, "");
		}

		AccountAdministration.Profile profile() {
			return new AccountAdministration.Profile(this.fullName, this.role, this.agencyId, this.unitId, this.email);
		}

	}

	/** Changes to an account, based on the version the page showed. */
	record EditAccount(
			@NotBlank(message = "{users.fullName.required}") @Size(max = 200,
					message = "{users.fullName.size}") String fullName,
			@NotNull(message = "{users.role.required}") Role role, Long agencyId, Long unitId, @Email(regexp = EMAIL,
					message = "{users.email.invalid}") @Size(max = 254, message = "{users.email.size}") String email,
			boolean enabled, long version) {

		static EditAccount of(AccountAdministration.AccountView account) {
			return new EditAccount(account.fullName(), account.role(), account.agencyId(), account.unitId(),
					account.email(), account.enabled(), account.version());
		}

		AccountAdministration.Profile profile() {
			return new AccountAdministration.Profile(this.fullName, this.role, this.agencyId, this.unitId, this.email);
		}

	}

	/** One's own new password. Never sent back to the page when refused. */
	record ChangePassword(@NotBlank(message = "{password.current.required}") String currentPassword,
			@NotBlank(message = "{password.tooShort}") String newPassword, String confirmation) {

		static ChangePassword empty() {
			return new ChangePassword("", "", "");
		}

	}

}
