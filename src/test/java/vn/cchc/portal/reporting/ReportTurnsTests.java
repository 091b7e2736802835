package vn.cchc.portal.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * At most so many reports are written at once; the others wait their turn, or are told to
 * come back when none comes in time; a turn is given back whatever the work did.
 */
class ReportTurnsTests {

	@Test
	void atMostTheBoundAreWrittenAtOnceAndEveryOtherWaitsItsTurn() throws Exception {
		ReportTurns turns = new ReportTurns(2, Duration.ofSeconds(30));
		AtomicInteger writing = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ExecutorService planners = Executors.newFixedThreadPool(12);
		try {
			List<Future<String>> reports = new ArrayList<>();
			for (int planner = 0; planner < 12; planner++) {
				String name = "report " + planner;
				reports.add(planners.submit(() -> turns.take(() -> {
					most.accumulateAndGet(writing.incrementAndGet(), Math::max);
					sleep(40);
					writing.decrementAndGet();
					return name;
				})));
			}
			for (int planner = 0; planner < 12; planner++) {
				assertThat(reports.get(planner).get(30, TimeUnit.SECONDS)).isEqualTo("report " + planner);
			}
		}
		finally {
			planners.shutdownNow();
		}
		assertThat(most).hasValue(2);
	}

	@Test
	void whoWaitsLongerThanTheLimitIsToldToComeBackAndTurnsAreGivenBack() throws Exception {
		ReportTurns turns = new ReportTurns(1, Duration.ofMillis(200));
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch written = new CountDownLatch(1);
		Thread first = Thread.ofPlatform().start(() -> turns.take(() -> {
			writing.countDown();
			await(written);
			return "first";
		}));
		writing.await();
		long started = System.nanoTime();
		assertThatThrownBy(() -> turns.take(() -> "second")).isInstanceOf(ReportTurns.Busy.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
		written.countDown();
		first.join();
		assertThat(turns.take(() -> "third")).isEqualTo("third");
		assertThatThrownBy(() -> turns.take(() -> {
			throw new IllegalStateException("the writer failed");
		})).hasMessage("the writer failed");
		assertThat(turns.take(() -> "after a failure")).isEqualTo("after a failure");
	}

	@Test
	void withoutABoundConfiguredThereAreAsManyTurnsAsCores() throws Exception {
		int cores = Runtime.getRuntime().availableProcessors();
		ReportTurns turns = new ReportTurns(0, Duration.ofMillis(100));
		CountDownLatch taken = new CountDownLatch(cores);
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> holders = new ArrayList<>();
		for (int core = 0; core < cores; core++) {
			holders.add(Thread.ofPlatform().start(() -> turns.take(() -> {
				taken.countDown();
				await(release);
				return null;
			})));
		}
		assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
		assertThatThrownBy(() -> turns.take(() -> "one more")).isInstanceOf(ReportTurns.Busy.class);
		release.countDown();
		for (Thread holder : holders) {
			holder.join();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
