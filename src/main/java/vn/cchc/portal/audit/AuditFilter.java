package vn.cchc.portal.audit;

import java.time.LocalDate;

/**
 * What the audit trail is narrowed to; every part optional. {@code from} and {@code to}
 * are days in the province's time zone, both included.
 */
public record AuditFilter(String actor, String action, String targetType, String targetId,
		@org.springframework.format.annotation.DateTimeFormat(
				iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
		@org.springframework.format.annotation.DateTimeFormat(
				iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to) {

	public AuditFilter {
		// A day PostgreSQL cannot compare with (years beyond 1-9999) narrows nothing.
		from = ordinary(from);
		to = ordinary(to);
	}

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

	private static LocalDate ordinary(LocalDate day) {
		return (day != null && day.getYear() >= 1 && day.getYear() <= 9999) ? day : null;
	}

}
