package vn.cchc.portal.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input a report step cannot take (a missing or too long comment). Carries a message key.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class ReportInputException extends RuntimeException {

	ReportInputException(String messageKey) {
		super(messageKey);
	}

}
