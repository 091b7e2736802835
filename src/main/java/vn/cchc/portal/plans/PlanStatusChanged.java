package vn.cchc.portal.plans;

/**
 * A plan moved through its workflow (submitted, returned, issued, amended, closed): the
 * year's issued work may differ now. Published inside the step's transaction.
 */
public record PlanStatusChanged(long planId, int year, PlanStatus from, PlanStatus to) {

}
