package vn.cchc.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import vn.cchc.portal.support.TestClock;

/** The seed plans and expected results on the test class path. */
final class SeedFiles {

	static final String SEED_000 = "/seeds/000_70849217291edccb.txt";

	static final String SEED_001 = "/seeds/001_3aebb1f59d195251.txt";

	static final String SEED_002 = "/seeds/002_430e0f1fc1b5b3ee.txt";

	static final String SEED_003 = "/seeds/003_58feb45cd8388237.txt";

	static final String SEED_004 = "/seeds/004_22c43dbb892fd0ed.txt";

	private SeedFiles() {
	}

	static byte[] bytes(String resource) {
		try (InputStream in = SeedFiles.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ImportedPlan read(String resource) {
		return new PlanDocumentReader(TestClock.atStart()).read(bytes(resource), resource);
	}

}
