package vn.cchc.portal.progress;

import java.time.LocalDate;

/**
 * A reporting period as pages show it.
 */
public record PeriodView(Long id, int year, PeriodKind kind, LocalDate cutoffFrom, LocalDate cutoffTo,
		LocalDate dueDate, String status, LocalDate graceUntil, long version) {
}
