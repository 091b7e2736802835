package vn.cchc.portal.agencies;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.portal.agencies.AgencyResolution.Candidate;
import vn.cchc.portal.agencies.AgencyResolution.MatchType;
import vn.cchc.portal.agencies.AgencyResolution.Party;
import vn.cchc.portal.agencies.AgencyResolution.TargetKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per matching rule of {@link AgencyNameResolver}, on the Quảng Ngãi 2024
 * directory.
 */
class AgencyNameResolverTests {

	private final AgencyNameResolver resolver = new AgencyNameResolver(
			DirectoryFixtures.load("/resolver/quang-ngai-2024.csv"));

	@Test
	void matchesTheOfficialNameExactly() {
		Candidate best = single("Sở Kế hoạch và Đầu tư");
		assertThat(best.code()).isEqualTo("SKHDT");
		assertThat(best.kind()).isEqualTo(TargetKind.AGENCY);
		assertThat(best.agencyId()).isNotNull();
		assertThat(best.match()).isEqualTo(MatchType.EXACT);
		assertThat(best.confidence()).isEqualTo(1.0);
	}

	@Test
	void matchesShortNamesAsAliases() {
		Candidate best = single("Sở KH&ĐT");
		assertThat(best.code()).isEqualTo("SKHDT");
		assertThat(best.match()).isEqualTo(MatchType.ALIAS);
		assertThat(best.confidence()).isLessThan(1.0).isGreaterThan(0.95);
	}

	@Test
	void foldsDiacriticsCasePunctuationAndAbbreviations() {
		for (String written : List.of("So Ke hoach va Dau tu", "Sở Kế hoạch – Đầu tư", "SỞ KẾ HOẠCH & ĐẦU TƯ",
				"sở kh-đt", "so kh&dt")) {
			Candidate best = single(written);
			assertThat(best.code()).as(written).isEqualTo("SKHDT");
			assertThat(best.match()).as(written).isEqualTo(MatchType.FOLDED);
			assertThat(best.confidence()).as(written).isEqualTo(0.9);
		}
		assertThat(single("Văn phòng Ủy ban nhân dân tỉnh").code()).isEqualTo("VP-UBND");
		assertThat(single("VP UBND tỉnh").code()).isEqualTo("VP-UBND");
		assertThat(single("Văn phòng Đoàn ĐBQH và HĐND tỉnh").code()).isEqualTo("VP-DDBQH-HDND");
		assertThat(single("Van phong Doan dai bieu Quoc hoi va Hoi dong nhan dan tinh").code())
			.isEqualTo("VP-DDBQH-HDND");
		assertThat(single("Sở TT&TT").code()).isEqualTo("STTTT");
	}

	@Test
	void matchesOcrDamageFuzzilyWithAConfidenceScaledBySimilarity() {
		Candidate slightly = single("Sở Tu phát");
		Candidate badly = single("Sờ Kế hoacb và Đâu tn");
		assertThat(slightly.code()).isEqualTo("STP");
		assertThat(badly.code()).isEqualTo("SKHDT");
		assertThat(slightly.match()).isEqualTo(MatchType.FUZZY);
		assertThat(badly.match()).isEqualTo(MatchType.FUZZY);
		assertThat(slightly.confidence()).isLessThan(0.9).isGreaterThan(badly.confidence());
		assertThat(badly.confidence()).isGreaterThan(0.5);
		// A damaged head word is not taken for a shorter known name inside it.
		assertThat(single("Vam phòng UBND tỉnh").code()).isEqualTo("VP-UBND");
	}

	@Test
	void resolvesGroupsAsPlansWriteThem() {
		assertThat(codes("các sở, ban ngành")).containsExactly(AgencyDirectory.DEPARTMENTS);
		assertThat(codes("UBND các huyện, thị xã, thành phố")).containsExactly(AgencyDirectory.DISTRICT_COMMITTEES);
		assertThat(codes("UBND cấp xã")).containsExactly(AgencyDirectory.COMMUNE_COMMITTEES);
		assertThat(codes("UBND các cấp")).containsExactly(AgencyDirectory.LOCAL_COMMITTEES);
		assertThat(codes("các cơ quan Trung ương đóng trên địa bàn tỉnh"))
			.containsExactly(AgencyDirectory.CENTRAL_AGENCIES);
		assertThat(codes("các cơ quan hành chính nhà nước"))
			.containsExactly(AgencyDirectory.STATE_ADMINISTRATIVE_AGENCIES);
		assertThat(codes("Các sở, ngành có liên quan")).containsExactly(AgencyDirectory.RELATED_DEPARTMENTS);
		Candidate group = single("các cơ quan, đơn vị có liên quan");
		assertThat(group.kind()).isEqualTo(TargetKind.GROUP);
		assertThat(group.agencyId()).isNull();
		assertThat(group.match()).isEqualTo(MatchType.EXACT);
	}

