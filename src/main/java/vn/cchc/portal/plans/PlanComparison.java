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
		List<Change> changed) {

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
		return new PlanComparison(fromInfo, toInfo, added, removed, changed);
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
