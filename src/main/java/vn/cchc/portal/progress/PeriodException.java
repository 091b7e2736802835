package vn.cchc.portal.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A period change the rules do not allow (a window that ends before it starts, closing a
 * period that is not open). Carries a message key.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class PeriodException extends RuntimeException {

	PeriodException(String messageKey) {
		super(messageKey);
	}

}
