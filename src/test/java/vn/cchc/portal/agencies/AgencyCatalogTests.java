package vn.cchc.portal.agencies;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import({ AgencyCatalog.class, TestClock.Configuration.class })
class AgencyCatalogTests {

	@Autowired
	AgencyCatalog catalog;

	@Test
	void findsAgenciesTypedWithoutDiacritics() {
		List<AgencySummary> found = this.catalog.search("so tu phap");
		// Best match first; close matches such as "Phòng Hành chính tư pháp" may follow.
		assertThat(found).extracting(AgencySummary::code).startsWith("STP").doesNotContain("SNV", "STC");
	}

	@Test
	void findsAgenciesByShortNameAndCode() {
		assertThat(this.catalog.search("KH&ĐT")).extracting(AgencySummary::code).containsExactly("SKHDT");
		assertThat(this.catalog.search("bhxh")).extracting(AgencySummary::code).containsExactly("BHXH");
	}

	@Test
	void emptyQueryListsEveryAgencyOrderedByKindThenName() {
		List<AgencySummary> all = this.catalog.search("");
		assertThat(all).hasSizeGreaterThan(40);
		assertThat(all.get(0).kind()).isEqualTo(AgencyKind.PROVINCE_COMMITTEE);
		assertThat(all).extracting(AgencySummary::kind).isSorted();
	}

	@Test
	void findsSeveralAgenciesByIdAndKeepsTheirParents() {
		AgencySummary unit = this.catalog.search("Phòng Kiểm soát thủ tục hành chính").get(0);
		AgencySummary office = this.catalog.find(unit.parentId()).orElseThrow();
		assertThat(office.code()).isEqualTo("VP-UBND");
		assertThat(this.catalog.findAll(List.of(unit.id(), office.id()))).containsOnlyKeys(unit.id(), office.id());
	}

}
