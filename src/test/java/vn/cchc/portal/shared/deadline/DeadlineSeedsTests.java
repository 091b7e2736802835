package vn.cchc.portal.shared.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser measured on the seed plans: every deadline phrase of the five seeds, with
 * its expected reading checked by hand, in {@code deadlines/expected.tsv}.
 */
class DeadlineSeedsTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Map<String, Integer> PLAN_YEARS = Map.of("000", 2021, "001", 2024, "002", 2024, "003", 2021,
			"004", 2021);

	@Test
	void everySeedPhraseReadsAsExpected() throws IOException {
		List<Expectation> expectations = expectations();
		List<String> mismatches = new ArrayList<>();
		Map<String, Map<DeadlineKind, Long>> kindsPerSeed = new TreeMap<>();
		for (Expectation expected : expectations) {
			Deadline actual = DeadlineParser.parse(expected.phrase(), PLAN_YEARS.get(expected.seed()));
			Expectation read = Expectation.of(expected.seed(), expected.phrase(), actual);
			if (!read.equals(expected)) {
				mismatches.add("expected " + expected + System.lineSeparator() + "     got " + read);
			}
			kindsPerSeed.computeIfAbsent(expected.seed(), (seed) -> new TreeMap<>())
				.merge(actual.kind(), 1L, Long::sum);
		}
		report(expectations, kindsPerSeed, mismatches);
		assertThat(expectations).hasSizeGreaterThan(90);
		assertThat(mismatches).as("phrases read differently from the fixture").isEmpty();
	}

	@Test
	void fixtureHoldsEveryDeadlinePhraseOfTheListAndTableSeeds() throws IOException {
		Map<String, Set<String>> fixture = expectations().stream()
			.collect(Collectors.groupingBy(Expectation::seed,
					Collectors.mapping(Expectation::phrase, Collectors.toSet())));
		Map<String, List<String>> extracted = Map.of("000", SeedDeadlinePhrases.seed000(), "001",
				SeedDeadlinePhrases.seed001(), "003", SeedDeadlinePhrases.seed003());
		// One deadline per task: 23 in seed 000, 56 in 001, 50 task rows with a deadline
		// in 003.
		assertThat(extracted.get("000")).hasSize(23);
		assertThat(extracted.get("001")).hasSize(56);
		assertThat(extracted.get("003")).hasSize(50);
		extracted.forEach((seed, phrases) -> {
			Set<String> distinct = phrases.stream().map(DeadlineSeedsTests::tidy).collect(Collectors.toSet());
			assertThat(fixture.get(seed)).as("fixture phrases of seed " + seed).containsAll(distinct);
			System.out.printf("seed %s: %d deadline phrases, %d distinct; kinds over all tasks: %s%n", seed,
					phrases.size(), distinct.size(), countKinds(phrases, PLAN_YEARS.get(seed)));
		});
	}

	@Test
	void tableRowsSplitAcrossPagesKeepTheirDeadline() {
		// Seed 003 row 10 ("Công tác tuyên truyền") has sub-items and no deadline; its
		// sub-item a) continues after a page break with an empty TT and no deadline.
		List<String> deadlines = SeedDeadlinePhrases.seed003();
		assertThat(deadlines).doesNotContain("").contains("Quý II và Quý IV/2021", "Quý I/ 2021");
		assertThat(deadlines.getLast()).isEqualTo("Quý II/2021");
	}

	private static Map<DeadlineKind, Long> countKinds(List<String> phrases, int planYear) {
		return phrases.stream()
			.map((phrase) -> DeadlineParser.parse(phrase, planYear).kind())
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
	}

	private static void report(List<Expectation> expectations, Map<String, Map<DeadlineKind, Long>> kindsPerSeed,
			List<String> mismatches) {
		Map<DeadlineKind, Long> total = new TreeMap<>();
		kindsPerSeed.values().forEach((kinds) -> kinds.forEach((kind, count) -> total.merge(kind, count, Long::sum)));
		long below = expectations.stream().filter((expected) -> expected.confidence() < 1.0).count();
		System.out.printf("Deadline phrases of the seeds: %d distinct, %d read as expected, %d with confidence < 1%n",
				expectations.size(), expectations.size() - mismatches.size(), below);
		kindsPerSeed.forEach((seed, kinds) -> System.out.printf("  seed %s: %d phrases %s%n", seed,
				kinds.values().stream().mapToLong(Long::longValue).sum(), kinds));
		System.out.printf("  all seeds: %s%n", total);
		mismatches.forEach((mismatch) -> System.out.println("  MISMATCH " + mismatch));
	}

	private static List<Expectation> expectations() throws IOException {
		try (InputStream in = DeadlineSeedsTests.class.getResourceAsStream("/deadlines/expected.tsv")) {
			assertThat(in).as("deadlines/expected.tsv").isNotNull();
			List<Expectation> expectations = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				assertThat(fields).as(line).hasSize(7);
				Expectation expectation = new Expectation(fields[0], DeadlineKind.valueOf(fields[1]), fields[2],
						fields[3], fields[4].equals("yes"), Double.parseDouble(fields[5]), fields[6]);
				assertThat(seen.add(expectation.seed() + expectation.phrase())).as("duplicate: " + line).isTrue();
				expectations.add(expectation);
			}
			return expectations;
		}
	}

	private static String tidy(String phrase) {
		return phrase.strip().replaceAll("\\s+", " ");
	}

	/**
	 * One fixture line: what a phrase should read as. Dates as dd/MM/yyyy, "-" for none.
	 */
	record Expectation(String seed, DeadlineKind kind, String due, String milestones, boolean everyPeriod,
			double confidence, String phrase) {

		static Expectation of(String seed, String phrase, Deadline deadline) {
			String milestones = deadline.milestones()
				.stream()
				.map(DAY::format)
				.reduce((first, second) -> first + "," + second)
				.orElse("-");
			return new Expectation(seed, deadline.kind(), deadline.dueDate().map(DAY::format).orElse("-"), milestones,
					deadline.isReportedEveryPeriod(), deadline.confidence(), phrase);
		}

		@Override
		public String toString() {
			return String.join(" | ", this.seed, this.kind.name(), this.due, this.milestones,
					this.everyPeriod ? "every period" : "once", String.valueOf(this.confidence), this.phrase);
		}

	}

}
