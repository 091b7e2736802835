package vn.cchc.portal.progress;

/**
 * Where an assignment stands in a period, as the agency reports it.
 */
public enum ProgressStatus {

	NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, SUSPENDED

}
