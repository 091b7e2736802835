package vn.cchc.portal.importing;

import java.util.List;

/**
 * Something the reader could not do, as a message key of {@code i18n/importing} with its
 * arguments; {@code line} is 1-based or 0 for the whole document. Errors mean the plan is
 * unusable; warnings mean it should be checked.
 */
public record ImportProblem(Severity severity, String key, int line,
		List<String> args) implements java.io.Serializable {

	public ImportProblem {
		args = List.copyOf(args);
	}

	static ImportProblem error(String key, String... args) {
		return new ImportProblem(Severity.ERROR, key, 0, List.of(args));
	}

	static ImportProblem warning(String key, String... args) {
		return new ImportProblem(Severity.WARNING, key, 0, List.of(args));
	}

	/** A warning about one line of the text (1-based, as the preview numbers it). */
	static ImportProblem warningAt(int line, String key, String... args) {
		return new ImportProblem(Severity.WARNING, key, Math.max(0, line), List.of(args));
	}

	public enum Severity {

		ERROR, WARNING

	}

}
