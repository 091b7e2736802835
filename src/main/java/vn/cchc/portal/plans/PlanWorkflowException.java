package vn.cchc.portal.plans;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A step the plan's state does not allow (issuing a draft, amending a closed plan), or
 * one missing what it needs (a decision number). Carries a message key.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanWorkflowException extends RuntimeException {

	private final String messageKey;

	PlanWorkflowException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
