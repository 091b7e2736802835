package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a file would do, row by row, before anything is written.
 */
record ImportPreview(String fileName, List<Line> lines, List<String> ignoredColumns) {

	// Public methods (of a package-private type) so that the page templates can call
	// them.

	enum Outcome {

		/** A code not yet recorded: the agency is established. */
		NEW,

		/** A known code: short name, parent or aliases change. */
		UPDATE,

		/** A known code and nothing to change. */
		UNCHANGED,

		/** The row cannot be imported; nothing in the file is. */
		ERROR

	}

	/**
	 * One data row: its values as read, what will happen, and why. {@code agencyId} is
	 * the existing agency of an update; {@code notices} say what import leaves alone.
	 */
	record Line(int line, String code, String name, String shortName, AgencyKind kind, String kindText,
			String parentCode, LocalDate validFrom, LocalDate validTo, List<String> aliases, Outcome outcome,
			Long agencyId, List<ImportMessage> errors, List<ImportMessage> notices, List<ImportMessage> changes) {

	}

	public boolean hasErrors() {
		return this.lines.stream().anyMatch((line) -> line.outcome() == Outcome.ERROR);
	}

	public long count(Outcome outcome) {
		return this.lines.stream().filter((line) -> line.outcome() == outcome).count();
	}

	public long newCount() {
		return count(Outcome.NEW);
	}

	public long updateCount() {
		return count(Outcome.UPDATE);
	}

	public long unchangedCount() {
		return count(Outcome.UNCHANGED);
	}

	public List<Line> failedLines() {
		return withOutcome(Outcome.ERROR);
	}

	public List<Line> withOutcome(Outcome outcome) {
		return this.lines.stream().filter((line) -> line.outcome() == outcome).toList();
	}

}
