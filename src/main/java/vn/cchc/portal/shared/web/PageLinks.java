package vn.cchc.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the other pages of a paged list that keep the list's search and filters: the
 * current address with only {@code page} replaced. Used by {@code layout/pager}.
 */
public final class PageLinks {

	private final String path;

	private final MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();

	private PageLinks(HttpServletRequest request) {
		this.path = request.getRequestURI().substring(request.getContextPath().length());
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page")) {
				for (String value : values) {
					this.parameters.add(name, value);
				}
			}
		});
	}

	public static PageLinks of(HttpServletRequest request) {
		return new PageLinks(request);
	}

	/** The address of page {@code number} (zero-based, as Spring Data counts). */
	public String page(int number) {
		return UriComponentsBuilder.fromPath(this.path)
			.queryParams(this.parameters)
			.queryParam("page", number)
			.encode()
			.build()
			.toUriString();
	}

}
