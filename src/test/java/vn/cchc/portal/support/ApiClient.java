package vn.cchc.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The JSON API as a script calls it: HTTP Basic on every request, no cookie, no CSRF
 * token, any method and any body (JSON, multipart, or raw bytes that are not even UTF-8).
 * One client for every call.
 */
public final class ApiClient {

	/** Password of the accounts made by {@link #cloneOf}. */
	public static final String PASSWORD = "api-clone-password";

	/**
	 * bcrypt at cost 4: the API checks the password on every call, and at the demo
	 * accounts' cost 10 a few hundred calls take seconds.
	 */
	private static final String CHEAP_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	public ApiClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * A new account with the same role, agency and unit as a demo account, so it sees the
	 * same data, and a cheap password hash. {@code null} for nobody signed in.
	 */
	public static String cloneOf(JdbcTemplate jdbc, String username) {
		if (username == null) {
			return null;
		}
		String clone = "api-" + username + "-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update(
				"insert into user_account (username, password_hash, full_name, role, agency_id, unit_id) "
						+ "select ?, ?, full_name, role, agency_id, unit_id from user_account where username = ?",
				clone, CHEAP_HASH, username);
		return clone;
	}

	public HttpResponse<String> json(String method, String path, String username, String json) {
		return send(method, path, username, (json != null) ? "application/json" : null,
				(json != null) ? json.getBytes(StandardCharsets.UTF_8) : null);
	}

	/** A multipart form with a file part and text parts (already in the form's bytes). */
	public HttpResponse<String> multipart(String method, String path, String username, String fileField, byte[] file,
			Map<String, byte[]> fields) {
		String boundary = "----cchc-api-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(value);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"note.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(method, path, username, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	/**
	 * A page as the browser whose session this is asks for it, with headers a
	 * {@link Browser} does not send.
	 */
	public HttpResponse<String> page(String method, String path, String sessionId, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html")
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (sessionId != null) {
			request.header("Cookie", "JSESSIONID=" + sessionId);
		}
		headers.forEach(request::header);
		return send(request);
	}

	/**
	 * Any request: {@code path} is sent as it is (already percent-encoded), {@code body}
	 * as its bytes.
	 */
	public HttpResponse<String> send(String method, String path, String username, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (username != null) {
			String password = username.startsWith("api-") ? PASSWORD : "cchc-demo";
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return send(request);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
