package vn.cchc.portal.users;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An account id in an address that does not exist: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

	AccountNotFoundException(String message) {
		super(message);
	}

}
