package vn.cchc.portal.shared.time;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The years a plan may have: those the schema allows ({@code plan.plan_year}, 2000 to
 * 2100). A year from an address or a form outside them names no plan's year.
 */
public final class PlanYears {

	private PlanYears() {
	}

	public static boolean contains(Integer year) {
		return year != null && year >= 2000 && year <= 2100;
	}

	/** The year asked for if a plan may have it, else this year in Việt Nam. */
	public static int orThisYear(Integer year, Clock clock) {
		return contains(year) ? year : LocalDate.now(clock).getYear();
	}

}
