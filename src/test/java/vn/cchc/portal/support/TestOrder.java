package vn.cchc.portal.support;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Test classes run in random order (junit-platform.properties); this picks the seed
 * unless one is given and prints it, so that an order that fails can be run again with
 * {@code -Djunit.jupiter.execution.order.random.seed=N}.
 */
public class TestOrder implements LauncherSessionListener {

	static final String SEED = "junit.jupiter.execution.order.random.seed";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String seed = System.getProperty(SEED);
		if (seed == null || seed.isBlank()) {
			seed = String.valueOf(ThreadLocalRandom.current().nextLong(1, 1_000_000));
			System.setProperty(SEED, seed);
		}
		System.out.printf(
				"Test classes in random order, seed %s (-D%s=%s to repeat); test clock starts at %s in Việt Nam%n",
				seed, SEED, seed, TestClock.START.atZone(TestClock.VIETNAM).toLocalDateTime());
	}

}
