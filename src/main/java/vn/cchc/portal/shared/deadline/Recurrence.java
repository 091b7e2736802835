package vn.cchc.portal.shared.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a recurring deadline comes back. Each period ends on a milestone: the last
 * day of the month, quarter, half-year or year.
 */
public enum Recurrence {

	MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

	private final int months;

	Recurrence(int months) {
		this.months = months;
	}

	/**
	 * The last day of every period of the given year, in order: for QUARTERLY in 2024,
	 * 31/03, 30/06, 30/09 and 31/12/2024.
	 */
	public List<LocalDate> periodEnds(int year) {
		List<LocalDate> ends = new ArrayList<>();
		for (int month = this.months; month <= 12; month += this.months) {
			ends.add(YearMonth.of(year, month).atEndOfMonth());
		}
		return List.copyOf(ends);
	}

}
