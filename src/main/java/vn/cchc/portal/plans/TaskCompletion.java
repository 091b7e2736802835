package vn.cchc.portal.plans;

import java.util.Collection;
import java.util.Set;

/**
 * Which tasks are finished, as progress reporting knows: what the plans module needs to
 * carry only unfinished work into next year. Implemented by the module that records
 * progress, so plans never depends on it.
 */
public interface TaskCompletion {

	/**
	 * Of these tasks, those whose lead agencies all reported them done (on time or late)
	 * or stopped, in the latest period they reported on.
	 */
	Set<Long> finished(Collection<Long> taskIds);

}
