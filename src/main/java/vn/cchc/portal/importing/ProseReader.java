package vn.cchc.portal.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Best effort for plans written as prose (seed 004): in the part about tasks ("II. NHIỆM
 * VỤ"), each bullet under a heading that means a reform domain becomes a task with its
 * text only; owners and deadlines are not in the bullets, the planner adds them in the
 * preview.
 */
final class ProseReader {

	private ProseReader() {
	}

	static PlanDocumentParser.Result read(List<String> lines) {
		List<ImportedSection> sections = new ArrayList<>();
		List<ImportedTask> tasks = new ArrayList<>();
		boolean inTasks = false;
		String[] section = null;
		int sectionLine = 0;
		int sectionIndex = -1;
		TaskBuilder current = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			String[] heading = PlanDocumentParser.heading(line);
			if (heading != null) {
				current = add(tasks, current, sectionIndex);
				boolean roman = !heading[0].matches("\\d.*");
				String folded = Folded.of(heading[1]);
				if (roman) {
					inTasks = folded.contains("nhiem vu") || folded.contains("giai phap");
					section = null;
				}
				else if (inTasks) {
					section = heading;
					sectionLine = i + 1;
					sectionIndex = -1;
				}
				continue;
			}
			String domain = (section != null) ? DomainVocabulary.domainOf(section[1]) : null;
			if (!inTasks || domain == null) {
				continue;
			}
			String stripped = line.strip();
			if (stripped.startsWith("-") || stripped.startsWith("+") || stripped.startsWith("•")) {
				current = add(tasks, current, sectionIndex);
				if (sectionIndex < 0 || sections.get(sectionIndex).line() != sectionLine) {
					sections.add(new ImportedSection(section[0], section[1], domain, sectionLine));
					sectionIndex = sections.size() - 1;
				}
				current = new TaskBuilder(sectionIndex, "-", stripped.replaceFirst("^[-+•]\\s*", ""), null, i + 1);
			}
			else if (current != null) {
				current.appendText(stripped);
				current.lastLine = i + 1;
			}
		}
		add(tasks, current, sectionIndex);
		return new PlanDocumentParser.Result(tasks.isEmpty() ? ImportFormat.UNKNOWN : ImportFormat.PROSE, sections,
				tasks);
	}

	private static TaskBuilder add(List<ImportedTask> tasks, TaskBuilder builder, int sectionIndex) {
		if (builder != null) {
			ImportedTask task = builder.build();
			tasks.add(new ImportedTask(builder.section, task.label(), task.text(), null, null, List.of(), null, null,
					null, task.firstLine(), task.lastLine()));
		}
		return null;
	}

}
