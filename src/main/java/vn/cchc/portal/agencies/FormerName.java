package vn.cchc.portal.agencies;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A name an agency carried from {@code validFrom} (unknown when null) until the day
 * before {@code validTo}.
 */
@Embeddable
record FormerName(String name, String shortName, LocalDate validFrom, LocalDate validTo) {

	boolean covers(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || date.isBefore(this.validTo));
	}

}
