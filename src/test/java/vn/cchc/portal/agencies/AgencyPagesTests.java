package vn.cchc.portal.agencies;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.plans.PlanDrafting;
import vn.cchc.portal.plans.TaskDraft;
import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.FailingWrite;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.users.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency pages and API over real HTTP. Changes are made to agencies created here, so
 * the demo data other tests read stay as they are.
 */
@PortalWebTest
class AgencyPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AgencyReorganisation reorganisation;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	PlanDrafting drafting;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyoneSignedInBrowsesAgenciesAsTheyWereOnADate() {
		Browser officer = Browser.signedIn(this.port, "officer");
		String in2024 = officer.get("/agencies?at=2024-06-30").body();
		assertThat(in2024).contains("Sở Kế hoạch và Đầu tư", "Ban Dân tộc tỉnh", "UBND cấp huyện")
			.doesNotContain("Sở Nông nghiệp và Môi trường");
		String in2026 = officer.get("/agencies?at=2026-01-15").body();
		assertThat(in2026).contains("Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "UBND cấp xã")
			.doesNotContain("Sở Kế hoạch và Đầu tư");
		assertThat(officer.get("/agencies?q=so+ke+hoach&all=true").body()).contains("Sở Kế hoạch và Đầu tư");
	}

	@Test
	void agencyPageShowsNamesOverTimeAndReorganisations() {
		long id = this.agencies.findByCode("BDT").orElseThrow().getId();
		String page = Browser.signedIn(this.port, "leader").get("/agencies/" + id).body();
		assertThat(page).contains("Sở Dân tộc và Tôn giáo", "Ban Dân tộc tỉnh", "Đến 28/02/2025", "Đổi tên",
				"01/03/2025");
		assertThat(Browser.signedIn(this.port, "leader").get("/agencies/999999").statusCode()).isEqualTo(404);
	}

	@Test
	void groupPageListsTheMembersOnTheChosenDate() {
		Browser planner = Browser.signedIn(this.port, "planner");
		assertThat(planner.get("/agencies/groups").body()).contains("Các sở, ban, ngành", "UBND cấp xã",
				"các cơ quan, đơn vị có liên quan");
		assertThat(planner.get("/agencies/groups/DISTRICT_COMMITTEES?at=2024-06-30").body())
			.contains("Có 13 cơ quan thuộc nhóm ngày 30/06/2024", "Ủy ban nhân dân huyện Lý Sơn");
		assertThat(planner.get("/agencies/groups/DISTRICT_COMMITTEES?at=2025-07-01").body())
			.contains("Có 0 cơ quan thuộc nhóm ngày 01/07/2025");
		assertThat(planner.get("/agencies/events").body()).contains("Hợp nhất", "Giải thể", "Sở Giao thông vận tải");
	}

	@Test
	void onlyAdministratorsRecordReorganisations() {
		long id = newAgency("T-REFUSED");
		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.get("/admin/agencies/merge").statusCode()).isEqualTo(403);
		HttpResponse<String> refused = officer.submit("/agencies/" + id, "/admin/agencies/" + id + "/rename",
				Map.of("name", "Tên lạ", "effectiveDate", "2031-01-01"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.agencies.findById(id).orElseThrow().getName()).isEqualTo("Cơ quan thử T-REFUSED");
	}

