package vn.cchc.portal.importing;

import java.util.List;

/**
 * A task or activity as the document words it. Every text keeps its original wording:
 * agencies are not resolved and deadlines are not parsed here. {@code section} indexes
 * {@link ImportedPlan#sections()} (-1 when the task comes before any section);
 * {@code parentLabel} is set for an activity under a task or grouping item; {@code lead}
 * and {@code coordinating} keep one line per bullet when the document lists them.
 * {@code firstLine} and {@code lastLine} are 1-based lines of the extracted text.
 * {@code guessed} names the fields ("lead", "coordinating", "products", "deadline") read
 * with low confidence (spotted in OCR text whose columns were lost), for the preview to
 * highlight.
 */
public record ImportedTask(int section, String label, String text, String lead, String coordinating,
		List<String> products, String deadline, String budget, String parentLabel, int firstLine, int lastLine,
		List<String> guessed) implements java.io.Serializable {

	public ImportedTask {
		products = List.copyOf(products);
		guessed = List.copyOf(guessed);
	}

	/** A task read with normal confidence in every field. */
	public ImportedTask(int section, String label, String text, String lead, String coordinating, List<String> products,
			String deadline, String budget, String parentLabel, int firstLine, int lastLine) {
		this(section, label, text, lead, coordinating, products, deadline, budget, parentLabel, firstLine, lastLine,
				List.of());
	}

}
