package vn.cchc.portal.agencies;

/**
 * A rename, merge or split that would contradict the agencies' history. Carries a message
 * key, so the administrator reads the reason in their language.
 */
public class ReorganisationException extends RuntimeException {

	private final String messageKey;

	ReorganisationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
