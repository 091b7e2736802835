package vn.cchc.portal.reporting;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns to write the province report. A year's report is a document of thousands of rows
 * (for Word, POI's XML tree of some tens of megabytes), and every request writes its own:
 * 32 planners downloading at once held 32 of them and grew the heap, and the process with
 * it, to the limit. At most {@code cchc.reports.concurrent} are written at once (by
 * default as many as the cores: more would only share the same processors); the others
 * wait their turn, first come first served, for at most {@code cchc.reports.wait}, then
 * get the "too many reports at once" page instead of an error.
 */
@Component
class ReportTurns {

	private final Semaphore turns;

	private final Duration wait;

	ReportTurns(@Value("${cchc.reports.concurrent:0}") int concurrent,
			@Value("${cchc.reports.wait:20s}") Duration wait) {
		this.turns = new Semaphore((concurrent > 0) ? concurrent : Runtime.getRuntime().availableProcessors(), true);
		this.wait = wait;
	}

	/** The work done in a turn, once one is free; {@link Busy} if none is in time. */
	<T> T take(Supplier<T> work) {
		if (!acquire()) {
			throw new Busy();
		}
		try {
			return work.get();
		}
		finally {
			this.turns.release();
		}
	}

	private boolean acquire() {
		try {
			return this.turns.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** No turn came free in time: the report is asked for again later. */
	static final class Busy extends RuntimeException {

		Busy() {
			super("Too many reports being written", null, false, false);
		}

	}

}
