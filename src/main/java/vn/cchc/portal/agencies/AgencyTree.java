package vn.cchc.portal.agencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agencies as the list page shows them: a section per kind, each agency followed by its
 * units. Units whose agency is not in the list stand on their own in the units section.
 */
record AgencyTree(List<Section> sections, int count) {

	record Section(AgencyKind kind, List<Node> nodes) {
	}

	record Node(AgencySummary agency, List<AgencySummary> units) {
	}

	static AgencyTree of(List<AgencySummary> agencies) {
		Set<Long> listed = agencies.stream().map(AgencySummary::id).collect(Collectors.toSet());
		Map<Long, List<AgencySummary>> unitsByParent = new LinkedHashMap<>();
		Map<AgencyKind, List<AgencySummary>> tops = new LinkedHashMap<>();
		for (AgencySummary agency : agencies) {
			boolean nested = agency.kind() == AgencyKind.INTERNAL_UNIT && listed.contains(agency.parentId());
			if (nested) {
				unitsByParent.computeIfAbsent(agency.parentId(), (id) -> new ArrayList<>()).add(agency);
			}
			else {
				tops.computeIfAbsent(agency.kind(), (kind) -> new ArrayList<>()).add(agency);
			}
		}
		List<Section> sections = tops.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new Section(entry.getKey(),
					entry.getValue()
						.stream()
						.map((agency) -> new Node(agency, unitsByParent.getOrDefault(agency.id(), List.of())))
						.toList()))
			.toList();
		return new AgencyTree(sections, agencies.size());
	}

}
