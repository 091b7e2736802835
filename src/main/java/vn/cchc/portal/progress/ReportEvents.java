package vn.cchc.portal.progress;

import java.util.List;

/**
 * What happens to reporting periods and agency reports, published for whoever must tell
 * people about it (notifications).
 */
public final class ReportEvents {

	private ReportEvents() {
	}

	/** Sở Nội vụ opened a period: agencies may report. */
	public record PeriodOpened(long periodId) {
	}

	/** An agency head submitted the agency's report. */
	public record ReportSubmitted(long reportId, long agencyId, long periodId) {
	}

	/** Sở Nội vụ returned a report with comments. */
	public record ReportReturned(long reportId, long agencyId, long periodId, String comment) {
	}

	/** Sở Nội vụ accepted a report. */
	public record ReportAccepted(long reportId, long agencyId, long periodId) {
	}

	/** The agency head sent an item back to the officers. */
	public record ItemSentBack(long assignmentId, long agencyId, long periodId, String comment) {
	}

	/** Sở Nội vụ reminded agencies that their report is expected. */
	public record AgenciesReminded(long periodId, List<Long> agencyIds) {
	}

}
