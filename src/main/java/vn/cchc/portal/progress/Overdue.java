package vn.cchc.portal.progress;

import java.time.LocalDate;

import vn.cchc.portal.shared.deadline.Deadline;

/**
 * Whether an assignment is overdue, the one place that decides it. A dated task is
 * overdue once its due date has passed without completion; a continuous or recurring one
 * once the period's report is due without an update in the period; a conditional (or
 * unreadable) one never, until a due date is written into its deadline.
 */
public enum Overdue {

	/** Nothing is late. */
	NO,

	/** The due date has passed and the task is not done. */
	PAST_DUE,

	/** The task is reported every period, and this period's report is due without one. */
	NO_UPDATE_IN_PERIOD;

	/**
	 * @param deadline the task's deadline, read against its plan's year
	 * @param periodDue the due date of the period being reported
	 * @param status the latest status reported in the period, {@code null} if none
	 * @param today the day it is asked on
	 */
	public static Overdue of(Deadline deadline, LocalDate periodDue, ProgressStatus status, LocalDate today) {
		if (status != null && status.isClosed()) {
			return NO;
		}
		if (deadline.isOverdueOn(today)) {
			return PAST_DUE;
		}
		if (deadline.isReportedEveryPeriod() && status == null && periodDue != null && today.isAfter(periodDue)) {
			return NO_UPDATE_IN_PERIOD;
		}
		return NO;
	}

	public boolean isOverdue() {
		return this != NO;
	}

}
