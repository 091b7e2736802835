package vn.cchc.portal.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyNameResolver;
import vn.cchc.portal.agencies.AgencyNames;
import vn.cchc.portal.agencies.AgencyResolution;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.shared.concurrency.Versions;
import vn.cchc.portal.shared.deadline.Deadline;
import vn.cchc.portal.shared.text.TypedText;
import vn.cchc.portal.users.PortalUser;

/**
 * Writing a draft plan: its header, sections and tasks. Every change checks the plan is
 * still a draft and the person may edit it; a task saved over a newer version is refused.
 */
@Service
@Transactional
public class PlanDrafting {

	/**
	 * A party named this surely is taken as is; below, the planner is asked to check it.
	 */
	static final double CONFIDENT = 0.8;

	private final PlanRepository plans;

	private final PlanTaskRepository tasks;

	private final AgencyNames agencyNames;

	private final Assignments assignments;

	private final AuditLog auditLog;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<TaskCompletion> completion;

	PlanDrafting(PlanRepository plans, PlanTaskRepository tasks, AgencyNames agencyNames, Assignments assignments,
			AuditLog auditLog, Clock clock,
			org.springframework.beans.factory.ObjectProvider<TaskCompletion> completion) {
		this.completion = completion;
		this.plans = plans;
		this.tasks = tasks;
		this.agencyNames = agencyNames;
		this.assignments = assignments;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public long createPlan(int year, long ownerAgencyId, Long parentPlanId, String title, PortalUser user) {
		Plan plan = new Plan(year, ownerAgencyId, parentPlanId, title.strip(), user.getUsername(),
				this.clock.instant());
		PlanPermissions.requireEdit(user, plan);
		return this.plans.save(plan).getId();
	}

	public void describe(long planId, long expectedVersion, PlanHeader header, PortalUser user) {
		Plan plan = editable(planId, user);
		Versions.require(plan.getVersion(), expectedVersion, Plan.class, planId);
		plan.describe(header.title().strip(), TypedText.orNull(header.decisionNumber()), header.decisionDate(),
				TypedText.orNull(header.signer()), TypedText.orNull(header.legalBases()),
				TypedText.orNull(header.purposes()), TypedText.orNull(header.implementation()), user.getUsername(),
				this.clock.instant());
	}

	public long addSection(long planId, String label, String title, String domainCode, PortalUser user) {
		Plan plan = editable(planId, user);
		plan.addSection(TypedText.orNull(label), title.strip(), TypedText.orNull(domainCode), user.getUsername(),
				this.clock.instant());
		this.plans.flush();
		return plan.getSections().get(plan.getSections().size() - 1).getId();
	}

	/**
	 * Starts next year's plan from this one: a draft with the same sections and tasks,
	 * each linked to the task it comes from, deadlines moved a year on, agencies read
	 * again on the new plan's date (so a merged agency's task goes to its successor's
	 * name), and a note on every deadline that needs a person to set it (conditional, or
	 * not understood).
	 */
	public long copyToNextYear(long planId, PortalUser user) {
		return copyToNextYear(planId, false, user);
	}

	/**
	 * The same, carrying over only the work not finished: tasks and activities not
	 * reported done or stopped (a task stays, as their heading, when one of its
	 * activities does). Each copied task links to the one it continues.
	 */
	public long copyToNextYear(long planId, boolean unfinishedOnly, PortalUser user) {
		Plan source = this.plans.findById(planId).orElseThrow(PlanNotFoundException::new);
		PlanPermissions.requireEdit(user, source);
		int year = source.getYear() + 1;
		Plan copy = this.plans.save(new Plan(year, source.getOwnerAgencyId(), source.getParentPlanId(),
				source.getTitle().replace(String.valueOf(source.getYear()), String.valueOf(year)), user.getUsername(),
				this.clock.instant()));
		List<PlanTask> tasks = this.tasks.findAllOfPlan(planId);
		if (unfinishedOnly) {
			tasks = unfinished(tasks);
		}
		java.util.Map<Long, Long> copiedIds = new java.util.HashMap<>();
		for (PlanSection section : source.getSections()) {
			PlanSection newSection = copy.addSection(section.getLabel(), section.getTitle(), section.getDomainCode(),
					user.getUsername(), this.clock.instant());
			this.plans.flush();
			List<PlanTask> ofSection = tasks.stream()
				.filter((task) -> task.getSectionId() == section.getId())
				.sorted(java.util.Comparator.comparing((PlanTask task) -> task.getParentTaskId() != null)
					.thenComparingInt(PlanTask::getPosition))
				.toList();
			for (PlanTask task : ofSection) {
				Long parent = (task.getParentTaskId() != null) ? copiedIds.get(task.getParentTaskId()) : null;
				PlanTask moved = new PlanTask(copy.getId(), newSection.getId(), parent, task.getPosition());
				// Next year's names are resolved on next year's date (agencies may have
				// merged).
				moved.write(content(copy, carriedOver(task, source.getYear(), year), Map.of()));
				moved.implement(task.getId());
				PlanTask saved = this.tasks.save(moved);
				this.assignments.rebuild(saved, copy);
				copiedIds.put(task.getId(), saved.getId());
			}
		}
		// The targets come along, served by the copies of the tasks that served them;
		// their
		// wording and values are for the planner to set for the new year.
		for (PlanTarget target : source.getTargets()) {
			PlanTarget copied = copy.addTarget(new PlanTarget(target.getLabel(), target.getWording(),
					target.getMetric(), target.getComparator(), target.getValue(), target.getUnit(), target.getLevel(),
					target.getBaseline(), target.getSource(), target.isCumulative()));
			this.plans.flush();
			List<Long> served = tasks.stream()
				.filter((task) -> task.getTargetIds().contains(target.getId()))
				.map((task) -> copiedIds.get(task.getId()))
				.filter(java.util.Objects::nonNull)
				.toList();
			if (!served.isEmpty()) {
				this.tasks.linkTarget(copy.getId(), copied.getId(), served);
			}
		}
		return copy.getId();
	}

	private List<PlanTask> unfinished(List<PlanTask> tasks) {
		java.util.Set<Long> finished = this.completion.getIfAvailable(() -> (ids) -> java.util.Set.of())
			.finished(tasks.stream().map(PlanTask::getId).toList());
		java.util.Set<Long> parentsKept = tasks.stream()
			.filter((task) -> task.getParentTaskId() != null && !finished.contains(task.getId()))
			.map(PlanTask::getParentTaskId)
			.collect(java.util.stream.Collectors.toSet());
		return tasks.stream()
			.filter((task) -> !finished.contains(task.getId()) || parentsKept.contains(task.getId()))
			.filter((task) -> task.getParentTaskId() == null || !finished.contains(task.getId()))
			.toList();
	}

	/**
	 * The names of a task matched to an agency (by the resolver, or by hand on the import
	 * preview): they keep that agency while the wording still writes them.
	 */
	private static Map<String, Long> matchedAgencies(PlanTask task) {
		Map<String, Long> matched = new HashMap<>();
		for (TaskParty party : task.getParties()) {
			if (party.agencyId() != null && party.wording() != null) {
				matched.putIfAbsent(party.wording(), party.agencyId());
			}
		}
		return matched;
	}

	private static TaskDraft carriedOver(PlanTask task, int fromYear, int toYear) {
		String deadline = (task.getDeadlineText() != null)
				? task.getDeadlineText().replace(String.valueOf(fromYear), String.valueOf(toYear)) : null;
		String notes = task.getNotes();
		if (deadline != null) {
			Deadline reading = Deadline.parse(deadline, toYear);
			if (reading.kind() == vn.cchc.portal.shared.deadline.DeadlineKind.CONDITIONAL
					|| reading.kind() == vn.cchc.portal.shared.deadline.DeadlineKind.UNKNOWN) {
				String check = "Cần xem lại thời hạn (chép từ kế hoạch năm " + fromYear + ").";
				notes = (notes != null) ? notes + "\n" + check : check;
			}
		}
		String leads = task.getLeadWording();
		String coordinators = task.getCoordinatorWording();
		String budget = (task.getBudgetText() != null) ? task.getBudgetText()
				: (task.getBudgetAmount() != null) ? task.getBudgetAmount().toPlainString() : null;
		return new TaskDraft(task.getLabel(), task.getText(), leads, coordinators,
				String.join("\n", task.getProducts()), deadline, budget, notes);
	}

	/**
	 * Adds a target (chỉ tiêu) as the plan words it, with its measurable part when there
	 * is one: comparator "≥", "≤" or "=", a value and a unit (the importer's reading).
	 */
	public void addTarget(long planId, String wording, String comparator, java.math.BigDecimal value, String unit,
			PortalUser user) {
		Plan plan = editable(planId, user);
		PlanTarget.Comparator parsed = comparator(comparator);
		plan.addTarget(new PlanTarget(null, wording.strip(), null, (value != null) ? parsed : null, value,
				TypedText.orNull(unit), PlanTarget.Level.PROVINCE, null, null, true));
	}

	/** Adds a target written in the target editor, linked to the tasks serving it. */
	public long addTarget(long planId, TargetDraft draft, PortalUser user) {
		Plan plan = editable(planId, user);
		PlanTarget target = plan.addTarget(new PlanTarget(TypedText.orNull(draft.label()), draft.wording().strip(),
				TypedText.orNull(draft.metric()), comparator(draft.comparator()), draft.value(),
				TypedText.orNull(draft.unit()), level(draft.level()), draft.baseline(),
				TypedText.orNull(draft.source()), draft.cumulative()));
		this.plans.flush();
		link(planId, target.getId(), draft.taskIds());
		return target.getId();
	}

	/**
	 * Saves a target over the version the planner started from; a newer one is never
	 * overwritten (409).
	 */
	public void updateTarget(long planId, long targetId, long expectedVersion, TargetDraft draft, PortalUser user) {
		Plan plan = editable(planId, user);
		PlanTarget target = plan.target(targetId).orElseThrow(PlanNotFoundException::new);
		Versions.require(target.getVersion(), expectedVersion, PlanTarget.class, targetId);
		target.rewrite(TypedText.orNull(draft.label()), draft.wording().strip(), TypedText.orNull(draft.metric()),
				comparator(draft.comparator()), draft.value(), TypedText.orNull(draft.unit()), level(draft.level()),
				draft.baseline(), TypedText.orNull(draft.source()), draft.cumulative());
		link(planId, targetId, draft.taskIds());
	}

	/** Swaps a target with the one before ({@code up}) or after it. */
	public void moveTarget(long planId, long targetId, boolean up, PortalUser user) {
		Plan plan = editable(planId, user);
		List<PlanTarget> targets = plan.getTargets()
			.stream()
			.sorted(java.util.Comparator.comparingInt(PlanTarget::getPosition))
			.toList();
		PlanTarget target = plan.target(targetId).orElseThrow(PlanNotFoundException::new);
		int index = targets.indexOf(target);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= targets.size()) {
			return;
		}
		PlanTarget neighbour = targets.get(other);
		int position = target.getPosition();
		target.placeAt(neighbour.getPosition());
		neighbour.placeAt(position);
	}

