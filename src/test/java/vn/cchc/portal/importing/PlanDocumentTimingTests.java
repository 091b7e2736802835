package vn.cchc.portal.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100-page plan must reach the preview in well under 2 s: seed 001 (about 12 pages)
 * repeated nine times is about 110 pages and 500 tasks.
 */
class PlanDocumentTimingTests {

	@Test
	void aHundredPagePlanParsesInWellUnderTwoSeconds() {
		String seed = new String(SeedFiles.bytes(SeedFiles.SEED_001), StandardCharsets.UTF_8);
		String plan = (seed + "\n").repeat(9);
		PlanDocumentReader reader = new PlanDocumentReader(TestClock.atStart());
		reader.read(seed); // warm-up, as a running server would be
		long start = System.nanoTime();
		ImportedPlan imported = reader.read(plan.getBytes(StandardCharsets.UTF_8), "plan.txt");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf(Locale.ROOT, "100-page plan (%d kB, %d tasks) read in %d ms%n", plan.length() / 1024,
				imported.tasks().size(), millis);
		assertThat(imported.tasks()).hasSize(9 * 56);
		assertThat(millis).isLessThan(2000);
	}

	/**
	 * Seed 002 (about 40 pages of OCR text) spots the cells of its 93 rows by comparing
	 * every band of lines with the agency, deadline and product vocabularies.
	 */
	@Test
	void aLostColumnFrameworkIsReadWithItsCellsInUnderTwoSeconds() {
		byte[] seed = SeedFiles.bytes(SeedFiles.SEED_002);
		PlanDocumentReader reader = new PlanDocumentReader(TestClock.atStart());
		reader.read(seed, "warm-up.txt");
		long start = System.nanoTime();
		ImportedPlan imported = reader.read(seed, "plan.txt");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf(Locale.ROOT, "seed 002 (%d kB, %d rows with their cells) read in %d ms%n", seed.length / 1024,
				imported.tasks().size(), millis);
		assertThat(imported.tasks()).hasSize(93);
		assertThat(millis).isLessThan(2000);
	}

}
