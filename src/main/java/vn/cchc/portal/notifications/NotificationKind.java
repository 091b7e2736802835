package vn.cchc.portal.notifications;

/**
 * What a notification is about. Its text is the message
 * {@code notifications.kind.<KIND>}, with the period's name and year first, then the
 * kind's own parameters.
 */
enum NotificationKind {

	/** Sở Nội vụ opened a period: the agencies with work in its year may report. */
	PERIOD_OPENED,

	/** An agency submitted its report: for the planners. */
	REPORT_SUBMITTED,

	/** Sở Nội vụ returned a report with comments: for the agency's head and officers. */
	REPORT_RETURNED,

	/** Sở Nội vụ accepted a report: for the agency's head. */
	REPORT_ACCEPTED,

	/** The head sent an item back: for the agency's officers. */
	ITEM_SENT_BACK,

	/** Sở Nội vụ reminded the agency: for its head and officers. */
	REMINDED,

	/** The report is due within N days and not submitted (the daily job). */
	DUE_SOON,

	/** Assignments without an update for N days (the daily job). */
	NO_UPDATE

}
