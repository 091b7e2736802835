package vn.cchc.portal.progress;

import java.time.Instant;

/**
 * A saved progress update as pages show it.
 */
public record UpdateView(ProgressStatus status, int percent, String results, String difficulties, String proposals,
		boolean late, String author, Instant createdAt) {
}
