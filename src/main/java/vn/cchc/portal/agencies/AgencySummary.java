package vn.cchc.portal.agencies;

import java.time.LocalDate;

/**
 * An agency as other modules see it.
 */
public record AgencySummary(long id, String code, String name, String shortName, AgencyKind kind, Long parentId,
		LocalDate validFrom, LocalDate validTo) {

	/** The name people use day to day: the short name where there is one. */
	public String displayName() {
		return (this.shortName != null && !this.shortName.isBlank()) ? this.shortName : this.name;
	}

}
