package vn.cchc.portal;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a browser sees it, over real HTTP: login, error pages, headers, language.
 */
@PortalWebTest
class WebShellTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousUsersAreSentToTheLoginPage() {
		HttpResponse<String> response = new Browser(this.port).get("/agencies");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void loginPageIsVietnameseByDefaultAndEnglishOnRequest() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> vietnamese = browser.get("/login");
		assertThat(vietnamese.statusCode()).isEqualTo(200);
		assertThat(vietnamese.body()).contains("lang=\"vi\"", "Đăng nhập Cổng CCHC", "Mật khẩu");

		assertThat(browser.get("/login?lang=en").body()).contains("lang=\"en\"", "Sign in to the CCHC Portal");
		// The choice sticks for the next page.
		assertThat(browser.get("/login").body()).contains("Sign in to the CCHC Portal");
	}

	@Test
	void wrongPasswordIsRefusedWithAMessageAndTheUsernameKept() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> response = browser.login("planner", "not-the-password");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");

		assertThat(browser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng",
				"value=\"planner\"");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void unknownUserGetsTheSameMessageAsAWrongPassword() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> response = browser.login("nobody-here", "whatever");
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
	}

	@Test
	void plannerLogsInWithANewSessionAndSeesTheirAgency() {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		String anonymousSession = browser.sessionId();

		HttpResponse<String> response = browser.login("planner", "cchc-demo");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/");
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(anonymousSession);

		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Xin chào, Nguyễn Thị Lan", "Chuyên viên Sở Nội vụ", "Sở Nội vụ");
		assertThat(home.body()).doesNotContain("/admin/users");
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> response = browser.post("/login", Map.of("username", "planner", "password", "cchc-demo"),
				null);
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void logoutEndsTheSession() {
		Browser browser = new Browser(this.port);
		browser.login("officer", "cchc-demo");
		HttpResponse<String> logout = browser.submit("/", "/logout", Map.of());
		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void missingPageShowsTheFriendly404Page() {
		Browser browser = new Browser(this.port);
		browser.login("officer", "cchc-demo");
		HttpResponse<String> response = browser.get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang", "Về trang chủ");
	}

	@Test
	void unexpectedFailureShowsThe500PageWithoutAStackTrace() {
		Browser browser = new Browser(this.port);
		browser.login("officer", "cchc-demo");
		HttpResponse<String> response = browser.get("/test-only/failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Hệ thống đang gặp sự cố")
			.doesNotContain("IllegalStateException", "secret detail", "at vn.cchc");
	}

	@Test
	void concurrentEditShowsTheConflictPageWith409() {
		Browser browser = new Browser(this.port);
		browser.login("officer", "cchc-demo");
		HttpResponse<String> response = browser.get("/test-only/conflict");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("Dữ liệu vừa được người khác thay đổi");
	}

	@Test
	void administrationIsForbiddenToOfficersAndOpenToAdministrators() {
		Browser officer = new Browser(this.port);
		officer.login("officer", "cchc-demo");
		HttpResponse<String> refused = officer.get("/admin/users");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Không có quyền truy cập").doesNotContain("planner");

		Browser admin = new Browser(this.port);
		admin.login("admin", "cchc-demo");
		// An account of the test's own, found among however many others tests added.
		String tag = "ws" + System.nanoTime() % 1_000_000;
		long agency = TestData.agency(this.jdbc, "Sở Kiểm thử " + tag);
		TestData.person(this.jdbc, "lanhdao-" + tag, "Người Thử " + tag, "AGENCY_HEAD", agency, null);
		HttpResponse<String> accounts = admin.get("/admin/users?q=" + tag);
		assertThat(accounts.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(accounts.body())).contains("lanhdao-" + tag, "Người Thử " + tag,
				"Sở Kiểm thử " + tag, "Lãnh đạo cơ quan");
	}

	@Test
	void healthIsOpenAndTheRestOfActuatorIsForAdministrators() {
		assertThat(new Browser(this.port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(new Browser(this.port).get("/actuator/info").statusCode()).isEqualTo(302);

		Browser officer = new Browser(this.port);
		officer.login("officer", "cchc-demo");
		assertThat(officer.get("/actuator/info").statusCode()).isEqualTo(403);

		Browser admin = new Browser(this.port);
		admin.login("admin", "cchc-demo");
		assertThat(admin.get("/actuator/info").statusCode()).isEqualTo(200);
	}

	@Test
	void pagesCarrySecurityHeadersAndAStrictContentSecurityPolicy() {
		HttpResponse<String> response = new Browser(this.port).get("/login");
		String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		// No inline script or style that the policy would block.
		assertThat(response.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("style=\"");
	}

	@Test
	void frontEndAssetsAreServedFromWebJars() {
		Browser browser = new Browser(this.port);
		assertThat(browser.get("/webjars/bootstrap/dist/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
	}

}
