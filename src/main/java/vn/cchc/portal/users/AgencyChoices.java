package vn.cchc.portal.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.agencies.AgencySummary;

/**
 * The agencies and units an administrator can pick for an account, from the agency
 * catalogue: agencies grouped by kind, and the units (phòng) of one agency.
 */
@Component
class AgencyChoices {

	private final AgencyCatalog catalog;

	AgencyChoices(AgencyCatalog catalog) {
		this.catalog = catalog;
	}

	Map<AgencyKind, List<AgencySummary>> agenciesByKind() {
		return this.catalog.search("")
			.stream()
			.filter((agency) -> agency.kind() != AgencyKind.INTERNAL_UNIT)
			.collect(Collectors.groupingBy(AgencySummary::kind, LinkedHashMap::new, Collectors.toList()));
	}

	List<AgencySummary> unitsOf(Long agencyId) {
		if (agencyId == null) {
			return List.of();
		}
		return this.catalog.search("")
			.stream()
			.filter((agency) -> agency.kind() == AgencyKind.INTERNAL_UNIT && agencyId.equals(agency.parentId()))
			.toList();
	}

}
