package vn.cchc.portal.plans;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * What a kept rendering of the task table for {@link PlanPages} is rendered with
 * ({@link vn.cchc.portal.shared.web.RenderedHtml#render}).
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

}
