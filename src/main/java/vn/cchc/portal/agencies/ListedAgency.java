package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency as a list (an imported file) gives it: its parent by code, its validity, the
 * other names people write for it.
 */
public record ListedAgency(String code, String name, String shortName, AgencyKind kind, String parentCode,
		LocalDate validFrom, LocalDate validTo, List<String> aliases) {
}
