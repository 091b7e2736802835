package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resolver over the real directory: the agencies and groups in PostgreSQL, as of a
 * plan's date.
 */
@DataJpaTest
@Import({ AgencyCatalog.class, AgencyNames.class, TestClock.Configuration.class })
class AgencyNamesTests {

	/** The date of decision 1879/QĐ-UBND, which issued seed 001. */
	private static final LocalDate SEED_001_DATE = LocalDate.of(2023, 12, 15);

	@Autowired
	AgencyNames names;

	@Autowired
	AgencyCatalog catalog;

	@Test
	void resolvesAPlansLeadWordingIntoAnAgencyAndGroups() {
		AgencyResolution resolution = this.names
			.resolve("Sở Tư pháp và các sở, ban ngành, UBND cấp huyện; UBND cấp xã.", SEED_001_DATE);
		assertThat(bestCodes(resolution)).containsExactly("STP", "DEPARTMENTS", "DISTRICT_COMMITTEES",
				"COMMUNE_COMMITTEES");
	}

	@Test
	void readsNamesAsTheyWereOnThePlansDate() {
		assertThat(bestCodes(this.names.resolve("Sở Kế hoạch và Đầu tư", SEED_001_DATE))).containsExactly("SKHDT");
		// After 1/3/2025 "Ban Dân tộc" is Sở Dân tộc và Tôn giáo: an old name still finds
		// it.
		assertThat(bestCodes(this.names.resolve("Ban Dân tộc tỉnh", LocalDate.of(2026, 1, 1)))).containsExactly("BDT");
		assertThat(this.catalog.directory(LocalDate.of(2026, 1, 1)).agencies()).extracting(AgencyDirectory.Agency::code)
			.doesNotContain("SKHDT", "H-BINHSON")
			.contains("SNNMT", "X-LYSON");
	}

	@Test
	void everyGroupTheResolverKnowsIsDefinedInTheDatabase() {
		Set<String> defined = this.catalog.groups().stream().map(AgencyGroupSummary::code).collect(Collectors.toSet());
		assertThat(defined)
			.containsAll(AgencyDirectory.standardGroups().stream().map(AgencyDirectory.Group::code).toList());
		assertThat(this.catalog.members("LOCAL_COMMITTEES", SEED_001_DATE)).extracting(AgencySummary::kind)
			.contains(AgencyKind.PROVINCE_COMMITTEE, AgencyKind.DISTRICT_COMMITTEE);
	}

	@Test
	void everyLeadAndCoordinatingPhraseOfSeed001ResolvesOnTheDemoData() {
		Map<String, Set<String>> expected = AgencyNameResolverAccuracyTests.expected("/resolver/expected-001.tsv");
		AgencyNameResolver resolver = this.names.resolverOn(SEED_001_DATE);
		List<String> wrong = expected.entrySet()
			.stream()
			.filter((entry) -> !new LinkedHashSet<>(bestCodes(resolver.resolve(entry.getKey())))
				.equals(entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(expected).hasSizeGreaterThan(50);
		assertThat(wrong).as("phrases resolved differently on the demo data").isEmpty();
	}

	private static List<String> bestCodes(AgencyResolution resolution) {
		return resolution.resolved().stream().map((party) -> party.best().orElseThrow().code()).toList();
	}

}
