package vn.cchc.portal.users;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 12 characters or more, not the username, not one of the
 * passwords people pick first. Answers with message codes, so forms show every problem
 * beside the field.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	/** Bcrypt reads only the first 72 bytes; Spring Security refuses longer input. */
	static final int MAXIMUM_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = loadCommonPasswords();
	}

	/** The codes of the rules the password breaks; empty when it is acceptable. */
	List<String> check(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			problems.add("password.tooShort");
			return problems;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			problems.add("password.tooLong");
		}
		if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
			problems.add("password.sameAsUsername");
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add("password.tooCommon");
		}
		return problems;
	}

	private static Set<String> loadCommonPasswords() {
		try (InputStream in = new ClassPathResource("users/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
