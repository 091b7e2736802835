package vn.cchc.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The clock of the tests, in Việt Nam's time zone as the portal's. It never reads the
 * real date: it starts at {@link #START} and is put back there before every test class
 * and every test ({@link Reset}), so no test sees the time another one set. A test that
 * depends on the date sets it ({@link #setTo}) and moves it ({@link #advance}).
 */
public class TestClock extends Clock {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * Where the clock starts, as a Việt Nam local date-time: the system property
	 * {@code cchc.test.now} (CI runs the suite at several), else a fixed ordinary day.
	 * The demo data are loaded in its year.
	 */
	public static final Instant START = LocalDateTime.parse(System.getProperty("cchc.test.now", "2026-06-15T09:00"))
		.atZone(VIETNAM)
		.toInstant();

	private volatile Instant now = START;

	@Override
	public ZoneId getZone() {
		return VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The portal's clock is always in Việt Nam's time zone");
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/** Sets the clock to this moment of Việt Nam's time. */
	public void setTo(LocalDateTime inVietnam) {
		this.now = inVietnam.atZone(VIETNAM).toInstant();
	}

	/** Sets the clock to 9:00 in Việt Nam on that day. */
	public void setTo(LocalDate day) {
		setTo(day.atTime(9, 0));
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/** Việt Nam's date now. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.now, VIETNAM);
	}

	void reset() {
		this.now = START;
	}

	/** A clock standing at {@link #START}, for tests without a Spring context. */
	public static Clock atStart() {
		return Clock.fixed(START, VIETNAM);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	/**
	 * Puts the clock back at {@link #START} before each test class and each test, in
	 * every context that has one.
	 */
	public static class Reset extends AbstractTestExecutionListener {

		@Override
		public int getOrder() {
			return 0;
		}

		@Override
		public void beforeTestClass(TestContext testContext) {
			reset(testContext);
		}

		@Override
		public void beforeTestMethod(TestContext testContext) {
			reset(testContext);
		}

		private static void reset(TestContext testContext) {
			testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
		}

	}

}
