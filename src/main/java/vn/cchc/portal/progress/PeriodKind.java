package vn.cchc.portal.progress;

import java.time.LocalDate;

/**
 * The periods of the reporting regime, each ending with a month: Quý I (March), 6 tháng
 * (June), 9 tháng (September), Năm (December).
 */
public enum PeriodKind {

	Q1(3), H1(6), M9(9), YEAR(12);

	private final int lastMonth;

	PeriodKind(int lastMonth) {
		this.lastMonth = lastMonth;
	}

	/** Data are counted from 15/12 of the year before (every period is cumulative). */
	LocalDate defaultCutoffFrom(int year) {
		return LocalDate.of(year - 1, 12, 15);
	}

	/** … to the 14th of the period's last month. */
	LocalDate defaultCutoffTo(int year) {
		return LocalDate.of(year, this.lastMonth, 14);
	}

	/** Agencies report the day after the cut-off; Sở Nội vụ may move it. */
	LocalDate defaultDueDate(int year) {
		return defaultCutoffTo(year).plusDays(1);
	}

}
