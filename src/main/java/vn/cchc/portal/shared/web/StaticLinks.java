package vn.cchc.portal.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links to static files (WebJars, css, js, images) are rewritten by the resource chain
 * (to the WebJar's versioned path); links to pages are left alone. Spring's
 * {@link ResourceUrlEncodingFilter} tries every link a page builds against the static
 * locations, and a link to a page is never found there, so never cached: each row's link
 * cost a class-path lookup in the application jar, a third to half of the CPU of the
 * larger pages (docs/benchmarks.md). Replaces the filter Spring Boot would register.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

	/** Where static files are served from (src/main/resources/static and WebJars). */
	static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new StaticOnly());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** The resource chain's rewriting, for links to static files only. */
	static class StaticOnly extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
				super.doFilter(request, response, chain);
				return;
			}
			String contextPath = http.getContextPath();
			super.doFilter(request, response, (wrappedRequest, rewriting) -> chain.doFilter(wrappedRequest,
					new Selective((HttpServletResponse) rewriting, plain, contextPath)));
		}

	}

	/** Sends static links to the resource chain, every other link past it. */
	static class Selective extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		private final String contextPath;

		Selective(HttpServletResponse rewriting, HttpServletResponse plain, String contextPath) {
			super(rewriting);
			this.plain = plain;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return isStatic(url) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

		private boolean isStatic(String url) {
			if (url == null || !url.startsWith(this.contextPath)) {
				return false;
			}
			String path = url.substring(this.contextPath.length());
			return PREFIXES.stream().anyMatch(path::startsWith);
		}

	}

}
