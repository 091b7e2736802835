package vn.cchc.portal.support;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cchc.portal.shared.api.ApiController;

/**
 * Endpoints that fail on purpose, to show what users see when something breaks. Only in
 * tests.
 */
@TestConfiguration
@RestController
public class TestOnlyEndpoints {

	private final JdbcClient jdbc;

	TestOnlyEndpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/test-only/failure")
	String failure() {
		throw new IllegalStateException("secret detail");
	}

	@GetMapping("/test-only/conflict")
	String conflict() {
		throw new ObjectOptimisticLockingFailureException("Agency", 1L);
	}

	/** A query PostgreSQL refuses: its message carries the SQL. */
	@GetMapping("/test-only/sql-failure")
	String sqlFailure() {
		return this.jdbc.sql("select secret_column from no_such_table_secret").query(String.class).single();
	}

	/** How long the signed-in session may stay idle, in seconds. */
	@GetMapping("/test-only/session-timeout")
	String sessionTimeout(HttpSession session) {
		return String.valueOf(session.getMaxInactiveInterval());
	}

	/** The same failures in the JSON API. */
	@ApiController
	static class FailingApi {

		private final JdbcClient jdbc;

		FailingApi(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/api/v1/test-only/failure")
		String failure() {
			throw new IllegalStateException("secret detail");
		}

		@GetMapping("/api/v1/test-only/sql-failure")
		String sqlFailure() {
			return this.jdbc.sql("select secret_column from no_such_table_secret").query(String.class).single();
		}

	}

}
