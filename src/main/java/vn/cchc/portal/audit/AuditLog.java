package vn.cchc.portal.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: the audit module's public API. Records run in the caller's
 * transaction, so an action and its record are saved together or not at all.
 */
@Service
public class AuditLog {

	static final int DETAILS_LENGTH = 1000;

	static final int TARGET_ID_LENGTH = 60;

	static final int ACTOR_LENGTH = 200;

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an action of the signed-in person (or of the system when nobody is signed
	 * in).
	 * @param action a stable code such as {@code USER_CREATED}; the audit page labels it
	 * from the message key {@code audit.action.<code>} where one exists
	 * @param targetType what was acted on, such as {@code USER}
	 * @param targetId its id
	 * @param details a short description, cut to 1000 characters
	 */
	@Transactional
	public void record(String action, String targetType, Object targetId, String details) {
		recordAs(currentActor(), action, targetType, targetId, details);
	}

	/** Records an action of a named actor; {@code null} means the system. */
	@Transactional
	public void recordAs(String actor, String action, String targetType, Object targetId, String details) {
		this.events.save(new AuditEvent(this.clock.instant(), shorten(actor, ACTOR_LENGTH), action, targetType,
				shorten((targetId != null) ? targetId.toString() : null, TARGET_ID_LENGTH),
				shorten(details, DETAILS_LENGTH)));
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> newestFirst(Pageable pageable) {
		// The order is fixed: a sort asked for in the address is ignored rather than
		// trusted.
		Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		return this.events.findAllByOrderByOccurredAtDescIdDesc(unsorted).map(AuditEvent::toEntry);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	private static String shorten(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}
