package vn.cchc.portal.plans;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.users.PortalUser;
import vn.cchc.portal.users.Role;

/**
 * An agency's own plan, built from the issued province plan: the tasks assigned to the
 * agency come pre-filled and linked to the province task they carry out, led by the
 * agency itself until its head assigns them to its units; the agency then adds its own
 * tasks (seed 000 is such a plan).
 */
@Service
@Transactional
public class AgencyPlans {

	private final PlanRepository plans;

	private final PlanTaskRepository tasks;

	private final AssignmentRepository assignments;

	private final AgencyCatalog agencies;

	private final Assignments assignmentRules;

	private final Clock clock;

	AgencyPlans(PlanRepository plans, PlanTaskRepository tasks, AssignmentRepository assignments,
			AgencyCatalog agencies, Assignments assignmentRules, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.assignments = assignments;
		this.agencies = agencies;
		this.assignmentRules = assignmentRules;
		this.clock = clock;
	}

	/**
	 * The head's agency plan for an issued province plan: created on first request, the
	 * same one afterwards.
	 */
	public long planFor(long provincePlanId, PortalUser head) {
		if (head.getRole() != Role.AGENCY_HEAD || head.getAgencyId() == null) {
			throw new AccessDeniedException("plans.error.notYours");
		}
		Plan province = this.plans.findById(provincePlanId)
			.filter((plan) -> plan.getParentPlanId() == null)
			.orElseThrow(PlanNotFoundException::new);
		if (province.getStatus() != PlanStatus.ISSUED) {
			throw new PlanWorkflowException("plans.agencyPlan.error.notIssued");
		}
		long agencyId = head.getAgencyId();
		return this.plans.findFirstByParentPlanIdAndOwnerAgencyId(provincePlanId, agencyId)
			.map(Plan::getId)
			.orElseGet(() -> build(province, agencyId, head));
	}

	private long build(Plan province, long agencyId, PortalUser head) {
		AgencySummary agency = this.agencies.find(agencyId).orElseThrow();
		Plan plan = this.plans.save(new Plan(province.getYear(), agencyId, province.getId(),
				"Kế hoạch cải cách hành chính năm " + province.getYear() + " của " + agency.name(), head.getUsername(),
				this.clock.instant()));
		Set<Long> assigned = new HashSet<>(this.assignments.findTaskIdsOf(province.getId(), agencyId));
		List<PlanTask> provinceTasks = this.tasks.findAllOfPlan(province.getId());
		Map<Long, Long> sectionCopies = new HashMap<>();
		for (PlanSection section : province.getSections()) {
			List<PlanTask> ours = provinceTasks.stream()
				.filter((task) -> task.getSectionId() == section.getId() && assigned.contains(task.getId()))
				.sorted(java.util.Comparator.comparingInt(PlanTask::getPosition))
				.toList();
			if (ours.isEmpty()) {
				continue;
			}
			PlanSection copy = plan.addSection(section.getLabel(), section.getTitle(), section.getDomainCode(),
					head.getUsername(), this.clock.instant());
			this.plans.flush();
			sectionCopies.put(section.getId(), copy.getId());
			for (PlanTask task : ours) {
				copyTask(plan, copy.getId(), task, agency);
			}
		}
		return plan.getId();
	}

	/**
	 * The province task as the agency's own: same wording, led by the agency, linked
	 * back.
	 */
	private void copyTask(Plan plan, long sectionId, PlanTask origin, AgencySummary agency) {
		PlanTask task = new PlanTask(plan.getId(), sectionId, null, origin.getPosition());
		task.write(new TaskContent(origin.getLabel(), origin.getText(), agency.name(), null,
				List.of(new TaskParty(TaskParty.Role.LEAD, agency.id(), null, agency.name())), origin.getProducts(),
				origin.getDeadlineText(), origin.getDeadlineKind(), origin.getDeadlineDue(), origin.getBudgetAmount(),
				origin.getBudgetText(), origin.getNotes()));
		task.implement(origin.getId());
		this.assignmentRules.rebuild(this.tasks.save(task), plan);
	}

}
