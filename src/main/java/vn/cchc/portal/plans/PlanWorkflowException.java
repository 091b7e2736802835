package vn.cchc.portal.plans;

/**
 * A step the plan's state does not allow (issuing a draft, amending a closed plan), or
 * one missing what it needs (a decision number). Carries a message key.
 */
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
