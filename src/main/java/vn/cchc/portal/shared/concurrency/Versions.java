package vn.cchc.portal.shared.concurrency;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking across requests: a form carries the version of what its page showed,
 * and a save based on an older version is refused (the 409 page of
 * {@code shared.web.ConflictHandler}, a 409 problem in the API), never stacked on top.
 * Hibernate's own {@code @Version} check only covers two saves inside the same moment.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * Refuses the change when {@code current} is not the {@code expected} version the
	 * page showed.
	 * @throws ObjectOptimisticLockingFailureException naming {@code type} and {@code id}
	 */
	public static void require(long current, long expected, Class<?> type, Object id) {
		if (current != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
