package vn.cchc.portal.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Warnings a planner needs before saving, each on the line where it arises: a section
 * whose title means no reform domain, a task without lead agency, a task without
 * deadline. Prose plans never write owners in their bullets, so they get one warning for
 * the whole document instead of one per task.
 */
final class PlanChecks {

	private PlanChecks() {
	}

	/**
	 * {@code perTask} is false when a warning already says that no task has owners (a
	 * framework table recovered from lost columns).
	 */
	static List<ImportProblem> check(ImportFormat format, List<ImportedSection> sections, List<ImportedTask> tasks,
			boolean perTask) {
		List<ImportProblem> problems = new ArrayList<>();
		for (ImportedSection section : sections) {
			if (section.domain() == null) {
				problems.add(ImportProblem.warningAt(section.line(), "import.warning.sectionNoDomain",
						section.label() + " " + section.title()));
			}
		}
		if (!perTask) {
			return problems;
		}
		if (format == ImportFormat.PROSE) {
			problems.add(ImportProblem.warningAt(tasks.get(0).firstLine(), "import.warning.proseWithoutOwners",
					String.valueOf(tasks.size())));
			return problems;
		}
		for (ImportedTask task : tasks) {
			String label = (task.parentLabel() != null) ? task.parentLabel() + " " + task.label() : task.label();
			if (task.lead() == null || task.lead().isBlank()) {
				problems.add(ImportProblem.warningAt(task.firstLine(), "import.warning.noLead", label));
			}
			if (task.deadline() == null || task.deadline().isBlank()) {
				problems.add(ImportProblem.warningAt(task.firstLine(), "import.warning.noDeadline", label));
			}
		}
		return problems;
	}

}
