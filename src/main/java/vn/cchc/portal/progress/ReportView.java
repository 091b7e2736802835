package vn.cchc.portal.progress;

import java.time.Instant;
import java.util.List;

/**
 * An agency's report for a period as pages show it; {@code id} is null until the first
 * step is taken.
 */
public record ReportView(Long id, String status, String summary, Instant submittedAt, boolean late, long version,
		List<AgencyReportEvent.ReportEventView> events) {

	static final ReportView NOT_STARTED = new ReportView(null, "DRAFT", null, null, false, 0, List.of());

	public boolean isFrozen() {
		return "SUBMITTED".equals(this.status) || "ACCEPTED".equals(this.status);
	}

}
