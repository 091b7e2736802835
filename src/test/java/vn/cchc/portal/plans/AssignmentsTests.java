package vn.cchc.portal.plans;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencyNames;
import vn.cchc.portal.agencies.AgencyReorganisation;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.support.TestClock;
import vn.cchc.portal.users.DemoUsers;
import vn.cchc.portal.users.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who must report on a task, and what happens to it when agencies merge, on real
 * PostgreSQL. Each test is rolled back.
 */
@DataJpaTest
@Import({ PlanDrafting.class, Assignments.class, AgencyNames.class, AgencyCatalog.class, AgencyReorganisation.class,
		AuditLog.class, TestClock.Configuration.class })
class AssignmentsTests {

	@Autowired
	PlanDrafting drafting;

	@Autowired
	AgencyReorganisation reorganisation;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser planner;

	private long plan;

	private long section;

	@BeforeEach
	void draftAPlanFor2024() {
		this.planner = DemoUsers.load(this.entityManager, "planner");
		this.plan = this.drafting.createPlan(2024, idOf("UBND-TINH"), null, "Kế hoạch thử giao việc", this.planner);
		this.section = this.drafting.addSection(this.plan, "1.", "Cải cách thể chế", "THE_CHE", this.planner);
	}

	@Test
	void aGroupLeadGivesOneAssignmentToEachMemberOnThePlansDate() {
		long task = task("các sở, ban, ngành", null);
		// The 20 departments of the reference data in 2024 (the 2025 merges had not
		// happened: no Sở Nông nghiệp và Môi trường); no district.
		assertThat(assignees(task, "LEAD")).containsExactly("BDT", "BQL-KKT", "SCT", "SGDDT", "SGTVT", "SKHCN", "SKHDT",
				"SLDTBXH", "SNGV", "SNNPTNT", "SNV", "STC", "STNMT", "STP", "STTTT", "SVHTTDL", "SXD", "SYT", "TTR",
				"VP-UBND");
	}

	@Test
	void twoLeadsGiveTwoAndAnAgencyNamedTwiceIsAssignedOnce() {
		long task = task("Sở Tư pháp và Sở Nội vụ", "Văn phòng UBND tỉnh; các cơ quan, đơn vị có liên quan");
		assertThat(assignees(task, "LEAD")).containsExactlyInAnyOrder("STP", "SNV");
		assertThat(assignees(task, "COORDINATOR")).containsExactly("VP-UBND");

		long both = task("Sở Tư pháp và các sở, ban, ngành", null);
		assertThat(
				this.jdbc.queryForObject("select via_group_code from assignment a join agency g on g.id = a.agency_id "
						+ "where a.task_id = ? and g.code = 'STP'", String.class, both))
			.isNull();
		assertThat(assignees(both, "LEAD")).filteredOn("STP"::equals).hasSize(1);
	}

	@Test
	void theLeadIsNotAlsoACoordinatorThroughACoordinatingGroup() {
		long task = task("Sở Tư pháp", "các sở, ban, ngành");
		assertThat(assignees(task, "LEAD")).containsExactly("STP");
		assertThat(assignees(task, "COORDINATOR")).contains("SNV", "SKHDT").doesNotContain("STP");
	}

	@Test
	void editingATaskRebuildsItsAssignments() {
		long task = task("Sở Tư pháp", null);
		long version = this.jdbc.queryForObject("select version from plan_task where id = ?", Long.class, task);
		this.drafting.updateTask(task, version,
				new TaskDraft("a)", "Nhiệm vụ thử", "UBND cấp huyện", null, null, "Quý II/2024", null, null),
				this.planner);
		this.entityManager.flush();
		assertThat(assignees(task, "LEAD")).hasSize(13).doesNotContain("STP");
	}

	@Test
	void aMergeMovesOpenAssignmentsToTheSuccessorAndRecordsTheMove() {
		long justiceOnly = task("Sở Tư pháp", null);
		long both = task("Sở Tư pháp và Sở Nội vụ", null);
		long eventId = this.reorganisation.merge(List.of(idOf("STP"), idOf("SNV")), idOf("SNV"), null,
				LocalDate.of(2030, 7, 1), "NQ thử", "admin");
		this.entityManager.flush();

		assertThat(assignees(justiceOnly, "LEAD")).containsExactly("SNV");
		assertThat(this.jdbc.queryForObject(
				"select f.code || ' ' || a.moved_by_event_id || ' ' || a.moved_on from assignment a "
						+ "join agency f on f.id = a.moved_from_agency_id where a.task_id = ? and a.active",
				String.class, justiceOnly))
			.isEqualTo("STP " + eventId + " 2030-07-01");
		// The successor already had the other task: Sở Tư pháp's share ends, with the
		// record kept.
		assertThat(assignees(both, "LEAD")).containsExactly("SNV");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from assignment where task_id = ? and not active and moved_by_event_id = ?",
				Integer.class, both, eventId))
			.isEqualTo(1);
	}

	private long task(String leads, String coordinators) {
		return this.drafting.addTask(this.plan, this.section, null,
				new TaskDraft("a)", "Nhiệm vụ thử", leads, coordinators, null, "Quý II/2024", null, null),
				this.planner);
	}

	private List<String> assignees(long task, String role) {
		this.entityManager.flush();
		return this.jdbc.queryForList("select g.code from assignment a join agency g on g.id = a.agency_id "
				+ "where a.task_id = ? and a.role = ? and a.active order by g.code", String.class, task, role);
	}

	private long idOf(String code) {
		return this.jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
	}

}