	/** Removes a target of a draft; the tasks that served it stay. */
	public void deleteTarget(long planId, long targetId, PortalUser user) {
		Plan plan = editable(planId, user);
		plan.removeTarget(plan.target(targetId).orElseThrow(PlanNotFoundException::new));
	}

	private void link(long planId, long targetId, java.util.Collection<Long> taskIds) {
		this.tasks.unlinkTarget(targetId);
		if (taskIds != null && !taskIds.isEmpty()) {
			this.tasks.linkTarget(planId, targetId, taskIds);
		}
	}

	private static PlanTarget.Comparator comparator(String comparator) {
		return switch ((comparator != null) ? comparator.strip() : "") {
			case "≥", ">=", "GE" -> PlanTarget.Comparator.GE;
			case "≤", "<=", "LE" -> PlanTarget.Comparator.LE;
			case "=", "EQ" -> PlanTarget.Comparator.EQ;
			default -> null;
		};
	}

	private static PlanTarget.Level level(String level) {
		return java.util.Arrays.stream(PlanTarget.Level.values())
			.filter((candidate) -> candidate.name().equals(level))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Gives the selected tasks of a draft the same lead wording and/or deadline wording,
	 * each re-read exactly as the task editor reads it (parties and assignments, the
	 * structured deadline); the rest of each task stays. All or nothing: when one task
	 * changed since the planner saw it, none is changed.
	 * @param expectedVersions the selected tasks, each with the version the planner saw
	 * @param leads the new lead wording, or blank to keep each task's
	 * @param deadline the new deadline wording, or blank to keep each task's
	 * @return how many tasks were changed
	 */
	public int setLeadsAndDeadline(long planId, java.util.Map<Long, Long> expectedVersions, String leads,
			String deadline, PortalUser user) {
		Plan plan = editable(planId, user);
		List<PlanTask> selected = new ArrayList<>();
		List<Long> stale = new ArrayList<>();
		for (java.util.Map.Entry<Long, Long> entry : expectedVersions.entrySet()) {
			PlanTask task = taskOf(planId, entry.getKey());
			if (task.getVersion() != entry.getValue()) {
				stale.add(task.getId());
			}
			selected.add(task);
		}
		if (!stale.isEmpty()) {
			throw new StaleTasksException(stale);
		}
		String newLeads = TypedText.orNull(leads);
		String newDeadline = TypedText.orNull(deadline);
		for (PlanTask task : selected) {
			String budget = (task.getBudgetText() != null) ? task.getBudgetText()
					: (task.getBudgetAmount() != null) ? task.getBudgetAmount().toPlainString() : null;
			TaskDraft draft = new TaskDraft(task.getLabel(), task.getText(),
					(newLeads != null) ? newLeads : wording(task, TaskParty.Role.LEAD),
					wording(task, TaskParty.Role.COORDINATOR), String.join("\n", task.getProducts()),
					(newDeadline != null) ? newDeadline : task.getDeadlineText(), budget, task.getNotes());
			task.write(content(plan, draft, matchedAgencies(task)));
			this.assignments.rebuild(task, plan);
		}
		this.auditLog.recordAs(user.getUsername(), "PLAN_TASKS_BULK_EDITED", "PLAN", planId,
				selected.size() + " nhiệm vụ " + selected.stream().map(PlanTask::getId).toList()
						+ ((newLeads != null) ? "; chủ trì: " + newLeads : "")
						+ ((newDeadline != null) ? "; thời hạn: " + newDeadline : ""));
		return selected.size();
	}

	/**
	 * The task's wording of a role as the plan wrote it; for a task saved before the
	 * whole wording was kept, its parties' wordings.
	 */
	private static String wording(PlanTask task, TaskParty.Role role) {
		String whole = (role == TaskParty.Role.LEAD) ? task.getLeadWording() : task.getCoordinatorWording();
		if (whole != null) {
			return whole;
		}
		String joined = task.getParties()
			.stream()
			.filter((party) -> party.role() == role && party.wording() != null)
			.map(TaskParty::wording)
			.collect(java.util.stream.Collectors.joining("; "));
		return joined.isEmpty() ? null : joined;
	}

	/** Adds a task at the end of a section, or an activity under {@code parentTaskId}. */
	public long addTask(long planId, long sectionId, Long parentTaskId, TaskDraft draft, PortalUser user) {
		return addTask(planId, sectionId, parentTaskId, draft, Map.of(), user);
	}

	/**
	 * Adds a task whose wording names some agencies the planner matched by hand:
	 * {@code chosenAgencies} maps a name as the wording writes it to the agency it means,
	 * over what the resolver would guess (an import's corrections).
	 */
	public long addTask(long planId, long sectionId, Long parentTaskId, TaskDraft draft,
			Map<String, Long> chosenAgencies, PortalUser user) {
		Plan plan = editable(planId, user);
		requireSection(plan, sectionId);
		PlanTask task = new PlanTask(planId, sectionId, parentTaskId, this.tasks.lastPosition(sectionId) + 1);
		task.write(content(plan, draft, chosenAgencies));
		PlanTask saved = this.tasks.save(task);
		this.assignments.rebuild(saved, plan);
		this.auditLog.recordAs(user.getUsername(), "TASK_ADDED", "PLAN_TASK", saved.getId(),
				TaskChanges.summary(saved));
		return saved.getId();
	}

	/** Deletes a task of a draft with its activities; {@link #restoreTask} undoes it. */
	public void deleteTask(long planId, long taskId, PortalUser user) {
		PlanTask task = taskOf(planId, taskId);
		editable(planId, user);
		this.assignments.removeAll(task.getId());
		this.tasks.softDelete(task.getId(), this.clock.instant());
		this.auditLog.recordAs(user.getUsername(), "TASK_DELETED", "PLAN_TASK", taskId, TaskChanges.summary(task));
	}

	/**
	 * Undoes {@link #deleteTask}: the task and the activities deleted with it come back.
	 */
	public void restoreTask(long planId, long taskId, PortalUser user) {
		if (!this.tasks.planOfAnyState(taskId).map((owner) -> owner == planId).orElse(false)) {
			throw new PlanNotFoundException();
		}
		Plan plan = editable(planId, user);
		this.tasks.restore(taskId);
		this.tasks.flush();
		this.tasks.findAllOfPlan(planId)
			.stream()
			.filter((task) -> task.getId() == taskId || Long.valueOf(taskId).equals(task.getParentTaskId()))
			.forEach((task) -> this.assignments.rebuild(task, plan));
		this.auditLog.recordAs(user.getUsername(), "TASK_RESTORED", "PLAN_TASK", taskId, null);
	}

	/** Swaps a task with its previous ({@code up}) or next sibling. */
	public void moveTask(long planId, long taskId, boolean up, PortalUser user) {
		PlanTask task = taskOf(planId, taskId);
		editable(planId, user);
		List<PlanTask> siblings = this.tasks.siblings(task.getSectionId(), task.getParentTaskId());
		int index = siblings.indexOf(task);
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= siblings.size()) {
			return;
		}
		PlanTask neighbour = siblings.get(other);
		int position = task.getPosition();
		task.placeAt(neighbour.getPosition());
		neighbour.placeAt(position);
	}

