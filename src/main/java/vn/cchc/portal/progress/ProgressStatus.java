package vn.cchc.portal.progress;

/**
 * Where an assignment stands in a period, as the agency reports it.
 */
public enum ProgressStatus {

	NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, SUSPENDED;

	/** Done, or stopped by decision: nothing more is expected of it. */
	public boolean isClosed() {
		return this == DONE_ON_TIME || this == DONE_LATE || this == SUSPENDED;
	}

}
