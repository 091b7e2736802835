package vn.cchc.portal.importing;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the planner decided on the preview besides the corrected wording (which replaces
 * the task in the {@link ImportedPlan}): the tasks left out of the draft, and per task
 * the names matched to an agency by hand (the name as the wording writes it → the
 * agency's id). Tasks are numbered by their index in {@link ImportedPlan#tasks()}.
 */
public record ImportCorrections(Set<Integer> dropped,
		Map<Integer, Map<String, Long>> agencies) implements Serializable {

	public static final ImportCorrections NONE = new ImportCorrections(Set.of(), Map.of());

	public ImportCorrections {
		dropped = Set.copyOf(dropped);
		Map<Integer, Map<String, Long>> copy = new HashMap<>();
		agencies.forEach((task, chosen) -> copy.put(task, Map.copyOf(chosen)));
		agencies = Map.copyOf(copy);
	}

	public boolean isDropped(int task) {
		return this.dropped.contains(task);
	}

	/** The names of a task matched by hand, none when the planner matched none. */
	public Map<String, Long> agenciesOf(int task) {
		return this.agencies.getOrDefault(task, Map.of());
	}

	ImportCorrections dropping(int task, boolean drop) {
		Set<Integer> changed = new HashSet<>(this.dropped);
		if (drop) {
			changed.add(task);
		}
		else {
			changed.remove(task);
		}
		return new ImportCorrections(changed, this.agencies);
	}

	ImportCorrections choosing(int task, Map<String, Long> chosen) {
		Map<Integer, Map<String, Long>> changed = new HashMap<>(this.agencies);
		changed.put(task, chosen);
		return new ImportCorrections(this.dropped, changed);
	}

}
