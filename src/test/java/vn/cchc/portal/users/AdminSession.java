package vn.cchc.portal.users;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.portal.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo administrator at work in a {@link Browser}: creates accounts through the real
 * pages and reads back what they show.
 */
class AdminSession {

	private static final Pattern ISSUED_PASSWORD = Pattern.compile("<code class=\"issued-password\">([^<]+)</code>");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	final Browser browser;

	AdminSession(int port) {
		this.browser = new Browser(port);
		assertThat(this.browser.login("admin", "cchc-demo").headers().firstValue("Location").orElseThrow())
			.endsWith("/");
	}

	/** A username no other test uses. */
	static String uniqueName(String prefix) {
		return prefix + "." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	/**
	 * Creates an account through the form; returns its id and the temporary password
	 * shown once.
	 */
	Created create(String username, String fullName, Role role, Long agencyId, Long unitId) {
		HttpResponse<String> response = this.browser.submit("/admin/users/new", "/admin/users",
				fields(username, fullName, role, agencyId, unitId));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String page = this.browser.get("/admin/users/" + id).body();
		Matcher matcher = ISSUED_PASSWORD.matcher(page);
		assertThat(matcher.find()).as("the temporary password is shown").isTrue();
		return new Created(id, username, matcher.group(1));
	}

	static Map<String, String> fields(String username, String fullName, Role role, Long agencyId, Long unitId) {
		Map<String, String> fields = new HashMap<>();
		if (username != null) {
			fields.put("username", username);
		}
		fields.put("fullName", fullName);
		fields.put("role", (role != null) ? role.name() : "");
		fields.put("agencyId", (agencyId != null) ? agencyId.toString() : "");
		fields.put("unitId", (unitId != null) ? unitId.toString() : "");
		return fields;
	}

	/** The version the edit page of an account carries in its hidden field. */
	long version(long id) {
		Matcher matcher = VERSION.matcher(this.browser.get("/admin/users/" + id).body());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	record Created(long id, String username, String temporaryPassword) {
	}

}
