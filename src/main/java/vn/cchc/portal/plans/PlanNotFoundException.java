package vn.cchc.portal.plans;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such plan, section or task: the same answer whether it never existed or belongs
 * elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFoundException extends RuntimeException {

	PlanNotFoundException() {
		super("plans.error.notFound");
	}

}