	/**
	 * Moves a task, with its activities, to the end of another section of the same plan.
	 */
	public void moveToSection(long planId, long taskId, long sectionId, PortalUser user) {
		PlanTask task = taskOf(planId, taskId);
		Plan plan = editable(planId, user);
		requireSection(plan, sectionId);
		if (task.getParentTaskId() != null || task.getSectionId() == sectionId) {
			return;
		}
		int position = this.tasks.lastPosition(sectionId);
		this.auditLog.recordAs(user.getUsername(), "TASK_MOVED", "PLAN_TASK", taskId,
				"phần " + task.getSectionId() + " → " + sectionId);
		task.moveTo(sectionId, ++position);
		for (PlanTask activity : this.tasks.findAllOfPlan(planId)) {
			if (task.getId().equals(activity.getParentTaskId())) {
				activity.moveTo(sectionId, ++position);
			}
		}
	}

	/** A copy of the task (not its activities) at the end of its section, to adapt. */
	public long duplicateTask(long planId, long taskId, PortalUser user) {
		PlanTask task = taskOf(planId, taskId);
		Plan plan = editable(planId, user);
		PlanTask copy = new PlanTask(planId, task.getSectionId(), task.getParentTaskId(),
				this.tasks.lastPosition(task.getSectionId()) + 1);
		copy.write(new TaskContent(task.getLabel(), task.getText(), task.getLeadWording(), task.getCoordinatorWording(),
				task.getParties(), task.getProducts(), task.getDeadlineText(), task.getDeadlineKind(),
				task.getDeadlineDue(), task.getBudgetAmount(), task.getBudgetText(), task.getNotes()));
		PlanTask saved = this.tasks.save(copy);
		this.assignments.rebuild(saved, plan);
		return saved.getId();
	}

