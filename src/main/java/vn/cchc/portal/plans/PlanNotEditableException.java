package vn.cchc.portal.plans;

/**
 * A change to a plan that is no longer a draft: an issued plan changes only by amendment.
 */
public class PlanNotEditableException extends RuntimeException {

	PlanNotEditableException() {
		super("plans.error.notEditable");
	}

}
