package vn.cchc.portal.progress;

import java.time.Instant;

/** An evidence file as lists show it, without its bytes. */
public record EvidenceView(long id, long assignmentId, String fileName, String mediaType, long sizeBytes,
		EvidenceMetadata metadata, String uploadedBy, Instant uploadedAt) {
}
