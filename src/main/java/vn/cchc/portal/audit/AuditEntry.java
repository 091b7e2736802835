package vn.cchc.portal.audit;

import java.time.Instant;

/**
 * A recorded action as readers see it. {@code actor} is null for what the system did on
 * its own (a lockout after failed sign-ins).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
		String details) {

}