	@Test
	void administratorRenamesAnAgencyAndARejectedFormKeepsWhatWasTyped() {
		long id = newAgency("T-RENAME");
		Browser admin = Browser.signedIn(this.port, "admin");
		String form = "/admin/agencies/" + id + "/rename";

		HttpResponse<String> rejected = admin.submit(form, form,
				Map.of("name", "Trung tâm Phục vụ hành chính công", "shortName", "TTPVHCC", "effectiveDate", ""));
		assertThat(rejected.statusCode()).isEqualTo(200);
		// Attribute values come back entity-escaped (&acirc;): compare the text the
		// browser shows.
		assertThat(HtmlUtils.htmlUnescape(rejected.body())).contains("Vui lòng nhập thông tin này",
				"value=\"Trung tâm Phục vụ hành chính công\"", "value=\"TTPVHCC\"");

		HttpResponse<String> done = admin.submit(form, form,
				Map.of("name", "Trung tâm Phục vụ hành chính công", "shortName", "TTPVHCC", "effectiveDate",
						"2031-01-01", "decision", "QĐ 5/QĐ-UBND", "version", version(id)));
		assertThat(done.statusCode()).isEqualTo(302);
		String page = admin.get("/agencies/" + id).body();
		assertThat(page).contains("Đã ghi nhận đổi tên", "Trung tâm Phục vụ hành chính công", "Cơ quan thử T-RENAME",
				"QĐ 5/QĐ-UBND");
	}

