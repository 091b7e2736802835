package vn.cchc.portal.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A step that fails halfway through a transaction, without touching the code under test:
 * while it is open, PostgreSQL refuses the rows of one table that match a condition (a
 * trigger raising an error). Scoped by the condition to the test's own data, so the other
 * tests sharing the database write as usual.
 *
 * <pre>
 * try (FailingWrite failing = FailingWrite.on(jdbc, "notification", "insert", "new.agency_id = 42")) {
 *     // the change, then: nothing of it is left
 * }
 * </pre>
 */
public final class FailingWrite implements AutoCloseable {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final String table;

	private final String name;

	private FailingWrite(JdbcTemplate jdbc, String table, String name) {
		this.jdbc = jdbc;
		this.table = table;
		this.name = name;
	}

	/**
	 * Refuses {@code operation} ("insert", "update", "delete") of the rows of
	 * {@code table} for which {@code condition} (SQL over {@code new.} or {@code old.})
	 * holds.
	 */
	public static FailingWrite on(JdbcTemplate jdbc, String table, String operation, String condition) {
		String name = "test_failing_" + table + "_" + SEQUENCE.incrementAndGet();
		jdbc.execute("create function " + name + "() returns trigger language plpgsql as $$ begin "
				+ "raise exception 'test: refusing this " + operation + " on " + table + "'; end $$");
		jdbc.execute("create trigger " + name + " before " + operation + " on " + table + " for each row when ("
				+ condition + ") execute function " + name + "()");
		return new FailingWrite(jdbc, table, name);
	}

	@Override
	public void close() {
		this.jdbc.execute("drop trigger " + this.name + " on " + this.table);
		this.jdbc.execute("drop function " + this.name + "()");
	}

}