	private PlanTask taskOf(long planId, long taskId) {
		return this.tasks.findById(taskId)
			.filter((task) -> task.getPlanId() == planId)
			.orElseThrow(PlanNotFoundException::new);
	}

	/** Adds an activity under a task, in the task's section. */
	public long addActivity(long planId, long parentTaskId, TaskDraft draft, PortalUser user) {
		PlanTask parent = this.tasks.findById(parentTaskId)
			.filter((task) -> task.getPlanId() == planId && task.getParentTaskId() == null)
			.orElseThrow(PlanNotFoundException::new);
		return addTask(planId, parent.getSectionId(), parentTaskId, draft, user);
	}

	/**
	 * Saves a task over the version the planner started from; if someone saved it
	 * meanwhile the change is refused (409) rather than overwriting theirs.
	 */
	public void updateTask(long taskId, long expectedVersion, TaskDraft draft, PortalUser user) {
		PlanTask task = this.tasks.findById(taskId).orElseThrow(() -> new PlanNotFoundException());
		Versions.require(task.getVersion(), expectedVersion, PlanTask.class, taskId);
		Plan plan = editable(task.getPlanId(), user);
		// The task carries its own version: the plan's stays, so editing tasks never
		// makes
		// someone else's edit of the plan's header stale.
		TaskChanges before = TaskChanges.of(task);
		task.write(content(plan, draft, matchedAgencies(task)));
		this.assignments.rebuild(task, plan);
		String changes = before.to(TaskChanges.of(task));
		if (!changes.isEmpty()) {
			this.auditLog.recordAs(user.getUsername(), "TASK_UPDATED", "PLAN_TASK", taskId, changes);
		}
	}

