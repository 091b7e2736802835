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

import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail an account's notifications are mailed to: optional, checked, changed by an
 * administrator with an audit entry; and the contacts other modules ask for.
 */
@PortalWebTest
class AccountEmailTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountContacts contacts;

	@Test
	void anAccountHasAnOptionalCheckedEmail() {
		AdminSession admin = new AdminSession(this.port);
		long stp = agency("STP");
		String name = AdminSession.uniqueName("mail");

		// Refused beside the field, with everything typed kept.
		Map<String, String> fields = AdminSession.fields(name, "Võ Thị Thư", Role.OFFICER, stp, null);
		fields.put("email", "thu@stp");
		HttpResponse<String> refused = admin.browser.submit("/admin/users/new", "/admin/users", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		String page = HtmlEscape.unescapeHtml(refused.body());
		assertThat(page).contains("Địa chỉ thư điện tử không hợp lệ", "value=\"thu@stp\"", "Võ Thị Thư")
			.containsPattern("id=\"email\"[^>]*is-invalid|is-invalid[^>]*id=\"email\"");
		assertThat(
				this.jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class, name))
			.isZero();

		// Taken; shown on the edit page.
		fields.put("email", "thu.vo@stp.quangngai.gov.vn");
		assertThat(admin.browser.submit("/admin/users/new", "/admin/users", fields).statusCode()).isEqualTo(302);
		long id = this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
		assertThat(email(id)).isEqualTo("thu.vo@stp.quangngai.gov.vn");
		assertThat(admin.browser.get("/admin/users/" + id).body()).contains("value=\"thu.vo@stp.quangngai.gov.vn\"");
		assertThat(this.contacts.ofAgency(stp, List.of(Role.OFFICER)))
			.contains(new AccountContacts.Contact(id, "Võ Thị Thư", "thu.vo@stp.quangngai.gov.vn", Role.OFFICER));

		// Changed (audited), then removed: blank is none.
		Map<String, String> edit = new HashMap<>(AdminSession.fields(null, "Võ Thị Thư", Role.OFFICER, stp, null));
		edit.put("email", "thu@stp.gov.vn");
		edit.put("enabled", "true");
		edit.put("version", Long.toString(admin.version(id)));
		assertThat(admin.browser.submit("/admin/users/" + id, "/admin/users/" + id, edit).statusCode()).isEqualTo(302);
		assertThat(email(id)).isEqualTo("thu@stp.gov.vn");
		assertThat(this.jdbc.queryForList(
				"select details from audit_event where target_type = 'USER' and target_id = ? and action = 'USER_UPDATED'",
				String.class, Long.toString(id)))
			.anySatisfy((detail) -> assertThat(detail)
				.contains("thư điện tử: thu.vo@stp.quangngai.gov.vn → thu@stp.gov.vn"));
		edit.put("email", "");
		edit.put("version", Long.toString(admin.version(id)));
		admin.browser.submit("/admin/users/" + id, "/admin/users/" + id, edit);
		assertThat(email(id)).isNull();

		// Locked accounts are nobody's contact.
		admin.browser.submit("/admin/users/" + id, "/admin/users/" + id + "/lock",
				Map.of("version", Long.toString(admin.version(id))));
		assertThat(this.contacts.ofAgency(stp, List.of(Role.OFFICER))).noneMatch((contact) -> contact.id() == id);
	}

	private String email(long id) {
		return this.jdbc.queryForObject("select email from user_account where id = ?", String.class, id);
	}

	private long agency(String code) {
		return this.jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
	}

}
