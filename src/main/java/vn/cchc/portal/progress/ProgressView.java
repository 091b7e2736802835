package vn.cchc.portal.progress;

import java.time.Instant;

/**
 * Where an assignment stands in a period. {@code revision} is the number of updates
 * saved: the version a new update must be based on.
 */
public record ProgressView(ProgressStatus status, int percent, boolean late, int revision, String updatedBy,
		Instant updatedAt, String returnedComment, String returnedBy, Instant returnedAt) {

	/** Nothing saved yet in the period. */
	public static final ProgressView NONE = new ProgressView(ProgressStatus.NOT_STARTED, 0, false, 0, null, null, null,
			null, null);

	public boolean isSentBack() {
		return this.returnedComment != null;
	}

}