	private TaskContent content(Plan plan, TaskDraft draft, Map<String, Long> chosenAgencies) {
		AgencyNameResolver resolver = this.agencyNames.resolverOn(plan.referenceDate());
		List<TaskParty> parties = new ArrayList<>();
		parties.addAll(parties(resolver, draft.leadWording(), TaskParty.Role.LEAD, chosenAgencies));
		parties.addAll(parties(resolver, draft.coordinatorWording(), TaskParty.Role.COORDINATOR, chosenAgencies));
		Budget budget = Budget.parse(draft.budget());
		String deadlineText = TypedText.orNull(draft.deadline());
		Deadline deadline = (deadlineText != null) ? Deadline.parse(deadlineText, plan.getYear()) : null;
		return new TaskContent(TypedText.orNull(draft.label()), draft.text().strip(),
				TypedText.orNull(draft.leadWording()), TypedText.orNull(draft.coordinatorWording()), parties,
				draft.productLines(), deadlineText, (deadline != null) ? deadline.kind().name() : null,
				(deadline != null) ? deadline.dueDate().orElse(null) : null, budget.amount(), budget.text(),
				TypedText.orNull(draft.notes()));
	}

	/**
	 * Each span the wording names becomes a party; an unknown name is kept as wording
	 * only.
	 */
	private static List<TaskParty> parties(AgencyNameResolver resolver, String wording, TaskParty.Role role,
			Map<String, Long> chosenAgencies) {
		if (wording == null || wording.isBlank()) {
			return List.of();
		}
		List<TaskParty> parties = new ArrayList<>();
		for (AgencyResolution.Party party : resolver.resolve(wording).parties()) {
			AgencyResolution.Candidate best = party.best().orElse(null);
			Long chosen = chosenAgencies.get(party.text());
			if (chosen != null) {
				parties.add(new TaskParty(role, chosen, null, party.text()));
			}
			else if (best == null) {
				parties.add(new TaskParty(role, null, null, party.text()));
			}
			else if (best.kind() == AgencyResolution.TargetKind.GROUP) {
				parties.add(new TaskParty(role, null, best.code(), party.text()));
			}
			else {
				parties.add(new TaskParty(role, best.agencyId(), null, party.text()));
			}
		}
		return parties;
	}

