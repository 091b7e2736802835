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

	/** The domain code of a task's section, or null. */
	public String domainOf(ImportedTask task) {
		return (task.section() >= 0) ? this.sections.get(task.section()).domain() : null;
	}

}
