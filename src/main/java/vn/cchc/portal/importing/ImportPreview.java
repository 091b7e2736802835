package vn.cchc.portal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the importer understood, before anything is saved: the plan's header, targets, and
 * each task with its agencies resolved (with a confidence) and its deadline interpreted.
 * The preview page and {@code POST /api/v1/imports} show it.
 */
public record ImportPreview(String format, Header plan, List<Target> targets, List<Task> tasks,
		List<ImportProblem> problems) {

	public record Header(String issuer, Integer year, String decisionNumber, LocalDate decisionDate, String signer,
			String title) {
	}

	public record Target(String text, String comparator, BigDecimal value, String unit) {
	}

	/**
	 * A task as understood; {@code guessed} names the fields read with low confidence
	 * ("lead", "coordinating", "products", "deadline": spotted in OCR text whose table
	 * columns were lost), which the page highlights.
	 */
	public record Task(String domain, String section, String label, String text, List<Party> leads,
			List<Party> coordinating, List<String> products, Deadline deadline, String budget, String parentLabel,
			int firstLine, int lastLine, List<String> guessed) {

		public Task {
			guessed = List.copyOf(guessed);
		}

		/** Whether the field was read with low confidence. */
		public boolean guessed(String field) {
			return this.guessed.contains(field);
		}

		/** Whether a person should look at this task before it is saved. */
		public boolean needsReview() {
			return !this.guessed.isEmpty() || this.leads.isEmpty() || this.leads.stream().anyMatch(Party::uncertain)
					|| this.coordinating.stream().anyMatch(Party::uncertain)
					|| (this.deadline != null && this.deadline.uncertain());
		}

	}

	/**
	 * A lead or coordinating party: the text span and what it names (an agency, or a
	 * group when {@code groupCode} is set), or nothing when unknown.
	 */
	public record Party(String text, Long agencyId, String groupCode, String name, double confidence) {

		public boolean uncertain() {
			return this.name == null || this.confidence < 0.8;
		}

	}

	public record Deadline(String text, String kind, LocalDate due, double confidence) {

		public boolean uncertain() {
			return this.confidence < vn.cchc.portal.shared.deadline.Deadline.LOW_CONFIDENCE + 0.3;
		}

	}

}