	@Test
	void aRenameFromAPageShownBeforeAnotherRenameIsRefusedWith409() {
		long id = newAgency("T-RENAME-TWICE");
		String form = "/admin/agencies/" + id + "/rename";
		Browser first = Browser.signedIn(this.port, "admin");
		Browser second = Browser.signedIn(this.port, "admin");
		assertThat(HtmlUtils.htmlUnescape(second.get(form).body())).contains("name=\"version\" value=\"0\"");
		String secondToken = second.csrfTokenOf(form);

		assertThat(first
			.submit(form, form, Map.of("name", "Tên của người thứ nhất", "effectiveDate", "2031-01-01", "version", "0"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> stale = second.post(form,
				Map.of("name", "Tên của người thứ hai", "effectiveDate", "2032-01-01", "version", "0"), secondToken);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(this.agencies.findById(id).orElseThrow().getName()).isEqualTo("Tên của người thứ nhất");
		assertThat(this.jdbc.queryForObject("select count(*) from agency_former_name where agency_id = ?",
				Integer.class, id))
			.isOne();
	}

	@Test
	void renameThatContradictsTheHistoryIsExplainedNotSaved() {
		long id = newAgency("T-EARLY");
		Browser admin = Browser.signedIn(this.port, "admin");
		String form = "/admin/agencies/" + id + "/rename";
		HttpResponse<String> rejected = admin.submit(form, form,
				Map.of("name", "Tên mới", "effectiveDate", "2000-01-01", "version", version(id)));
		assertThat(rejected.body()).contains("Ngày hiệu lực phải sau ngày tên hiện tại bắt đầu được dùng");
		assertThat(this.agencies.findById(id).orElseThrow().getName()).isEqualTo("Cơ quan thử T-EARLY");
	}

	@Test
	void administratorMergesTwoAgenciesIntoANewOne() {
		long first = newAgency("T-MERGE-A");
		long second = newAgency("T-MERGE-B");
		LocalDate effective = LocalDate.of(2031, 1, 1);
		Browser admin = Browser.signedIn(this.port, "admin");
		HttpResponse<String> done = admin.submit("/admin/agencies/merge", "/admin/agencies/merge",
				Map.of("predecessorIds", List.of(first, second), "effectiveDate", effective.toString(), "newName",
						"Cơ quan hợp nhất thử", "newCode", "T-MERGED", "decision", "NQ 7/NQ-HĐND"));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);

		Agency merged = this.agencies.findByCode("T-MERGED").orElseThrow();
		assertThat(merged.existsOn(effective)).isTrue();
		assertThat(merged.existsOn(effective.minusDays(1))).isFalse();
		assertThat(this.agencies.findById(first).orElseThrow().existsOn(effective)).isFalse();
		assertThat(this.agencies.findById(second).orElseThrow().existsOn(effective)).isFalse();
		assertThat(admin.get("/agencies/events").body()).contains("Cơ quan thử T-MERGE-A", "Cơ quan thử T-MERGE-B",
				"Cơ quan hợp nhất thử", "NQ 7/NQ-HĐND");
	}

	/**
	 * A merge is one transaction with the move of the merged agencies' work (plans
	 * module, listening to AgenciesMerged): when that last step fails, the new agency,
	 * the closing of the old ones, the event and the audit row are gone too.
	 */
	@Test
	void aMergeWhoseWorkCannotMoveLeavesEveryAgencyAsItWas() {
		long first = newAgency("T-HALF-A");
		long second = newAgency("T-HALF-B");
		PortalUser planner = (PortalUser) this.users.loadUserByUsername("planner");
		long province = this.jdbc.queryForObject("select id from agency where code = 'UBND-TINH'", Long.class);
		long plan = this.drafting.createPlan(2031, province, null, "Kế hoạch thử hợp nhất dở dang", planner);
		long section = this.drafting.addSection(plan, "1.", "Cải cách thể chế", "THE_CHE", planner);
		long task = this.drafting.addTask(plan, section, null, new TaskDraft("a)", "Việc của cơ quan sắp hợp nhất",
				"Cơ quan thử T-HALF-A", null, null, "Quý II/2031", null, null), Map.of("Cơ quan thử T-HALF-A", first),
				planner);
		String before = mergeState(first, second, task);
		assertThat(before).isEqualTo("T-HALF-A open, T-HALF-B open; lead T-HALF-A; events 0; T-HALF-NEW absent");
		long newestAudit = this.jdbc.queryForObject("select max(id) from audit_event", Long.class);

		Browser admin = Browser.signedIn(this.port, "admin");
		Map<String, Object> form = Map.of("predecessorIds", List.of(first, second), "effectiveDate", "2031-07-01",
				"newName", "Cơ quan hợp nhất dở dang", "newCode", "T-HALF-NEW", "decision", "NQ 9/NQ-HĐND");
		try (FailingWrite failing = FailingWrite.on(this.jdbc, "assignment", "update", "old.agency_id = " + first)) {
			assertThat(admin.submit("/admin/agencies/merge", "/admin/agencies/merge", form).statusCode())
				.isEqualTo(500);
		}
		assertThat(mergeState(first, second, task)).isEqualTo(before);
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_event where id > ?", Integer.class, newestAudit))
			.isZero();

		// Nothing refused, the same form merges, and the work moves.
		assertThat(admin.submit("/admin/agencies/merge", "/admin/agencies/merge", form).statusCode()).isEqualTo(302);
		assertThat(mergeState(first, second, task))
			.isEqualTo("T-HALF-A closed, T-HALF-B closed; lead T-HALF-NEW; events 1; T-HALF-NEW present");
	}

	/** What a merge of the two changes: the agencies, the task's lead, the events. */
	private String mergeState(long first, long second, long task) {
		String agencies = this.jdbc.queryForObject(
				"select string_agg(code || case when valid_to is null then ' open' else ' closed' end, ', ' order by code) "
						+ "from agency where id in (?, ?)",
				String.class, first, second);
		String lead = this.jdbc.queryForObject(
				"select string_agg(g.code, ',') from assignment a "
						+ "join agency g on g.id = a.agency_id where a.task_id = ? and a.role = 'LEAD' and a.active",
				String.class, task);
		int events = this.jdbc.queryForObject(
				"select count(distinct event_id) from agency_event_party p join agency_event e on e.id = p.event_id "
						+ "where e.type = 'MERGE' and p.agency_id in (?, ?)",
				Integer.class, first, second);
		boolean created = this.agencies.findByCode("T-HALF-NEW").isPresent();
		return agencies + "; lead " + lead + "; events " + events + "; T-HALF-NEW " + (created ? "present" : "absent");
	}

	@Test
	void mergeWithoutAgenciesOrCodeIsExplainedNotSaved() {
		Browser admin = Browser.signedIn(this.port, "admin");
		String body = HtmlUtils.htmlUnescape(
				admin
					.submit("/admin/agencies/merge", "/admin/agencies/merge",
							Map.of("effectiveDate", "2031-01-01", "newName", "Cơ quan không mã"))
					.body());
		assertThat(body).contains("Vui lòng chọn ít nhất một mục", "Nhập mã cho cơ quan mới",
				"value=\"Cơ quan không mã\"");
	}

	@Test
	void apiNeedsCredentialsAndAnswersWithAgenciesAtADate() {
		Browser script = new Browser(this.port);
		HttpResponse<String> anonymous = script.api("/api/v1/agencies", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(script.api("/api/v1/agencies", "planner", "wrong").statusCode()).isEqualTo(401);

		HttpResponse<String> in2024 = script.api("/api/v1/agencies?q=ke+hoach+dau+tu&at=2024-06-30", "planner",
				"cchc-demo");
		assertThat(in2024.statusCode()).isEqualTo(200);
		assertThat(in2024.body()).contains("\"code\":\"SKHDT\"", "\"name\":\"Sở Kế hoạch và Đầu tư\"",
				"\"kind\":\"DEPARTMENT\"", "\"validTo\":\"2025-03-01\"", "\"parentId\":");
		assertThat(script.api("/api/v1/agencies?q=ke+hoach+dau+tu&at=2026-01-01", "planner", "cchc-demo").body())
			.isEqualTo("[]");

		HttpResponse<String> badDate = script.api("/api/v1/agencies?at=hôm-nay", "planner", "cchc-demo");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("\"status\":400").doesNotContain("Exception");
	}

	@Test
	void apiListsTheSevenReformDomainsInOrder() {
		String body = new Browser(this.port).api("/api/v1/domains", "officer", "cchc-demo").body();
		assertThat(body).containsSubsequence("CHI_DAO_DIEU_HANH", "THE_CHE", "TTHC", "TO_CHUC_BO_MAY", "CONG_VU",
				"TAI_CHINH_CONG", "CHINH_PHU_SO");
		assertThat(body).contains("\"nameVi\":\"Cải cách thủ tục hành chính\"",
				"\"nameEn\":\"Administrative procedure reform\"");
		assertThat(Browser.signedIn(this.port, "officer").get("/domains").body()).contains("Cải cách tài chính công",
				"TAI_CHINH_CONG");
	}

	@Test
	void resolverPageAndApiExplainHowAWordingIsUnderstood() {
		String page = Browser.signedIn(this.port, "planner")
			.get("/agencies/resolve?at=2024-01-01&phrase=So+Tu+phap%2C+cac+so%2C+ban+nganh%3B+UBND+cap+xa")
			.body();
		assertThat(page).contains("Sở Tư pháp", "Các sở, ban, ngành", "UBND cấp xã", "Nhóm");

		HttpResponse<String> api = new Browser(this.port).api(
				"/api/v1/agencies/resolve?at=2024-01-01&phrase=S%E1%BB%9F+KH%26%C4%90T+v%C3%A0+UBND+c%E1%BA%A5p+huy%E1%BB%87n",
				"planner", "cchc-demo");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"code\":\"SKHDT\"", "\"code\":\"DISTRICT_COMMITTEES\"", "\"confidence\":");
		assertThat(new Browser(this.port).api("/api/v1/agencies/resolve", "planner", "cchc-demo").statusCode())
			.isEqualTo(400);
	}

	@Test
	void apiDescriptionIsForAdministrators() {
		assertThat(Browser.signedIn(this.port, "officer").get("/v3/api-docs").statusCode()).isEqualTo(403);
		HttpResponse<String> docs = Browser.signedIn(this.port, "admin").get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/agencies", "/api/v1/domains", "basic").doesNotContain("/admin/");
	}

	private long newAgency(String code) {
		return this.agencies.findByCode(code).map(Agency::getId).orElseGet(() -> {
			this.reorganisation.establish(new NewAgency(code, "Cơ quan thử " + code, null, AgencyKind.DEPARTMENT, null),
					LocalDate.of(2030, 1, 1), null, "test");
			return this.agencies.findByCode(code).orElseThrow().getId();
		});
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from agency where id = ?", Long.class, id));
	}

}
