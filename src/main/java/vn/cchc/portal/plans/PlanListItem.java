package vn.cchc.portal.plans;

import java.time.LocalDate;

/**
 * One line of the plans list.
 */
public record PlanListItem(long id, int year, String title, String ownerName, boolean provincePlan, PlanStatus status,
		String decisionNumber, LocalDate decisionDate, long taskCount) {
}
