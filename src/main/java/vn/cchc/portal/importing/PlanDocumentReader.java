package vn.cchc.portal.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plan document (pasted text, or a .docx, .xlsx or .txt file) into an
 * {@link ImportedPlan}, without saving anything. Never throws for bad input: an empty
 * file, a picture renamed .docx, a zip bomb, a file in VNI encoding or one without
 * recognisable tasks gives a plan with an error problem and its message key.
 */
public final class PlanDocumentReader {

	private static final Pattern FRAMEWORK_WORDS = Pattern
		.compile("muc\\s?tieu.{0,60}nhi\\S{1,3}m\\s?v.{0,40}hoat\\s?dong");

	private final ImportLimits limits;

	/** Tells the year of a plan whose document does not say it: this year's. */
	private final Clock clock;

	public PlanDocumentReader(Clock clock) {
		this(ImportLimits.DEFAULTS, clock);
	}

	public PlanDocumentReader(ImportLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/** Reads pasted text. */
	public ImportedPlan read(String text) {
		if (text == null || text.isBlank()) {
			return ImportedPlan.failed(ImportProblem.error("import.error.empty"));
		}
		return read(DocumentText.fromText(text));
	}

	/** Reads a file; the name's extension helps tell .docx from .xlsx. */
	public ImportedPlan read(byte[] bytes, String fileName) {
		return read(DocumentText.extract(bytes, fileName, this.limits));
	}

	private ImportedPlan read(DocumentText.Extracted extracted) {
		if (extracted.errorKey() != null) {
			return ImportedPlan.failed(ImportProblem.error(extracted.errorKey()));
		}
		List<String> lines = extracted.lines();
		if (lines.size() > this.limits.maxLines()) {
			return ImportedPlan.failed(ImportProblem.error("import.error.tooLarge"));
		}
		List<ImportProblem> problems = new ArrayList<>();
		problems.addAll(extracted.warnings());
		try {
			PlanDocumentParser.Result result = new PlanDocumentParser(lines).parse();
			ImportFormat format = result.format();
			problems.addAll(result.problems());
			boolean recoveredFramework = false;
			if (result.tasks().isEmpty()) {
				int frameworkLine = frameworkHeaderLine(lines);
				result = ProseReader.read(lines);
				format = result.format();
				if (frameworkLine > 0) {
					// A framework table whose columns the text no longer separates (OCR).
					format = ImportFormat.FRAMEWORK;
					problems.add(ImportProblem.warningAt(frameworkLine, "import.warning.tableLayoutLost"));
					Integer year = HeaderReader.read(lines).year();
					PlanDocumentParser.Result recovered = LostFrameworkReader.read(lines, frameworkLine,
							(year != null) ? year : java.time.Year.now(this.clock).getValue());
					if (!recovered.tasks().isEmpty()) {
						result = recovered;
						recoveredFramework = true;
						problems.addAll(recovered.problems());
					}
				}
			}
			if (result.tasks().isEmpty()) {
				problems.add(ImportProblem.error("import.error.noTasks"));
			}
			else {
				problems.addAll(PlanChecks.check(format, result.sections(), result.tasks(), !recoveredFramework));
			}
			return new ImportedPlan(format, HeaderReader.read(lines), TargetReader.read(lines), result.sections(),
					result.tasks(), problems, lines);
		}
		catch (RuntimeException ex) {
			// A parser bug must not become a 500: the planner can still type the plan.
			return ImportedPlan.failed(ImportProblem.error("import.error.unreadable"));
		}
	}

	/** The 1-based line of the framework table's header words, or 0. */
	private static int frameworkHeaderLine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (FRAMEWORK_WORDS.matcher(FieldLabels.normalised(lines.get(i))).find()) {
				return i + 1;
			}
		}
		return 0;
	}

}
