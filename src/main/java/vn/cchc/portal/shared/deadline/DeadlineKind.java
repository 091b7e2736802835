package vn.cchc.portal.shared.deadline;

/**
 * What a deadline's wording means, as far as due dates go.
 */
public enum DeadlineKind {

	/** A day: "Chậm nhất là ngày 31/01/2024", "trước ngày 15/01/2024". */
	DATE,

	/** A month: "Tháng 12 năm 2024"; due at its end, or before it with "trước". */
	MONTH,

	/** One quarter: "Quý II/2021", "Trong Quý III/2021". */
	QUARTER,

	/** Consecutive quarters: "Quý II-III/2021", "Quý I và Quý II năm 2024". */
	QUARTER_RANGE,

	/** "6 tháng đầu năm", "6 tháng cuối năm 2024". */
	HALF_YEAR,

	/** "9 tháng đầu năm". */
	NINE_MONTHS,

	/** A year or consecutive years: "Năm 2021", "Trong năm 2021", "Cả năm". */
	YEAR,

	/** Ongoing work reported in every period, no single due date: "Thường xuyên". */
	CONTINUOUS,

	/** One milestone per period: "Hàng quý", "định kỳ 6 tháng", "Hằng năm". */
	RECURRING,

	/**
	 * Several milestones on one task: "Quý I năm 2024 ban hành kế hoạch; định kỳ báo
	 * cáo".
	 */
	MULTIPLE,

	/**
	 * No due date until something happens: "Sau khi có văn bản hướng dẫn", "Theo lộ
	 * trình".
	 */
	CONDITIONAL,

	/** Nothing recognised; only the wording is kept. */
	UNKNOWN;

	/**
	 * Whether this kind has a single last day, as opposed to being reported every period,
	 * waiting for a condition or not understood.
	 */
	public boolean isDated() {
		return switch (this) {
			case DATE, MONTH, QUARTER, QUARTER_RANGE, HALF_YEAR, NINE_MONTHS, YEAR -> true;
			default -> false;
		};
	}

}
