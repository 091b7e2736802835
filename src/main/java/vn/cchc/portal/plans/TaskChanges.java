package vn.cchc.portal.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a task says, field by field, to record in the audit trail what an edit changed:
 * "thời hạn: Quý II/2026 → Quý III/2026".
 */
record TaskChanges(String label, String text, String leads, String coordinators, String products, String deadline,
		String budget, String notes) {

	private static final int SHOWN = 120;

	static TaskChanges of(PlanTask task) {
		String budget = (task.getBudgetText() != null) ? task.getBudgetText()
				: (task.getBudgetAmount() != null) ? task.getBudgetAmount().toPlainString() : null;
		return new TaskChanges(task.getLabel(), task.getText(), task.getLeadWording(), task.getCoordinatorWording(),
				String.join("; ", task.getProducts()), task.getDeadlineText(), budget, task.getNotes());
	}

	static String summary(PlanTask task) {
		return shorten(((task.getLabel() != null) ? task.getLabel() + " " : "") + task.getText());
	}

	/** The fields that differ, "name: before → after", joined; empty when none. */
	String to(TaskChanges after) {
		List<String> changed = new ArrayList<>();
		add(changed, "số thứ tự", this.label, after.label);
		add(changed, "nội dung", this.text, after.text);
		add(changed, "chủ trì", this.leads, after.leads);
		add(changed, "phối hợp", this.coordinators, after.coordinators);
		add(changed, "sản phẩm", this.products, after.products);
		add(changed, "thời hạn", this.deadline, after.deadline);
		add(changed, "kinh phí", this.budget, after.budget);
		add(changed, "ghi chú", this.notes, after.notes);
		return String.join("; ", changed);
	}

	private static void add(List<String> changed, String field, String before, String after) {
		String from = blankToEmpty(before);
		String to = blankToEmpty(after);
		if (!Objects.equals(from, to)) {
			changed.add(field + ": " + (from.isEmpty() ? "(trống)" : shorten(from)) + " → "
					+ (to.isEmpty() ? "(trống)" : shorten(to)));
		}
	}

	private static String blankToEmpty(String text) {
		return (text == null) ? "" : text.strip();
	}

	private static String shorten(String text) {
		return (text.length() <= SHOWN) ? text : text.substring(0, SHOWN - 1) + "…";
	}

}
