package vn.cchc.portal.shared.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.cchc.portal.shared.web.BadInput;
import vn.cchc.portal.shared.web.DatabaseOutageFilter;

/**
 * Errors of the JSON API as RFC 9457 problem details: Spring MVC's own exceptions (bad
 * parameters, unsupported media types…) through the base class, bad arguments as 400,
 * anything unexpected as a 500 that says nothing about the cause.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
	}

	/** Someone saved the same thing meanwhile: never a silent overwrite. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Changed by someone else since the version you sent; read it again and resend.");
	}

	/**
	 * A domain exception that declares its status ({@code @ResponseStatus}) gets it, with
	 * its message key as detail; bad input ({@link BadInput}) is a 400; the database out
	 * of reach is a 503; anything else is a 500 that says nothing about the cause.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (declared != null) {
			return ProblemDetail.forStatusAndDetail(declared.code(), ex.getMessage());
		}
		if (BadInput.isCause(ex)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request contains characters or parameters that cannot be processed.");
		}
		if (DatabaseOutageFilter.isOutage(ex)) {
			log.warn("Database unavailable for an API call: {}", ex.toString());
			return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The database cannot be reached for the moment; retry in a few minutes.");
		}
		log.error("Unexpected API failure", ex);
		return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
