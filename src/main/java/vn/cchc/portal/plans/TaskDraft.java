package vn.cchc.portal.plans;

import java.util.List;

/**
 * A task as a planner types it: the leads and coordinating agencies as the plan words
 * them, the products one per line. The portal works out which agencies and groups the
 * words name.
 */
public record TaskDraft(String label, String text, String leadWording, String coordinatorWording, String products,
		String deadline, String budget, String notes) {

	List<String> productLines() {
		return (this.products == null) ? List.of()
				: this.products.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
