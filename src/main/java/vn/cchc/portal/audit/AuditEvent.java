package vn.cchc.portal.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One recorded action. Never changed once written.
 */
@Entity
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String targetType;

	private String targetId;

	private String details;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String targetType, String targetId, String details) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.details = details;
	}

	AuditEntry toEntry() {
		return new AuditEntry(this.id, this.occurredAt, this.actor, this.action, this.targetType, this.targetId,
				this.details);
	}

}
