package vn.cchc.portal.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.users.PortalUser;

/**
 * A plan's life: draft → submitted → issued by decision → amended (a new draft of the
 * next version, issued by its own decision) → closed. Every step is recorded with who and
 * when, and every issue keeps a snapshot of the plan as issued.
 */
@Service
@Transactional
public class PlanWorkflow {

	private final PlanRepository plans;

	private final PlanTaskRepository tasks;

	private final PlanTransitionRepository transitions;

	private final PlanVersionRepository versions;

	private final PlanCatalog catalog;

	private final JsonMapper json;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	PlanWorkflow(PlanRepository plans, PlanTaskRepository tasks, PlanTransitionRepository transitions,
			PlanVersionRepository versions, PlanCatalog catalog, JsonMapper json, AuditLog auditLog,
			ApplicationEventPublisher publisher, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.transitions = transitions;
		this.versions = versions;
		this.catalog = catalog;
		this.json = json;
		this.auditLog = auditLog;
		this.publisher = publisher;
		this.clock = clock;
	}

	public void submit(long planId, PortalUser user) {
		Plan plan = load(planId, user);
		if (this.tasks.countByPlanId(planId) == 0) {
			throw new PlanWorkflowException("plans.workflow.error.noTasks");
		}
		step(plan, user, null, null, null, () -> plan.submit(user.getUsername(), now()));
	}

	public void returnToDraft(long planId, String note, PortalUser user) {
		Plan plan = load(planId, user);
		step(plan, user, null, null, note, () -> plan.returnToDraft(user.getUsername(), now()));
	}

	/**
	 * Issues the submitted plan by decision, and keeps it as version 1, or as the next
	 * version when this issues an amendment.
	 */
	public int issue(long planId, String decisionNumber, LocalDate decisionDate, PortalUser user) {
		if (decisionNumber == null || decisionNumber.isBlank() || decisionDate == null) {
			throw new PlanWorkflowException("plans.workflow.error.decisionRequired");
		}
		Plan plan = load(planId, user);
		int number = (int) this.versions.countByPlanId(planId) + 1;
		step(plan, user, decisionNumber.strip(), decisionDate, null,
				() -> plan.issue(decisionNumber.strip(), decisionDate, number == 1, user.getUsername(), now()));
		this.plans.flush();
		String snapshot = this.json.writeValueAsString(this.catalog.view(planId, user, Locale.forLanguageTag("vi")));
		this.versions.save(new PlanVersion(planId, number, decisionNumber.strip(), decisionDate, snapshot,
				user.getUsername(), now()));
		return number;
	}

	public void startAmendment(long planId, PortalUser user) {
		Plan plan = load(planId, user);
		step(plan, user, null, null, null, () -> plan.startAmendment(user.getUsername(), now()));
	}

	public void close(long planId, PortalUser user) {
		Plan plan = load(planId, user);
		step(plan, user, null, null, null, () -> plan.close(user.getUsername(), now()));
	}

	private void step(Plan plan, PortalUser user, String decisionNumber, LocalDate decisionDate, String note,
			Runnable change) {
		PlanStatus from = plan.getStatus();
		change.run();
		String trimmedNote = (note != null && !note.isBlank()) ? note.strip() : null;
		this.transitions.save(new PlanTransition(plan.getId(), from, plan.getStatus(), decisionNumber, decisionDate,
				trimmedNote, user.getUsername(), now()));
		this.auditLog.recordAs(user.getUsername(), "PLAN_" + plan.getStatus().name(), "PLAN", plan.getId(),
				from + " → " + plan.getStatus() + ((decisionNumber != null) ? " (" + decisionNumber + ")" : "")
						+ ((trimmedNote != null) ? ": " + trimmedNote : ""));
		this.publisher.publishEvent(new PlanStatusChanged(plan.getId(), plan.getYear(), from, plan.getStatus()));
	}

	private Plan load(long planId, PortalUser user) {
		PlanPermissions.requireCreator(user);
		Plan plan = this.plans.findById(planId).orElseThrow(PlanNotFoundException::new);
		PlanPermissions.requireEdit(user, plan);
		return plan;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
