package vn.cchc.portal.plans;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change to a plan that is no longer a draft: an issued plan changes only by amendment.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanNotEditableException extends RuntimeException {

	PlanNotEditableException() {
		super("plans.error.notEditable");
	}

}