	private Plan editable(long planId, PortalUser user) {
		Plan plan = this.plans.findById(planId).orElseThrow(PlanNotFoundException::new);
		PlanPermissions.requireEdit(user, plan);
		plan.requireEditable();
		return plan;
	}

	private static void requireSection(Plan plan, long sectionId) {
		if (plan.getSections().stream().noneMatch((section) -> section.getId() == sectionId)) {
			throw new PlanNotFoundException();
		}
	}

	/**
	 * A target as the planner writes it in the target editor; {@code comparator} is "≥",
	 * "≤" or "=", {@code level} a {@link PlanTarget.Level} name.
	 */
	public record TargetDraft(String label, String wording, String metric, String comparator,
			java.math.BigDecimal value, String unit, String level, java.math.BigDecimal baseline, String source,
			boolean cumulative, java.util.Collection<Long> taskIds) {
	}

	/** Tasks saved by someone else since the planner selected them. */
	public static class StaleTasksException extends ObjectOptimisticLockingFailureException {

		private final transient List<Long> taskIds;

		StaleTasksException(List<Long> taskIds) {
			super(PlanTask.class, taskIds.get(0));
			this.taskIds = List.copyOf(taskIds);
		}

		public List<Long> taskIds() {
			return this.taskIds;
		}

	}

	/** The header of a plan, as the planner edits it. */
	public record PlanHeader(String title, String decisionNumber, LocalDate decisionDate, String signer,
			String legalBases, String purposes, String implementation) {
	}

}
