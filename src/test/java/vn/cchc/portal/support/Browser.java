package vn.cchc.portal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests against the running portal: keeps cookies, does not follow
 * redirects (tests assert them), and submits forms with their CSRF token.
 */
public class Browser {

	private static final Pattern CREATED_ID = Pattern.compile("(?:/plans/|#section-|#task-)(\\d+)$");

	/** The token of a form field or of the layout's meta tag. */
	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

	/** What a browser asks for: decides between the HTML error page and the JSON one. */
	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	public Browser(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A browser signed in as one of the demo accounts (password {@code cchc-demo}). */
	public static Browser signedIn(int port, String username) {
		Browser browser = new Browser(port);
		browser.login(username, "cchc-demo");
		return browser;
	}

	/**
	 * The id a creating form's redirect points at: the number ending its address
	 * ({@code /plans/5}, {@code #section-6}, {@code #task-7}). Fails unless it is a
	 * redirect.
	 */
	public static long createdId(HttpResponse<String> redirect) {
		org.assertj.core.api.Assertions.assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		Matcher matcher = CREATED_ID.matcher(redirect.headers().firstValue("Location").orElseThrow());
		org.assertj.core.api.Assertions.assertThat(matcher.find()).as("an id at the end of the redirect").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build());
	}

	/**
	 * Calls the JSON API as a script would: HTTP Basic when a user is given, no cookies.
	 */
	/** A file as the browser downloads it, in bytes. */
	public HttpResponse<byte[]> download(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", HTML)
			.GET()
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> api(String path, String username, String password) {
		return api("GET", path, username, password, null);
	}

	/** Sends a JSON body to the API ({@code POST}, {@code PUT}) as a script would. */
	public HttpResponse<String> api(String method, String path, String username, String password, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (username != null) {
			String credentials = username + ":" + password;
			request.header("Authorization", "Basic "
					+ java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form as a browser would, with the CSRF token of the page it came from. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, ?> fields) {
		String token = csrfToken(get(formPage).body());
		return post(action, fields, token);
	}

	/**
	 * Posts a form with the given CSRF token, or none (as a forged cross-site request
	 * would).
	 */
	public HttpResponse<String> post(String action, Map<String, ?> fields, String csrfToken) {
		// A collection value posts the field once per element, like checkboxes of the
		// same name.
		String body = fields.entrySet()
			.stream()
			.flatMap((field) -> ((field.getValue() instanceof Collection<?> values) ? values.stream()
					: java.util.stream.Stream.of(field.getValue()))
				.map((value) -> encode(field.getKey()) + "=" + encode(String.valueOf(value))))
			.collect(Collectors.joining("&"));
		if (csrfToken != null) {
			body = body + "&_csrf=" + encode(csrfToken);
		}
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a multipart form with one file, as a browser does for an
	 * {@code <input type="file">}, with the CSRF token as a form field, or none.
	 */
	public HttpResponse<String> upload(String action, String fileField, String fileName, byte[] content,
			Map<String, String> fields, String csrfToken) {
		String boundary = "----cchc-test-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		if (csrfToken != null) {
			all.put("_csrf", csrfToken);
		}
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/**
	 * The CSRF token a page of this session carries (in a form or in the layout's meta
	 * tag).
	 */
	public String csrfTokenOf(String page) {
		return csrfToken(get(page).body());
	}

	public HttpResponse<String> login(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String csrfToken(String html) {
		Matcher matcher = CSRF_FIELD.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("The page has no CSRF field");
		}
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
