package vn.cchc.portal.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An evidence file refused (empty, too large, not a kind taken). Carries a message key.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class EvidenceRejectedException extends RuntimeException {

	private final transient Object[] arguments;

	EvidenceRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
