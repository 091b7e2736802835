package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency was split into {@code successorIds} from {@code effectiveDate}. Its open work
 * needs a person to decide which successor takes what, so modules flag it rather than
 * move it.
 */
public record AgencySplit(long eventId, long predecessorId, List<Long> successorIds, LocalDate effectiveDate) {
}
