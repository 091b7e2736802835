package vn.cchc.portal.importing;

import java.util.List;

/**
 * A plan document read into structure, not saved. {@code lines} is the text the parser
 * read (after extraction from Word or Excel and encoding conversion), so a preview can
 * show the source beside each task by its line numbers.
 */
public record ImportedPlan(ImportFormat format, ImportedHeader header, List<ImportedTarget> targets,
		List<ImportedSection> sections, List<ImportedTask> tasks, List<ImportProblem> problems,
		List<String> lines) implements java.io.Serializable {

	public ImportedPlan {
		targets = List.copyOf(targets);
		sections = List.copyOf(sections);
		tasks = List.copyOf(tasks);
		problems = List.copyOf(problems);
		lines = List.copyOf(lines);
	}

	static ImportedPlan failed(ImportProblem problem) {
		return new ImportedPlan(ImportFormat.UNKNOWN, ImportedHeader.EMPTY, List.of(), List.of(), List.of(),
				List.of(problem), List.of());
	}

	/**
	 * True when the plan can be previewed: tasks were found and no error stopped reading.
	 */
	public boolean usable() {
		return !this.tasks.isEmpty()
				&& this.problems.stream().noneMatch((p) -> p.severity() == ImportProblem.Severity.ERROR);
	}

	/** The same plan with one task replaced (a correction made on the preview). */
	ImportedPlan withTask(int index, ImportedTask task) {
		List<ImportedTask> changed = new java.util.ArrayList<>(this.tasks);
		changed.set(index, task);
		return new ImportedPlan(this.format, this.header, this.targets, this.sections, changed, this.problems,
				this.lines);
	}

	/** The same plan with its header corrected. */
	ImportedPlan withHeader(ImportedHeader corrected) {
		return new ImportedPlan(this.format, corrected, this.targets, this.sections, this.tasks, this.problems,
				this.lines);
	}

	/** The same plan with one section replaced. */
	ImportedPlan withSection(int index, ImportedSection section) {
		List<ImportedSection> changed = new java.util.ArrayList<>(this.sections);
		changed.set(index, section);
		return new ImportedPlan(this.format, this.header, this.targets, changed, this.tasks, this.problems, this.lines);
	}

	/** The domain code of a task's section, or null. */
	public String domainOf(ImportedTask task) {
		return (task.section() >= 0) ? this.sections.get(task.section()).domain() : null;
	}

}