	@Test
	void splitsPartiesButNotTheCommasAndVaInsideNames() {
		assertThat(codes("Sở Tư pháp và các sở, ban ngành, UBND cấp huyện; UBND cấp xã.")).containsExactly("STP",
				AgencyDirectory.DEPARTMENTS, AgencyDirectory.DISTRICT_COMMITTEES, AgencyDirectory.COMMUNE_COMMITTEES);
		assertThat(codes("Sở Văn hóa, Thể thao và Du lịch, Sở Kế hoạch và Đầu tư với Sở Y tế"))
			.containsExactly("SVHTTDL", "SKHDT", "SYT");
		assertThat(codes("Văn phòng Đoàn ĐBQH và HĐND tỉnh, các cơ quan, đơn vị có liên quan và UBND cấp huyện."))
			.containsExactly("VP-DDBQH-HDND", AgencyDirectory.RELATED_AGENCIES, AgencyDirectory.DISTRICT_COMMITTEES);
		AgencyResolution resolution = this.resolver.resolve("Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch");
		Party culture = resolution.parties().get(1);
		assertThat(culture.text()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
		assertThat(resolution.phrase().substring(culture.start(), culture.end())).isEqualTo(culture.text());
	}

	@Test
	void completesNamesFromTheirContext() {
		assertThat(codes("Các Sở: Nội vụ, Tư pháp, Kế hoạch và Đầu tư")).containsExactly("SNV", "STP", "SKHDT");
		assertThat(codes("UBND cấp huyện, cấp xã")).containsExactly(AgencyDirectory.DISTRICT_COMMITTEES,
				AgencyDirectory.COMMUNE_COMMITTEES);
		assertThat(single("Các Sở: Nội vụ").match()).isEqualTo(MatchType.FOLDED);
		assertThat(single("Các Sở: Nội vụ").confidence()).isLessThan(0.9);
	}

	@Test
	void resolvesUnitsNamedByLevelToThatLevelsCommittees() {
		AgencyResolution resolution = this.resolver
			.resolve("Sở Tư pháp, Phòng Tư pháp cấp huyện, công chức Tư pháp - Hộ tịch cấp xã.");
		assertThat(resolution.parties()).extracting(Party::text)
			.containsExactly("Sở Tư pháp", "Phòng Tư pháp cấp huyện", "công chức Tư pháp - Hộ tịch cấp xã");
		Candidate unit = resolution.parties().get(1).best().orElseThrow();
		assertThat(unit.code()).isEqualTo(AgencyDirectory.DISTRICT_COMMITTEES);
		assertThat(unit.match()).isEqualTo(MatchType.UNIT_AT_LEVEL);
	}

	@Test
	void stripsNoiseWordsLabelsAndDescriptions() {
		assertThat(codes("Cơ quan chủ trì thực hiện: Sở Nội vụ.")).containsExactly("SNV");
		assertThat(this.resolver.resolve("Co quan chu tri").parties()).isEmpty();
		assertThat(codes("Văn phòng UBND tỉnh kiểm soát chất lượng nội dung công bố danh mục và quy trình nội bộ "
				+ "để trình Chủ tịch UBND tỉnh phê duyệt."))
			.containsExactly("VP-UBND");
		assertThat(codes("UBND cấp huyện và các cơ quan liên quan phối hợp với các sở, ban ngành xây dựng quy trình "
				+ "nội bộ, quy trình điện tử giải quyết TTHC thuộc thẩm quyền tiếp nhận và giải quyết cấp huyện, cấp xã."))
			.containsExactly(AgencyDirectory.DISTRICT_COMMITTEES, AgencyDirectory.RELATED_AGENCIES,
					AgencyDirectory.DEPARTMENTS);
	}

	@Test
	void keepsUnknownNamesAsUnresolvedSpans() {
		AgencyResolution resolution = this.resolver.resolve("Sở Tư pháp, Trung tâm Lưu trữ lịch sử tỉnh");
		assertThat(resolution.resolved()).hasSize(1);
		assertThat(resolution.unresolved()).singleElement().satisfies((party) -> {
			assertThat(party.text()).isEqualTo("Trung tâm Lưu trữ lịch sử tỉnh");
			assertThat(party.candidates()).isEmpty();
			assertThat(party.best()).isEmpty();
		});
		assertThat(this.resolver.resolve("").parties()).isEmpty();
		assertThat(this.resolver.resolve(null).parties()).isEmpty();
	}

	@Test
	void ranksCandidatesWhenANameIsAmbiguous() {
		AgencyNameResolver twoDirectorates = new AgencyNameResolver(AgencyDirectory.withStandardGroups(List.of(
				new AgencyDirectory.Agency(1, "CUC-THUE", AgencyKind.CENTRAL_AGENCY, null, "Cục Thuế tỉnh Quảng Ngãi",
						List.of("Cục Thuế")),
				new AgencyDirectory.Agency(2, "CUC-THUE-CU", AgencyKind.CENTRAL_AGENCY, null, "Cục Thuế", List.of()))));
		List<Candidate> candidates = twoDirectorates.resolve("Cục Thuế").parties().get(0).candidates();
		assertThat(candidates).extracting(Candidate::code).containsExactly("CUC-THUE-CU", "CUC-THUE");
		assertThat(candidates.get(0).match()).isEqualTo(MatchType.EXACT);
		assertThat(candidates.get(1).match()).isEqualTo(MatchType.ALIAS);
		assertThat(candidates.get(0).confidence()).isLessThan(1.0).isGreaterThan(candidates.get(1).confidence());

		List<Candidate> fuzzy = this.resolver.resolve("Sở Kế hoạch").parties().get(0).candidates();
		assertThat(fuzzy.get(0).code()).isEqualTo("SKHDT");
		assertThat(fuzzy).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
		assertThat(fuzzy).allSatisfy((candidate) -> assertThat(candidate.confidence()).isBetween(0.0, 1.0));
	}

	private Candidate single(String phrase) {
		AgencyResolution resolution = this.resolver.resolve(phrase);
		assertThat(resolution.parties()).as(phrase).hasSize(1);
		return resolution.parties().get(0).best().orElseThrow(() -> new AssertionError("unresolved: " + phrase));
	}

	private List<String> codes(String phrase) {
		return this.resolver.resolve(phrase)
			.resolved()
			.stream()
			.map((party) -> party.best().orElseThrow().code())
			.toList();
	}

}
