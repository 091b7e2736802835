package vn.cchc.portal.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: a failure caused by what the request sent ({@link BadInput}) is the 400 page,
 * not the 500 one. Asked last, after the {@code @ExceptionHandler}s and Spring MVC's own
 * resolvers.
 */
@Component
class BadInputResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(BadInputResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!BadInput.isCause(ex)) {
			return null;
		}
		log.info("Refused bad input to {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getClass().getName());
		try {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
		catch (IOException failed) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
