package vn.cchc.portal.importing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.FailingWrite;
import vn.cchc.portal.support.PortalWebTest;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.users.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * From a read plan document to a draft plan, on real PostgreSQL; and the demo plans the
 * importer brings in from the seeds.
 */
@PortalWebTest
class PlanImportsTests {

	@LocalServerPort
	int port;

	@Autowired
	PlanImports imports;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	vn.cchc.portal.plans.PlanDrafting drafting;

	@Test
	void theDemoDataHoldSeed001IssuedAndSeed003AsADraft() {
		assertThat(this.jdbc.queryForList("select p.status || ' ' || p.plan_year || ' ' || count(t.id) from plan p "
				+ "join plan_task t on t.plan_id = p.id where p.created_by = 'planner' and p.id in "
				+ "(select min(id) from plan group by plan_year) and p.plan_year in (2021, 2024) "
				+ "and t.parent_task_id is null group by p.id order by p.plan_year", String.class))
			.containsExactly("DRAFT 2021 50", "ISSUED 2024 56");
		// Other tests write plans with the same decision number; the demo plan is the
		// first issued.
		long quangNgai = this.jdbc.queryForObject(
				"select min(id) from plan where decision_number = '1879/QĐ-UBND' and status = 'ISSUED'", Long.class);
		// "Sở Tư pháp và các sở, ban ngành, UBND cấp huyện; UBND cấp xã" of the first
		// task.
		assertThat(this.jdbc.queryForList(
				"select coalesce(a.code, p.group_code) from plan_task t join plan_task_party p on p.task_id = t.id "
						+ "left join agency a on a.id = p.agency_id where t.plan_id = ? and p.role = 'LEAD' "
						+ "and t.text like 'Tiếp tục nâng cao chất lượng công tác soạn thảo%' order by p.position",
				String.class, quangNgai))
			.containsExactly("STP", "DEPARTMENTS", "DISTRICT_COMMITTEES", "COMMUNE_COMMITTEES");
		assertThat(this.jdbc.queryForObject("select count(*) from assignment a join plan_task t on t.id = a.task_id "
				+ "where t.plan_id = ? and a.active", Integer.class, quangNgai))
			.isGreaterThan(500);
		Browser leader = new Browser(this.port);
		leader.login("leader", "cchc-demo");
		assertThat(leader.get("/plans/" + quangNgai).body()).contains("1879/QĐ-UBND", "Cải cách thủ tục hành chính");
	}

