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

	/**
	 * The events matching a filter, newest first; the actor and action match from their
	 * start, ignoring case.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, java.time.ZoneId zone, Pageable pageable) {
		org.springframework.data.jpa.domain.Specification<AuditEvent> spec = (root, query, cb) -> {
			java.util.List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
			if (present(filter.actor())) {
				where.add(cb.like(cb.lower(root.get("actor")), like(filter.actor()), '\\'));
			}
			if (present(filter.action())) {
				where.add(cb.like(cb.lower(root.get("action")), like(filter.action()), '\\'));
			}
			if (present(filter.targetType())) {
				where.add(cb.equal(root.get("targetType"), filter.targetType().strip().toUpperCase()));
			}
			if (present(filter.targetId())) {
				where.add(cb.equal(root.get("targetId"), filter.targetId().strip()));
			}
			if (filter.from() != null) {
				where
					.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
		// A page past the last offset an int reaches would fail, not be empty: the last.
		int page = Math.min(pageable.getPageNumber(), Integer.MAX_VALUE / pageable.getPageSize());
		Pageable newestFirst = PageRequest.of(page, pageable.getPageSize(),
				org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("occurredAt"),
						org.springframework.data.domain.Sort.Order.desc("id")));
		return this.events.findAll(spec, newestFirst).map(AuditEvent::toEntry);
	}

	/**
	 * Everything recorded about these objects (type → ids), newest first, at most 500:
	 * the history of one task and its assignments, for instance.
	 */
	@Transactional(readOnly = true)
	public java.util.List<AuditEntry> about(java.util.Map<String, ? extends java.util.Collection<?>> targets) {
		org.springframework.data.jpa.domain.Specification<AuditEvent> spec = (root, query,
				cb) -> cb.or(targets.entrySet()
					.stream()
					.filter((target) -> !target.getValue().isEmpty())
					.map((target) -> cb.and(cb.equal(root.get("targetType"), target.getKey()),
							root.get("targetId").in(target.getValue().stream().map(String::valueOf).toList())))
					.toArray(jakarta.persistence.criteria.Predicate[]::new));
		return this.events
			.findAll(spec,
					PageRequest.of(0, 500,
							org.springframework.data.domain.Sort.by(
									org.springframework.data.domain.Sort.Order.desc("occurredAt"),
									org.springframework.data.domain.Sort.Order.desc("id"))))
			.map(AuditEvent::toEntry)
			.getContent();
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	/**
	 * A LIKE pattern matching from the start, with the user's wildcards taken literally.
	 */
	private static String like(String text) {
		return text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
