package vn.cchc.portal.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the spring.servlet.multipart limits becomes a redirect to the same page
 * with {@code ?upload=too-large}, which the page turns into a message. Without it the
 * browser gets a bare error: the container fails as soon as anything reads a form field
 * (the CSRF check, before any controller), and fails again on the error page.
 * <p>
 * Runs before Spring Security, so the exception reaches it wherever it is raised.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadTooLargeFilter extends OncePerRequestFilter {

	static final String FLAG = "upload=too-large";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!tooLarge(ex) || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getRequestURI() + "?" + FLAG);
		}
	}

	/**
	 * Spring's exception, or the container's own (Tomcat's FileSizeLimitExceededException
	 * and SizeLimitExceededException, both SizeException), anywhere in the causes.
	 */
	static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException
					|| cause.getClass().getName().endsWith("fileupload.impl.SizeException")
					|| cause.getClass().getSuperclass() != null
							&& cause.getClass().getSuperclass().getName().endsWith("fileupload.impl.SizeException")) {
				return true;
			}
		}
		return false;
	}

}
