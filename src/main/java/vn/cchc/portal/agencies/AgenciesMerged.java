package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.List;

/**
 * Agencies were merged into {@code successorId} from {@code effectiveDate}. Modules
 * holding open work of the predecessors move it to the successor and keep a record of the
 * move.
 */
public record AgenciesMerged(long eventId, List<Long> predecessorIds, long successorId, LocalDate effectiveDate) {

	/**
	 * The predecessors that ceased to exist (the successor may have been one of them).
	 */
	public List<Long> closedIds() {
		return this.predecessorIds.stream().filter((id) -> id != this.successorId).toList();
	}

}
