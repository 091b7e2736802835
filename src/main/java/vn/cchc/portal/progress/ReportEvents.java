package vn.cchc.portal.progress;

import java.util.List;

/**
 * What happens to reporting periods, progress and agency reports, published inside the
 * change's transaction for whoever must tell people about it (notifications) or keeps
 * figures counted from them (the dashboard).
 */
public final class ReportEvents {

	private ReportEvents() {
	}

	/** Sở Nội vụ opened a period: agencies may report. */
	public record PeriodOpened(long periodId) {
	}

	/** Sở Nội vụ closed a period (possibly with grace days for late reports). */
	public record PeriodClosed(long periodId) {
	}

	/** Sở Nội vụ changed a period's dates: what is overdue may differ. */
	public record PeriodScheduled(long periodId) {
	}

	/** An officer saved an update of an assignment in a period of {@code year}. */
	public record ProgressSaved(long assignmentId, long periodId, int year) {
	}

	/** An agency recorded its value for a target in a period. */
	public record TargetValueRecorded(long targetId, long agencyId, long periodId) {
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
