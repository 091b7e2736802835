package vn.cchc.portal.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphraseWithDiacritics() {
		assertThat(this.policy.check("Bánh mì Quảng Ngãi", "planner")).isEmpty();
	}

	@Test
	void needsTwelveCharactersCountedAsPeopleSeeThem() {
		assertThat(this.policy.check("elevenchars", "planner")).containsExactly("password.tooShort");
		// Twelve letters, some of them two chars in UTF-16 would not matter; NFC
		// Vietnamese is one each.
		assertThat(this.policy.check("Đường Lê Lợi", "planner")).isEmpty();
	}

	@Test
	void refusesTheUsernameWhateverItsCase() {
		assertThat(this.policy.check("Nguyen.Van.Anh", "nguyen.van.anh")).containsExactly("password.sameAsUsername");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.check("Password1234", "planner")).containsExactly("password.tooCommon");
		assertThat(this.policy.check("MATKHAU123456", "planner")).containsExactly("password.tooCommon");
	}

	@Test
	void refusesWhatBcryptWouldCut() {
		assertThat(this.policy.check("ư".repeat(37), "planner")).containsExactly("password.tooLong");
		assertThat(this.policy.check("a".repeat(72), "planner")).isEmpty();
	}

	@Test
	void temporaryPasswordsPassThePolicyAndDiffer() {
		TemporaryPasswords passwords = new TemporaryPasswords();
		String one = passwords.next();
		assertThat(this.policy.check(one, "planner")).isEmpty();
		assertThat(one).doesNotContainPattern("[0O1lI]").isNotEqualTo(passwords.next());
	}

}
