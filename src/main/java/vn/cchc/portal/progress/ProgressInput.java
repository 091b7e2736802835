package vn.cchc.portal.progress;

/**
 * What an officer reports on an assignment for a period. {@code basedOn} is the revision
 * of the progress they saw: a save over a newer one is refused as a conflict.
 */
public record ProgressInput(ProgressStatus status, int percent, String results, String difficulties, String proposals,
		int basedOn) {
}