	@Test
	void aPreviewResolvesAgenciesAndDeadlinesWithoutSavingAnything() {
		int plans = this.jdbc.queryForObject("select count(*) from plan", Integer.class);
		ImportPreview preview = this.imports.preview(document("Sở Tư pháp; UBND cấp xã", "Sở Thiên Đường"));
		assertThat(preview.plan().year()).isEqualTo(2028);
		ImportPreview.Task task = preview.tasks().get(0);
		assertThat(task.domain()).isEqualTo("THE_CHE");
		assertThat(task.leads()).extracting(ImportPreview.Party::name).containsExactly("Sở Tư pháp", "UBND cấp xã");
		assertThat(task.deadline().due()).isEqualTo(LocalDate.of(2028, 6, 30));
		assertThat(preview.tasks().get(1).leads()).singleElement()
			.satisfies((party) -> assertThat(party.uncertain()).isTrue());
		assertThat(preview.tasks().get(1).needsReview()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
	}

	@Test
	void aDraftIsCreatedWhollyOrNotAtAll() {
		PortalUser planner = (PortalUser) this.users.loadUserByUsername("planner");
		long province = this.jdbc.queryForObject("select id from agency where code = 'UBND-TINH'", Long.class);
		long created = this.imports.createDraft(document("Sở Tư pháp", "Sở Nội vụ"), province, planner);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, created))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select comparator || ' ' || target_value || unit from plan_target where plan_id = ?", String.class,
				created))
			.isEqualTo("GE 90.0000%");

		int plans = this.jdbc.queryForObject("select count(*) from plan", Integer.class);
		ImportedPlan broken = new ImportedPlan(ImportFormat.LIST, header(), List.of(),
				List.of(new ImportedSection("1.", "Cải cách thể chế", "THE_CHE", 1)),
				List.of(task("a)", "Nhiệm vụ đầu", "Sở Tư pháp"), task("b)", null, "Sở Nội vụ")), List.of(), List.of());
		assertThatThrownBy(() -> this.imports.createDraft(broken, province, planner))
			.isInstanceOf(RuntimeException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
	}

	@Test
	void correctionsPickAgenciesDropTasksAndAFailingOneWritesNothing() {
		PortalUser planner = (PortalUser) this.users.loadUserByUsername("planner");
		long province = this.jdbc.queryForObject("select id from agency where code = 'UBND-TINH'", Long.class);
		long health = this.jdbc.queryForObject("select id from agency where code = 'SYT'", Long.class);
		ImportedPlan plan = document("Sở Tư pháp", "Sở Thiên Đường");
		ImportCorrections corrections = ImportCorrections.NONE.choosing(1, java.util.Map.of("Sở Thiên Đường", health));

		ImportPreview preview = this.imports.preview(plan, corrections);
		assertThat(preview.tasks().get(1).leads()).singleElement().satisfies((party) -> {
			assertThat(party.agencyId()).isEqualTo(health);
			assertThat(party.name()).isEqualTo("Sở Y tế");
			assertThat(party.uncertain()).isFalse();
		});

		long created = this.imports.createDraft(plan, corrections.dropping(0, true), province, planner);
		assertThat(this.jdbc.queryForList("select text from plan_task where plan_id = ?", String.class, created))
			.containsExactly("Kiểm tra văn bản");
		assertThat(this.jdbc.queryForObject("select s.agency_id from assignment s join plan_task t on t.id = s.task_id "
				+ "where t.plan_id = ? and s.role = 'LEAD' and s.active", Long.class, created))
			.isEqualTo(health);
		// The match stays when the planner later edits the task with the same wording.
		long taskId = this.jdbc.queryForObject("select id from plan_task where plan_id = ?", Long.class, created);
		long version = this.jdbc.queryForObject("select version from plan_task where id = ?", Long.class, taskId);
		this.drafting.updateTask(taskId, version, new vn.cchc.portal.plans.TaskDraft("b)", "Kiểm tra lại văn bản",
				"Sở Thiên Đường", null, "Báo cáo", "Quý II/2028", null, null), planner);
		assertThat(this.jdbc.queryForObject(
				"select s.agency_id from assignment s where s.task_id = ? " + "and s.role = 'LEAD' and s.active",
				Long.class, taskId))
			.isEqualTo(health);

		// An agency that does not exist fails the draft: nothing is left behind.
		int plans = this.jdbc.queryForObject("select count(*) from plan", Integer.class);
		int tasks = this.jdbc.queryForObject("select count(*) from plan_task", Integer.class);
		ImportCorrections broken = ImportCorrections.NONE.choosing(1, java.util.Map.of("Sở Thiên Đường", 987654321L));
		assertThatThrownBy(() -> this.imports.createDraft(plan, broken, province, planner))
			.isInstanceOf(RuntimeException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_task", Integer.class)).isEqualTo(tasks);
	}

	/**
	 * The draft's very last write refused by the database, after the plan, its header,
	 * target, section, first task with its assignment and audit row were written in the
	 * same transaction: not one row of any of them is left.
	 */
	@Test
	void aDraftFailingAtItsLastTaskLeavesNoRowOfAnyKind() {
		PortalUser planner = (PortalUser) this.users.loadUserByUsername("planner");
		long province = this.jdbc.queryForObject("select id from agency where code = 'UBND-TINH'", Long.class);
		String last = "Nhiệm vụ cuối bị từ chối " + System.nanoTime();
		ImportedPlan plan = new ImportedPlan(ImportFormat.LIST, header(),
				List.of(new ImportedTarget("Tỷ lệ hồ sơ trực tuyến đạt 95%", "≥", new java.math.BigDecimal("95"), "%",
						1)),
				List.of(new ImportedSection("1.", "Cải cách thể chế", "THE_CHE", 1)),
				List.of(task("a)", "Rà soát văn bản", "Sở Tư pháp"), task("b)", last, "Sở Nội vụ")), List.of(),
				List.of());
		List<String> tables = List.of("plan", "plan_section", "plan_target", "plan_task", "assignment", "audit_event");
		java.util.Map<String, Long> newest = new java.util.HashMap<>();
		tables.forEach((table) -> newest.put(table,
				this.jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class)));

		try (FailingWrite failing = FailingWrite.on(this.jdbc, "plan_task", "insert", "new.text = '" + last + "'")) {
			assertThatThrownBy(() -> this.imports.createDraft(plan, province, planner))
				.isInstanceOf(RuntimeException.class);
		}
		tables.forEach((table) -> assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where id > ?",
				Integer.class, newest.get(table)))
			.as(table)
			.isZero());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from plan_task_party p where not exists (select 1 from plan_task t where t.id = p.task_id)",
				Integer.class))
			.isZero();

		// Nothing refused, the same document makes the whole draft.
		long created = this.imports.createDraft(plan, province, planner);
		assertThat(this.jdbc.queryForList("select text from plan_task where plan_id = ? order by id", String.class,
				created))
			.containsExactly("Rà soát văn bản", last);
	}

	/**
	 * A 100-page plan (seed 001 nine times, 504 tasks) reaches the preview with its
	 * agencies resolved on PostgreSQL's directory. How fast is measured by
	 * bench/import-login.sh, not here.
	 */
	@Test
	void aHundredPagePlanReachesThePreview() {
		String seed = new String(SeedFiles.bytes(SeedFiles.SEED_001), java.nio.charset.StandardCharsets.UTF_8);
		byte[] hundredPages = ((seed + "\n").repeat(9)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		PlanDocumentReader reader = new PlanDocumentReader(TestClock.atStart());
		ImportPreview preview = this.imports.preview(reader.read(hundredPages, "plan.txt"));
		assertThat(preview.tasks()).hasSize(9 * 56);
		assertThat(preview.tasks().get(0).leads()).isNotEmpty();
	}

	private static ImportedPlan document(String firstLeads, String secondLeads) {
		return new ImportedPlan(ImportFormat.LIST, header(),
				List.of(new ImportedTarget("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%", "≥",
						new java.math.BigDecimal("90"), "%", 1)),
				List.of(new ImportedSection("1.", "Cải cách thể chế", "THE_CHE", 1)),
				List.of(task("a)", "Rà soát văn bản", firstLeads), task("b)", "Kiểm tra văn bản", secondLeads)),
				List.of(), List.of());
	}

	private static ImportedHeader header() {
		return new ImportedHeader("UBND tỉnh Quảng Ngãi", null, null, 2028, null, "Kế hoạch CCHC năm 2028 (thử nhập)");
	}

	private static ImportedTask task(String label, String text, String leads) {
		return new ImportedTask(0, label, text, leads, null, List.of("Báo cáo"), "Quý II/2028", null, null, 2, 3);
	}

}
