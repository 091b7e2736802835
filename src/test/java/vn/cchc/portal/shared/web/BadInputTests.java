package vn.cchc.portal.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request's fault or not: a pool that timed out (no SQL state) is not bad input, and
 * asking must not fail, or the "database unavailable" page becomes a 500.
 */
class BadInputTests {

	@Test
	void aFailureWithoutSqlStateIsNotBadInput() {
		assertThat(BadInput.isCause(new RuntimeException(new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms"))))
			.isFalse();
	}

	@Test
	void aNulByteIsBadInput() {
		assertThat(BadInput.isCause(new DataIntegrityViolationException("insert",
				new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))))
			.isTrue();
	}

}
