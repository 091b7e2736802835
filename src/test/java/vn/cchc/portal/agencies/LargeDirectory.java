package vn.cchc.portal.agencies;

import java.util.ArrayList;
import java.util.List;

/**
 * A directory of realistic size for timing: the Quảng Ngãi agencies, their internal units
 * and some 250 communes with generated names.
 */
final class LargeDirectory {

	private static final String[] SYLLABLES = { "Bình", "Tịnh", "Nghĩa", "Đức", "Phổ", "Sơn", "Hành", "Thạnh", "Long",
			"An", "Hòa", "Kỳ", "Phong", "Minh", "Thuận", "Trà", "Ba", "Hiệp", "Châu", "Thủy" };

	private static final AgencyDirectory DIRECTORY = build();

	private LargeDirectory() {
	}

	static AgencyDirectory quangNgaiWithCommunes() {
		return DIRECTORY;
	}

	private static AgencyDirectory build() {
		List<AgencyDirectory.Agency> agencies = new ArrayList<>(
				DirectoryFixtures.load("/resolver/quang-ngai-2024.csv").agencies());
		long id = 1000;
		for (int i = 0; i < 250; i++) {
			String name = SYLLABLES[i % SYLLABLES.length] + " "
					+ SYLLABLES[(i / SYLLABLES.length + 3 * i) % SYLLABLES.length];
			String kind = (i % 5 == 0) ? "phường" : "xã";
			agencies.add(new AgencyDirectory.Agency(id++, "X-" + i, AgencyKind.COMMUNE_COMMITTEE, null,
					"Ủy ban nhân dân " + kind + " " + name + " " + i, List.of("UBND " + kind + " " + name + " " + i)));
		}
		return AgencyDirectory.withStandardGroups(agencies);
	}

}
