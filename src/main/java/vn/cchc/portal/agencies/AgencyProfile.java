package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.List;

/**
 * One agency and its history: what the agency page shows.
 */
public record AgencyProfile(AgencySummary agency, AgencySummary parent, LocalDate nameSince,
		List<FormerNameView> formerNames, List<String> aliases, List<EventView> events, List<AgencySummary> units,
		List<AgencyGroupSummary> groups) {

	public record FormerNameView(String name, String shortName, LocalDate validFrom, LocalDate validTo) {
	}

	/** A reorganisation, with each party named as it was just before the event. */
	public record EventView(long id, String type, LocalDate effectiveDate, String decision, String note,
			List<AgencySummary> predecessors, List<AgencySummary> successors, List<AgencySummary> subjects) {
	}

}
