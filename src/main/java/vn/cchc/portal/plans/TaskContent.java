package vn.cchc.portal.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a task says, as one value: what the editor saves and the importer creates.
 */
record TaskContent(String label, String text, String leadWording, String coordinatorWording, List<TaskParty> parties,
		List<String> products, String deadlineText, String deadlineKind, LocalDate deadlineDue, BigDecimal budgetAmount,
		String budgetText, String notes) {

	TaskContent {
		parties = List.copyOf(parties);
		products = List.copyOf(products);
	}

}
