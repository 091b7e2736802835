package vn.cchc.portal.users;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Temporary passwords an administrator reads out or writes down once: random, long enough
 * for the policy, without look-alike characters (0/O, 1/l/I).
 */
@Component
class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder password = new StringBuilder(LENGTH + 3);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
