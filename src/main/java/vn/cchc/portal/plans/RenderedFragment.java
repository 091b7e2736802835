package vn.cchc.portal.plans;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Rendering a Thymeleaf fragment to a string with the whole of Spring MVC's view support
 * (links, messages, the forms' CSRF field), for {@link PlanPages} to keep.
 */
final class RenderedFragment {

	private RenderedFragment() {
	}

	/**
	 * The request as the fragment sees it: the CSRF token is a placeholder, so that the
	 * rendering holds no one's token and can be served to everyone.
	 */
	static final class Request extends HttpServletRequestWrapper {

		private final CsrfToken placeholder;

		Request(HttpServletRequest request, String placeholder) {
			super(request);
			CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			this.placeholder = (real != null)
					? new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), placeholder) : null;
		}

		@Override
		public Object getAttribute(String name) {
			if (this.placeholder != null
					&& (CsrfToken.class.getName().equals(name) || this.placeholder.getParameterName().equals(name))) {
				return this.placeholder;
			}
			return super.getAttribute(name);
		}

	}

	/** A response that keeps what is written and leaves the real one untouched. */
	static final class Response extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(1 << 16);

		private final PrintWriter writer = new PrintWriter(this.text);

		Response(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A fragment is rendered as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

	}

}
