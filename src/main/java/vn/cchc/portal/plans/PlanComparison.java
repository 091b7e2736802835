package vn.cchc.portal.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two issued versions of a plan: tasks added, removed, and changed
 * field by field. Tasks are matched by identity, so a reworded task is "changed", not
 * removed and added.
 */
public record PlanComparison(PlanView.VersionInfo from, PlanView.VersionInfo to, List<Entry> added, List<Entry> removed,
		List<Change> changed, List<PlanView.Target> targetsAdded, List<PlanView.Target> targetsRemoved,
		List<TargetChange> targetsChanged) {

	/** Whether the two versions are the same, tasks and targets. */
	public boolean same() {
		return this.added.isEmpty() && this.removed.isEmpty() && this.changed.isEmpty() && this.targetsAdded.isEmpty()
				&& this.targetsRemoved.isEmpty() && this.targetsChanged.isEmpty();
	}

	/** A target in both versions, with the fields that differ. */
	public record TargetChange(PlanView.Target before, PlanView.Target after, List<String> fields) {
	}

	/** A task with the section it sits in. */
	public record Entry(String section, PlanView.Task task) {
	}

	/** A task in both versions, with the fields that differ. */
	public record Change(String section, PlanView.Task before, PlanView.Task after, List<String> fields) {
	}

	static PlanComparison between(PlanView.VersionInfo fromInfo, PlanView before, PlanView.VersionInfo toInfo,
			PlanView after) {
		Map<Long, Entry> old = flatten(before);
		Map<Long, Entry> current = flatten(after);
		List<Entry> added = current.entrySet()
			.stream()
			.filter((entry) -> !old.containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		List<Entry> removed = old.entrySet()
			.stream()
			.filter((entry) -> !current.containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		List<Change> changed = new ArrayList<>();
		current.forEach((id, now) -> {
			Entry then = old.get(id);
			if (then != null) {
				List<String> fields = differences(then, now);
				if (!fields.isEmpty()) {
					changed.add(new Change(now.section(), then.task(), now.task(), fields));
				}
			}
		});
		Map<Object, PlanView.Target> oldTargets = targets(before);
		Map<Object, PlanView.Target> newTargets = targets(after);
		List<TargetChange> targetsChanged = new ArrayList<>();
		newTargets.forEach((key, now) -> {
			PlanView.Target then = oldTargets.get(key);
			if (then != null) {
				List<String> fields = new ArrayList<>();
				check(fields, "plans.target.wording", then.wording(), now.wording());
				check(fields, "plans.target.measure", then.measure(), now.measure());
				check(fields, "plans.target.level", then.level(), now.level());
				check(fields, "plans.target.baseline", then.baseline(), now.baseline());
				check(fields, "plans.target.source", then.source(), now.source());
				check(fields, "plans.target.cumulative", then.cumulative(), now.cumulative());
				check(fields, "plans.target.tasks", then.taskIds(), now.taskIds());
				if (!fields.isEmpty()) {
					targetsChanged.add(new TargetChange(then, now, fields));
				}
			}
		});
		return new PlanComparison(fromInfo, toInfo, added, removed, changed,
				newTargets.entrySet()
					.stream()
					.filter((entry) -> !oldTargets.containsKey(entry.getKey()))
					.map(Map.Entry::getValue)
					.toList(),
				oldTargets.entrySet()
					.stream()
					.filter((entry) -> !newTargets.containsKey(entry.getKey()))
					.map(Map.Entry::getValue)
					.toList(),
				targetsChanged);
	}

	/**
	 * The targets by identity; a version kept before targets had one in its snapshot
	 * matches by wording.
	 */
	private static Map<Object, PlanView.Target> targets(PlanView plan) {
		Map<Object, PlanView.Target> targets = new LinkedHashMap<>();
		for (PlanView.Target target : (plan.targets() != null) ? plan.targets() : List.<PlanView.Target>of()) {
			targets.put((target.id() != null) ? target.id() : target.wording(), target);
		}
		return targets;
	}

	/** The message keys of the columns that differ. */
	private static List<String> differences(Entry then, Entry now) {
		PlanView.Task a = then.task();
		PlanView.Task b = now.task();
		List<String> fields = new ArrayList<>();
		check(fields, "plans.col.section", then.section(), now.section());
		check(fields, "plans.col.label", a.label(), b.label());
		check(fields, "plans.col.text", a.text(), b.text());
		check(fields, "plans.col.products", a.products(), b.products());
		check(fields, "plans.col.deadline", a.deadlineText(), b.deadlineText());
		check(fields, "plans.col.leads", wordings(a.leads()), wordings(b.leads()));
		check(fields, "plans.col.coordinators", wordings(a.coordinators()), wordings(b.coordinators()));
		check(fields, "plans.col.budget", Objects.toString(a.budgetAmount(), a.budgetText()),
				Objects.toString(b.budgetAmount(), b.budgetText()));
		return fields;
	}

	private static void check(List<String> fields, String key, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(key);
		}
	}

	private static List<String> wordings(List<PlanView.Party> parties) {
		return parties.stream().map(PlanView.Party::wording).toList();
	}

	private static Map<Long, Entry> flatten(PlanView plan) {
		Map<Long, Entry> tasks = new LinkedHashMap<>();
		for (PlanView.Section section : plan.sections()) {
			String title = (section.label() != null) ? section.label() + " " + section.title() : section.title();
			for (PlanView.Task task : section.tasks()) {
				tasks.put(task.id(), new Entry(title, task));
				task.activities().forEach((activity) -> tasks.put(activity.id(), new Entry(title, activity)));
			}
		}
		return tasks;
	}

}
