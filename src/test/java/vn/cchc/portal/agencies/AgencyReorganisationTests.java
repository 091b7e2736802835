package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renames, merges and splits on real PostgreSQL. Each test runs in a transaction that is
 * rolled back, so the demo data stay as they are.
 */
@DataJpaTest
@Import({ AgencyReorganisation.class, AgencyCatalog.class, AuditLog.class, TestClock.Configuration.class })
@RecordApplicationEvents
class AgencyReorganisationTests {

	private static final LocalDate BEFORE = LocalDate.of(2030, 6, 30);

	private static final LocalDate EFFECTIVE = LocalDate.of(2030, 7, 1);

	@Autowired
	AgencyReorganisation reorganisation;

	@Autowired
	AgencyCatalog catalog;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void renameKeepsTheOldNameForEverythingDatedBefore() {
		long id = idOf("STP");
		this.reorganisation.rename(id, version(id), "Sở Tư pháp và Pháp chế", "Sở TP&PC", EFFECTIVE, "QĐ 1/QĐ-UBND",
				"admin");

		assertThat(nameOn(id, BEFORE)).isEqualTo("Sở Tư pháp");
		assertThat(nameOn(id, EFFECTIVE)).isEqualTo("Sở Tư pháp và Pháp chế");
		assertThat(this.catalog.find(id).orElseThrow().name()).isEqualTo("Sở Tư pháp và Pháp chế");

		AgencyProfile profile = this.catalog.profile(id).orElseThrow();
		assertThat(profile.formerNames()).extracting(AgencyProfile.FormerNameView::name).containsExactly("Sở Tư pháp");
		assertThat(profile.aliases()).contains("Sở Tư pháp");
		assertThat(profile.events()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("RENAME");
			assertThat(event.decision()).isEqualTo("QĐ 1/QĐ-UBND");
			assertThat(event.subjects()).extracting(AgencySummary::name).containsExactly("Sở Tư pháp");
			assertThat(event.successors()).extracting(AgencySummary::name).containsExactly("Sở Tư pháp và Pháp chế");
		});
		// The old name still finds the agency, through the alias the rename left behind.
		assertThat(this.catalog.search("so tu phap", EFFECTIVE)).extracting(AgencySummary::code).contains("STP");
	}

	@Test
	void aSecondRenameMustComeAfterTheFirst() {
		long id = idOf("STP");
		this.reorganisation.rename(id, version(id), "Tên A", null, EFFECTIVE, null, "admin");
		assertThatThrownBy(
				() -> this.reorganisation.rename(id, version(id), "Tên B", null, EFFECTIVE.minusDays(1), null, "admin"))
			.isInstanceOf(ReorganisationException.class)
			.extracting("messageKey")
			.isEqualTo("agencies.error.renameBeforeCurrentName");
		assertThat(nameOn(id, BEFORE)).isEqualTo("Sở Tư pháp");
	}

	@Test
	void mergeIntoAnExistingAgencyClosesTheOthersAndAnnouncesIt() {
		long justice = idOf("STP");
		long home = idOf("SNV");
		long eventId = this.reorganisation.merge(List.of(justice, home), home, null, EFFECTIVE, "NQ 9/NQ-HĐND",
				"admin");

		assertThat(this.agencies.findById(justice).orElseThrow().existsOn(BEFORE)).isTrue();
		assertThat(this.agencies.findById(justice).orElseThrow().existsOn(EFFECTIVE)).isFalse();
		assertThat(this.agencies.findById(home).orElseThrow().existsOn(EFFECTIVE)).isTrue();
		assertThat(this.catalog.search("", EFFECTIVE)).extracting(AgencySummary::code)
			.contains("SNV")
			.doesNotContain("STP");
		assertThat(this.catalog.members("DEPARTMENTS", BEFORE)).extracting(AgencySummary::code).contains("STP");
		assertThat(this.catalog.members("DEPARTMENTS", EFFECTIVE)).extracting(AgencySummary::code)
			.doesNotContain("STP");

		assertThat(this.events.stream(AgenciesMerged.class)).singleElement().satisfies((merged) -> {
			assertThat(merged.eventId()).isEqualTo(eventId);
			assertThat(merged.successorId()).isEqualTo(home);
			assertThat(merged.closedIds()).containsExactly(justice);
			assertThat(merged.effectiveDate()).isEqualTo(EFFECTIVE);
		});
		assertThat(this.jdbc.queryForObject(
				"select actor || ' ' || details from audit_event where action = 'AGENCY_MERGE' and target_id = ?",
				String.class, String.valueOf(eventId)))
			.startsWith("admin 2030-07-01: predecessor")
			.contains("STP", "successor SNV", "NQ 9/NQ-HĐND");
		AgencyProfile.EventView event = this.catalog.profile(justice).orElseThrow().events().get(0);
		assertThat(event.predecessors()).extracting(AgencySummary::code).containsExactlyInAnyOrder("STP", "SNV");
		assertThat(event.successors()).extracting(AgencySummary::code).containsExactly("SNV");
	}

	@Test
	void mergeIntoANewAgencyCreatesItFromTheEffectiveDate() {
		this.reorganisation.merge(List.of(idOf("SYT"), idOf("SGDDT")), null,
				new NewAgency("SYTGD", "Sở Y tế và Giáo dục", null, AgencyKind.DEPARTMENT, idOf("UBND-TINH")),
				EFFECTIVE, null, "admin");

		Agency created = this.agencies.findByCode("SYTGD").orElseThrow();
		assertThat(created.existsOn(BEFORE)).isFalse();
		assertThat(created.existsOn(EFFECTIVE)).isTrue();
		assertThat(this.catalog.members("DEPARTMENTS", EFFECTIVE)).extracting(AgencySummary::code)
			.contains("SYTGD")
			.doesNotContain("SYT", "SGDDT");
	}

	@Test
	void mergeNeedsExactlyOneKindOfSuccessorAndAgenciesThatExistThen() {
		long health = idOf("SYT");
		long education = idOf("SGDDT");
		assertThatThrownBy(
				() -> this.reorganisation.merge(List.of(health, education), null, null, EFFECTIVE, null, "a"))
			.extracting("messageKey")
			.isEqualTo("agencies.error.successorRequired");
		// Sở Kế hoạch và Đầu tư ended on 1/3/2025 in the demo data: it cannot merge again
		// in 2030.
		assertThatThrownBy(
				() -> this.reorganisation.merge(List.of(idOf("SKHDT"), health), health, null, EFFECTIVE, null, "a"))
			.extracting("messageKey")
			.isEqualTo("agencies.error.notExistingThen");
		assertThat(this.agencies.findById(health).orElseThrow().existsOn(EFFECTIVE)).isTrue();
	}

	@Test
	void splitEndsThePredecessorAndNamesTheSuccessors() {
		long culture = idOf("SVHTTDL");
		this.reorganisation.split(culture, List.of(),
				List.of(new NewAgency("SVH", "Sở Văn hóa và Thể thao", null, AgencyKind.DEPARTMENT, idOf("UBND-TINH")),
						new NewAgency("SDL", "Sở Du lịch", null, AgencyKind.DEPARTMENT, idOf("UBND-TINH"))),
				EFFECTIVE, null, "admin");

		assertThat(this.agencies.findById(culture).orElseThrow().existsOn(EFFECTIVE)).isFalse();
		assertThat(this.events.stream(AgencySplit.class)).singleElement()
			.satisfies((split) -> assertThat(split.successorIds()).hasSize(2));
	}

	@Test
	void the2025ReorganisationOfTheDemoDataReadsCorrectlyOnBothSides() {
		LocalDate in2024 = LocalDate.of(2024, 6, 30);
		LocalDate in2026 = LocalDate.of(2026, 1, 15);
		assertThat(this.catalog.members("DISTRICT_COMMITTEES", in2024)).hasSize(13);
		assertThat(this.catalog.members("DISTRICT_COMMITTEES", in2026)).isEmpty();
		assertThat(this.catalog.members("COMMUNE_COMMITTEES", in2024)).isEmpty();
		assertThat(this.catalog.members("COMMUNE_COMMITTEES", in2026)).hasSizeGreaterThanOrEqualTo(30);
		assertThat(this.catalog.members("DEPARTMENTS", in2024)).extracting(AgencySummary::name)
			.contains("Sở Kế hoạch và Đầu tư", "Ban Dân tộc tỉnh")
			.doesNotContain("Sở Nông nghiệp và Môi trường");
		assertThat(this.catalog.members("DEPARTMENTS", in2026)).extracting(AgencySummary::name)
			.contains("Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo")
			.doesNotContain("Sở Kế hoạch và Đầu tư", "Ban Dân tộc tỉnh");
		assertThat(this.catalog.members("RELATED_AGENCIES", in2026)).isEmpty();
	}

	@Test
	void searchIgnoresDiacriticsAndToleratesTyposAndAliases() {
		assertThat(this.catalog.search("so noi vu", null)).extracting(AgencySummary::code).first().isEqualTo("SNV");
		assertThat(this.catalog.search("Sở Nôi vu", null)).extracting(AgencySummary::code).first().isEqualTo("SNV");
		assertThat(this.catalog.search("So Ke hoach - Dau tu", null)).extracting(AgencySummary::code)
			.first()
			.isEqualTo("SKHDT");
		assertThat(this.catalog.search("TT&TT", null)).extracting(AgencySummary::code).contains("STTTT");
		assertThat(this.catalog.search("so ke hoach va dau tu", LocalDate.of(2024, 1, 1)))
			.extracting(AgencySummary::code)
			.containsExactly("SKHDT");
		assertThat(this.catalog.search("so ke hoach va dau tu", LocalDate.of(2026, 1, 1))).isEmpty();
	}

	private long idOf(String code) {
		return this.agencies.findByCode(code).orElseThrow().getId();
	}

	private String nameOn(long id, LocalDate date) {
		return this.catalog.findAll(List.of(id), date).get(id).name();
	}

	/** The version a form would show: pending changes flushed (the version counted). */
	private long version(long id) {
		this.agencies.flush();
		return this.agencies.findById(id).orElseThrow().getVersion();
	}

}
