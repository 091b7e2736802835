package vn.cchc.portal.users;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators create, edit, lock, unlock and reset accounts through the real pages;
 * every rule is checked as a browser meets it, on PostgreSQL.
 */
@PortalWebTest
class AccountAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyAdministrationPageIsForAdministratorsOnly() {
		long planner = accountId("planner");
		List<String> pages = List.of("/admin/users", "/admin/users/new", "/admin/users/" + planner,
				"/admin/users/units?agencyId=" + agency("STP"), "/admin/audit");
		Browser anonymous = new Browser(this.port);
		Browser officer = new Browser(this.port);
		officer.login("officer", "cchc-demo");
		AdminSession admin = new AdminSession(this.port);
		for (String page : pages) {
			HttpResponse<String> refused = anonymous.get(page);
			assertThat(refused.statusCode()).as(page).isEqualTo(302);
			assertThat(refused.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
			assertThat(officer.get(page).statusCode()).as(page).isEqualTo(403);
			assertThat(admin.browser.get(page).statusCode()).as(page).isEqualTo(200);
		}
	}

	@Test
	void everyAdministrationActionIsRefusedToOfficersAndWithoutCsrfToken() {
		long planner = accountId("planner");
		long version = this.jdbc.queryForObject("select version from user_account where id = ?", Long.class, planner);
		Map<String, String> edit = AdminSession.fields(null, "Nguyễn Thị Lan", Role.PLANNER, agency("SNV"), null);
		edit.put("enabled", "true");
		edit.put("version", Long.toString(version));
		Map<String, Map<String, String>> actions = Map.of("/admin/users",
				AdminSession.fields("forged", "Giả mạo", Role.ADMIN, null, null), "/admin/users/" + planner, edit,
				"/admin/users/" + planner + "/lock", Map.of("version", Long.toString(version)),
				"/admin/users/" + planner + "/unlock", Map.of("version", Long.toString(version)),
				"/admin/users/" + planner + "/password-reset", Map.of("version", Long.toString(version)));

		Browser officer = new Browser(this.port);
		officer.login("officer", "cchc-demo");
		AdminSession admin = new AdminSession(this.port);
		actions.forEach((action, fields) -> {
			assertThat(officer.submit("/", action, fields).statusCode()).as(action).isEqualTo(403);
			assertThat(admin.browser.post(action, fields, null).statusCode()).as(action).isEqualTo(403);
		});
		assertThat(
				this.jdbc.queryForObject("select count(*) from user_account where username = 'forged'", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select version from user_account where id = ?", Long.class, planner))
			.isEqualTo(version);
	}

	@Test
	void createdAccountGetsATemporaryPasswordShownOnceAndMustChangeItFirst() {
		AdminSession admin = new AdminSession(this.port);
		String username = AdminSession.uniqueName("new");
		AdminSession.Created created = admin.create(username, "Võ Thị Hồng", Role.OFFICER, agency("STP"),
				agency("STP-HCTP"));

		assertThat(created.temporaryPassword()).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MINIMUM_LENGTH);
		assertThat(admin.browser.get("/admin/users/" + created.id()).body())
			.doesNotContain(created.temporaryPassword());
		assertThat(this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
				created.id()))
			.startsWith("{bcrypt}")
			.doesNotContain(created.temporaryPassword());
		assertThat(this.jdbc.queryForMap(
				"select role, agency_id, unit_id, must_change_password from user_account " + "where id = ?",
				created.id()))
			.containsEntry("role", "OFFICER")
			.containsEntry("agency_id", agency("STP"))
			.containsEntry("unit_id", agency("STP-HCTP"))
			.containsEntry("must_change_password", true);

		Browser person = new Browser(this.port);
		person.login(username.toUpperCase(), created.temporaryPassword());
		for (String page : List.of("/", "/agencies", "/admin/users")) {
			HttpResponse<String> response = person.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/account/password");
		}
		assertThat(person.get("/account/password").body()).contains("Bạn đang dùng mật khẩu tạm");

		HttpResponse<String> changed = person.submit("/account/password", "/account/password",
				Map.of("currentPassword", created.temporaryPassword(), "newPassword", "Chè đậu đen Quảng Ngãi",
						"confirmation", "Chè đậu đen Quảng Ngãi"));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/");
		HttpResponse<String> home = person.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Đã đổi mật khẩu", "Xin chào, Võ Thị Hồng");
		assertThat(person.get("/agencies").statusCode()).isEqualTo(200);

		Browser again = new Browser(this.port);
		assertThat(again.login(username, "Chè đậu đen Quảng Ngãi").headers().firstValue("Location").orElseThrow())
			.endsWith("/");
		assertThat(again.get("/").statusCode()).isEqualTo(200);
		assertThat(actions(created.id())).containsExactly("USER_CREATED", "PASSWORD_CHANGED");
	}

