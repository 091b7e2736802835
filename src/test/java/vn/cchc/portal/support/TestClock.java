package vn.cchc.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move forward instead of waiting. It starts at the real time, so rows
 * written by the database's now() still compare sensibly, and only ever goes forward.
 */
public class TestClock extends Clock {

	private volatile Instant now = Instant.now();

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Always UTC");
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