	@Test
	void rejectedNewAccountKeepsWhatWasTypedAndExplainsBesideTheField() {
		AdminSession admin = new AdminSession(this.port);
		HttpResponse<String> response = admin.browser.submit("/admin/users/new", "/admin/users",
				AdminSession.fields("PLANNER", "Nguyễn Văn Trùng", Role.OFFICER, null, null));
		assertThat(response.statusCode()).isEqualTo(200);
		// Attribute values may carry entities (&ugrave;): compare the text a browser
		// shows.
		assertThat(HtmlEscape.unescapeHtml(response.body())).contains("Tên đăng nhập này đã được dùng",
				"Vai trò này cần có cơ quan công tác", "value=\"PLANNER\"", "value=\"Nguyễn Văn Trùng\"", "is-invalid");
		assertThat(response.body()).containsPattern("<option value=\"OFFICER\" selected=\"selected\"");

		HttpResponse<String> blank = admin.browser.submit("/admin/users/new", "/admin/users",
				AdminSession.fields("có dấu", " ", null, null, null));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(HtmlEscape.unescapeHtml(blank.body())).contains("chỉ gồm chữ cái không dấu",
				"Vui lòng nhập họ và tên", "Vui lòng chọn vai trò", "value=\"có dấu\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from user_account where full_name = 'Nguyễn Văn Trùng' or username = 'có dấu'",
				Integer.class))
			.isZero();
	}

	@Test
	void theUnitMustBelongToTheChosenAgency() {
		AdminSession admin = new AdminSession(this.port);
		String username = AdminSession.uniqueName("unit");
		HttpResponse<String> response = admin.browser.submit("/admin/users/new", "/admin/users",
				AdminSession.fields(username, "Đặng Văn Phòng", Role.OFFICER, agency("STP"), agency("SNV-CCHC")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Phòng, đơn vị này không thuộc cơ quan đã chọn");

		HttpResponse<String> unitAsAgency = admin.browser.submit("/admin/users/new", "/admin/users",
				AdminSession.fields(username, "Đặng Văn Phòng", Role.OFFICER, agency("SNV-CCHC"), null));
		assertThat(unitAsAgency.body()).contains("không phải là một cơ quan");
		assertThat(accountExists(username)).isFalse();

		// The unit list follows the agency (htmx swaps it in).
		String units = admin.browser.get("/admin/users/units?agencyId=" + agency("SNV")).body();
		assertThat(units).contains("Phòng Cải cách hành chính").doesNotContain("Phòng Hành chính tư pháp");
	}

	@Test
	void editChangesProfileAndRoleAndRecordsBoth() {
		AdminSession admin = new AdminSession(this.port);
		AdminSession.Created created = admin.create(AdminSession.uniqueName("edit"), "Bùi Văn Sửa", Role.OFFICER,
				agency("STP"), null);
		HttpResponse<String> saved = admin.browser.submit("/admin/users/" + created.id(),
				"/admin/users/" + created.id(), edit("Bùi Văn Sửa Đổi", Role.AGENCY_HEAD, agency("SNV"),
						agency("SNV-CCHC"), true, admin.version(created.id())));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(HtmlEscape.unescapeHtml(admin.browser.get("/admin/users/" + created.id()).body()))
			.contains("Đã lưu thay đổi", "value=\"Bùi Văn Sửa Đổi\"");
		assertThat(this.jdbc.queryForMap("select full_name, role, agency_id, unit_id from user_account where id = ?",
				created.id()))
			.containsEntry("full_name", "Bùi Văn Sửa Đổi")
			.containsEntry("role", "AGENCY_HEAD")
			.containsEntry("agency_id", agency("SNV"))
			.containsEntry("unit_id", agency("SNV-CCHC"));
		assertThat(actions(created.id())).containsExactly("USER_CREATED", "USER_ROLE_CHANGED", "USER_UPDATED");
		assertThat(this.jdbc.queryForObject(
				"select details from audit_event where target_id = ? " + "and action = 'USER_ROLE_CHANGED'",
				String.class, Long.toString(created.id())))
			.contains("OFFICER → AGENCY_HEAD");
		assertThat(this.jdbc.queryForObject(
				"select actor from audit_event where target_id = ? and action = 'USER_ROLE_CHANGED'", String.class,
				Long.toString(created.id())))
			.isEqualTo("admin");
	}

	@Test
	void staleEditIsRefusedWith409AndOverwritesNothing() {
		AdminSession admin = new AdminSession(this.port);
		AdminSession.Created created = admin.create(AdminSession.uniqueName("stale"), "Hồ Văn Cũ", Role.LEADER, null,
				null);
		long seen = admin.version(created.id());

		AdminSession colleague = new AdminSession(this.port);
		assertThat(colleague.browser
			.submit("/admin/users/" + created.id(), "/admin/users/" + created.id(),
					edit("Hồ Văn Mới", Role.LEADER, null, null, true, seen))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> stale = admin.browser.submit("/admin/users/" + created.id(),
				"/admin/users/" + created.id(), edit("Hồ Văn Ghi Đè", Role.PLANNER, null, null, true, seen));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Dữ liệu vừa được người khác thay đổi");
		HttpResponse<String> staleLock = admin.browser.submit("/admin/users/" + created.id(),
				"/admin/users/" + created.id() + "/lock", Map.of("version", Long.toString(seen)));
		assertThat(staleLock.statusCode()).isEqualTo(409);
		String hash = this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
				created.id());
		for (String action : new String[] { "/unlock", "/password-reset" }) {
			assertThat(admin.browser
				.submit("/admin/users/" + created.id(), "/admin/users/" + created.id() + action,
						Map.of("version", Long.toString(seen)))
				.statusCode()).as(action).isEqualTo(409);
		}
		assertThat(this.jdbc
			.queryForMap("select full_name, role, enabled, password_hash from user_account where id = ?", created.id()))
			.containsEntry("full_name", "Hồ Văn Mới")
			.containsEntry("role", "LEADER")
			.containsEntry("enabled", true)
			.containsEntry("password_hash", hash);
	}

	@Test
	void lockedAccountIsSignedOutAtOnceAndCannotSignInUntilUnlocked() {
		AdminSession admin = new AdminSession(this.port);
		AdminSession.Created created = admin.create(AdminSession.uniqueName("lock"), "Lý Thị Khóa", Role.PLANNER,
				agency("SNV"), null);
		Browser person = signedInWithOwnPassword(created, "Bánh xèo Quảng Ngãi 2026");
		assertThat(person.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> locked = admin.browser.submit("/admin/users/" + created.id(),
				"/admin/users/" + created.id() + "/lock",
				Map.of("version", Long.toString(admin.version(created.id()))));
		assertThat(locked.statusCode()).isEqualTo(302);
		assertThat(admin.browser.get("/admin/users/" + created.id()).body()).contains("Đã khóa tài khoản",
				"Mở khóa tài khoản");

		HttpResponse<String> after = person.get("/");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		Browser again = new Browser(this.port);
		assertThat(again.login(created.username(), "Bánh xèo Quảng Ngãi 2026")
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/login?error");

		admin.browser.submit("/admin/users/" + created.id(), "/admin/users/" + created.id() + "/unlock",
				Map.of("version", Long.toString(admin.version(created.id()))));
		assertThat(again.login(created.username(), "Bánh xèo Quảng Ngãi 2026")
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/");
		assertThat(actions(created.id())).containsExactly("USER_CREATED", "PASSWORD_CHANGED", "USER_LOCKED",
				"USER_UNLOCKED");
	}

	@Test
	void resetPasswordIssuesANewTemporaryPasswordAndForcesAChange() {
		AdminSession admin = new AdminSession(this.port);
		AdminSession.Created created = admin.create(AdminSession.uniqueName("reset"), "Trương Văn Quên", Role.LEADER,
				agency("UBND-TINH"), null);
		signedInWithOwnPassword(created, "Mì Quảng ngon nhất xứ");

		HttpResponse<String> reset = admin.browser.submit("/admin/users/" + created.id(),
				"/admin/users/" + created.id() + "/password-reset",
				Map.of("version", Long.toString(admin.version(created.id()))));
		assertThat(reset.statusCode()).isEqualTo(302);
		String shown = admin.browser.get("/admin/users/" + created.id()).body();
		String temporary = shown.replaceAll("(?s).*<code class=\"issued-password\">([^<]+)</code>.*", "$1");
		assertThat(temporary).isNotEqualTo(shown).hasSizeGreaterThanOrEqualTo(12);
		// Shown once: the next view no longer has it.
		assertThat(admin.browser.get("/admin/users/" + created.id()).body()).doesNotContain(temporary);

		Browser person = new Browser(this.port);
		assertThat(person.login(created.username(), "Mì Quảng ngon nhất xứ")
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/login?error");
		person.login(created.username(), temporary);
		assertThat(person.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		assertThat(actions(created.id())).containsExactly("USER_CREATED", "PASSWORD_CHANGED", "USER_PASSWORD_RESET");
	}

	@Test
	void administratorCannotLockOrDemoteThemself() {
		AdminSession admin = new AdminSession(this.port);
		long self = accountId("admin");
		long version = admin.version(self);
		assertThat(admin.browser.get("/admin/users/" + self).body()).contains("Đây là tài khoản của bạn")
			.doesNotContain("/lock\"");

		HttpResponse<String> demote = admin.browser.submit("/admin/users/" + self, "/admin/users/" + self,
				edit("Quản trị hệ thống", Role.PLANNER, null, null, false, version));
		assertThat(demote.statusCode()).isEqualTo(200);
		assertThat(demote.body()).contains("Bạn không thể tự bỏ vai trò quản trị", "Bạn không thể tự khóa tài khoản");

		admin.browser.submit("/admin/users/" + self, "/admin/users/" + self + "/lock",
				Map.of("version", Long.toString(version)));
		assertThat(admin.browser.get("/admin/users/" + self).body()).contains("Bạn không thể tự khóa tài khoản");
		assertThat(this.jdbc.queryForMap("select role, enabled, version from user_account where id = ?", self))
			.containsEntry("role", "ADMIN")
			.containsEntry("enabled", true)
			.containsEntry("version", version);
	}

	@Test
	void userEnteredTextComesBackEscaped() {
		AdminSession admin = new AdminSession(this.port);
		AdminSession.Created created = admin.create(AdminSession.uniqueName("xss"), "<script>alert(1)</script>",
				Role.LEADER, null, null);
		String list = admin.browser.get("/admin/users?q=" + created.username()).body();
		String edit = admin.browser.get("/admin/users/" + created.id()).body();
		// The trail narrowed to the account: other tests write theirs at later times.
		String audit = admin.browser.get("/admin/audit?targetType=USER&targetId=" + created.id()).body();
		for (String page : List.of(list, edit, audit)) {
			assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		}
	}

	private Browser signedInWithOwnPassword(AdminSession.Created created, String password) {
		Browser person = new Browser(this.port);
		person.login(created.username(), created.temporaryPassword());
		assertThat(
				person
					.submit("/account/password", "/account/password",
							Map.of("currentPassword", created.temporaryPassword(), "newPassword", password,
									"confirmation", password))
					.statusCode())
			.isEqualTo(302);
		return person;
	}

	private static Map<String, String> edit(String fullName, Role role, Long agencyId, Long unitId, boolean enabled,
			long version) {
		Map<String, String> fields = new HashMap<>(AdminSession.fields(null, fullName, role, agencyId, unitId));
		if (enabled) {
			fields.put("enabled", "true");
		}
		fields.put("_enabled", "on");
		fields.put("version", Long.toString(version));
		return fields;
	}

	private List<String> actions(long accountId) {
		return this.jdbc.queryForList(
				"select action from audit_event where target_type = 'USER' and target_id = ? order by id", String.class,
				Long.toString(accountId));
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}

	private boolean accountExists(String username) {
		return this.jdbc.queryForObject("select count(*) from user_account where lower(username) = lower(?)",
				Integer.class, username) > 0;
	}

	private long agency(String code) {
		return this.jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
	}

}
