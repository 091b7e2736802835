package vn.cchc.portal.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencyGroupSummary;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.reform.ReformDomain;
import vn.cchc.portal.reform.ReformDomains;
import vn.cchc.portal.users.PortalUser;

/**
 * Reading plans: the list, and one plan with everything its pages show, in a fixed number
 * of queries whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

	private final PlanRepository plans;

	private final PlanTaskRepository tasks;

	private final AgencyCatalog agencies;

	private final ReformDomains domains;

	private final AssignmentRepository assignments;

	private final PlanTransitionRepository transitions;

	private final PlanVersionRepository versions;

	private final JsonMapper json;

	PlanCatalog(PlanRepository plans, PlanTaskRepository tasks, AgencyCatalog agencies, ReformDomains domains,
			AssignmentRepository assignments, PlanTransitionRepository transitions, PlanVersionRepository versions,
			JsonMapper json) {
		this.plans = plans;
		this.tasks = tasks;
		this.agencies = agencies;
		this.domains = domains;
		this.assignments = assignments;
		this.transitions = transitions;
		this.versions = versions;
		this.json = json;
	}

	/**
	 * Whether the person may take the plan through its steps (submit, issue, amend,
	 * close).
	 */
	public boolean canManage(long planId, PortalUser user) {
		return this.plans.findById(planId).map((plan) -> PlanPermissions.canEdit(user, plan)).orElse(false);
	}

	/**
	 * Refuses those who may not change the plan, before any page of it is shown (see
	 * {@link PlanPermissions#requireEdit}).
	 */
	public void requireWriter(long planId, PortalUser user) {
		PlanPermissions.requireEdit(user, this.plans.findById(planId).orElseThrow(PlanNotFoundException::new));
	}

	/** Every step of the plan's life, oldest first. */
	public List<PlanView.Step> history(long planId) {
		return this.transitions.findByPlanIdOrderByAtAscIdAsc(planId).stream().map(PlanTransition::toView).toList();
	}

	/** The issued versions, first decision first. */
	public List<PlanView.VersionInfo> versions(long planId) {
		return this.versions.findByPlanIdOrderByNumberAsc(planId).stream().map(PlanVersion::toInfo).toList();
	}

	/** What changed from one issued version to another. */
	public PlanComparison compare(long planId, int fromNumber, int toNumber) {
		PlanVersion from = this.versions.findByPlanIdAndNumber(planId, fromNumber)
			.orElseThrow(PlanNotFoundException::new);
		PlanVersion to = this.versions.findByPlanIdAndNumber(planId, toNumber).orElseThrow(PlanNotFoundException::new);
		return PlanComparison.between(from.toInfo(), this.json.readValue(from.getSnapshot(), PlanView.class),
				to.toInfo(), this.json.readValue(to.getSnapshot(), PlanView.class));
	}

	public List<PlanListItem> plans() {
		List<Plan> all = this.plans.findAllNewestFirst();
		Map<Long, AgencySummary> owners = this.agencies
			.findAll(all.stream().map(Plan::getOwnerAgencyId).distinct().toList());
		Map<Long, Long> taskCounts = this.plans.countTopLevelTasks()
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
		return all.stream()
			.map((plan) -> new PlanListItem(plan.getId(), plan.getYear(), plan.getTitle(),
					nameOf(owners.get(plan.getOwnerAgencyId())), plan.getParentPlanId() == null, plan.getStatus(),
					plan.getDecisionNumber(), plan.getDecisionDate(), taskCounts.getOrDefault(plan.getId(), 0L)))
			.toList();
	}

	public PlanView view(long planId, PortalUser user, Locale locale) {
		Plan plan = this.plans.findById(planId).orElseThrow(PlanNotFoundException::new);
		LocalDate date = plan.referenceDate();
		List<PlanTask> all = this.tasks.findAllOfPlan(planId);
		Map<Long, AgencySummary> agenciesThen = this.agencies.findAll(all.stream()
			.flatMap((task) -> task.getParties().stream())
			.map(TaskParty::agencyId)
			.filter(Objects::nonNull)
			.distinct()
			.toList(), date);
		Map<String, String> groupNames = this.agencies.groups()
			.stream()
			.collect(Collectors.toMap(AgencyGroupSummary::code, AgencyGroupSummary::name));
		Map<Long, Long> assignees = this.assignments.countActiveByTask(planId)
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
		Map<String, ReformDomain> domainsByCode = this.domains.all()
			.stream()
			.collect(Collectors.toMap(ReformDomain::code, Function.identity()));

		List<PlanView.Section> sections = new ArrayList<>();
		for (PlanSection section : plan.getSections()) {
			List<PlanTask> ofSection = all.stream()
				.filter((task) -> task.getSectionId() == section.getId())
				.sorted(Comparator.comparingInt(PlanTask::getPosition))
				.toList();
			List<PlanView.Task> top = ofSection.stream()
				.filter((task) -> task.getParentTaskId() == null)
				.map((task) -> toView(task,
						ofSection.stream()
							.filter((activity) -> task.getId().equals(activity.getParentTaskId()))
							.map((activity) -> toView(activity, List.of(), agenciesThen, groupNames, assignees))
							.toList(),
						agenciesThen, groupNames, assignees))
				.toList();
			ReformDomain domain = (section.getDomainCode() != null) ? domainsByCode.get(section.getDomainCode()) : null;
			sections.add(new PlanView.Section(section.getId(), section.getLabel(), section.getTitle(),
					section.getDomainCode(), (domain != null) ? domain.name(locale) : null, top));
		}
		List<PlanView.DomainCount> counts = this.domains.all()
			.stream()
			.map((domain) -> new PlanView.DomainCount(domain.code(), domain.name(locale),
					(int) sections.stream().filter((s) -> domain.code().equals(s.domainCode())).count(),
					sections.stream()
						.filter((s) -> domain.code().equals(s.domainCode()))
						.mapToInt((s) -> s.tasks().size())
						.sum()))
			.toList();
		AgencySummary owner = this.agencies.findAll(List.of(plan.getOwnerAgencyId()), date)
			.get(plan.getOwnerAgencyId());
		return new PlanView(plan.getId(), plan.getYear(), plan.getTitle(), nameOf(owner), plan.getParentPlanId(),
				plan.getDecisionNumber(), plan.getDecisionDate(), plan.getSigner(), plan.getLegalBases(),
				plan.getPurposes(), plan.getImplementation(), plan.getStatus(), plan.getVersion(),
				plan.getStatus().isEditable() && PlanPermissions.canEdit(user, plan), targets(plan, sections), sections,
				counts);
	}

	/**
	 * The plan's targets, each with the tasks and activities serving it in the order of
	 * the plan.
	 */
	private List<PlanView.Target> targets(Plan plan, List<PlanView.Section> sections) {
		Map<Long, Integer> order = new java.util.HashMap<>();
		sections.stream()
			.flatMap((section) -> section.tasks().stream())
			.flatMap((task) -> java.util.stream.Stream.concat(java.util.stream.Stream.of(task),
					task.activities().stream()))
			.forEach((task) -> order.put(task.id(), order.size()));
		Map<Long, List<Long>> links = new java.util.HashMap<>();
		for (Object[] row : this.tasks.targetLinks(plan.getId())) {
			links.computeIfAbsent(((Number) row[0]).longValue(), (key) -> new ArrayList<>())
				.add(((Number) row[1]).longValue());
		}
		return plan.getTargets().stream().map((target) -> {
			List<Long> taskIds = links.getOrDefault(target.getId(), List.of())
				.stream()
				.filter(order::containsKey)
				.sorted(Comparator.comparing(order::get))
				.toList();
			return new PlanView.Target(target.getId(), target.getLabel(), target.getWording(), target.getMetric(),
					symbol(target.getComparator()), target.getValue(), target.getUnit(),
					(target.getLevel() != null) ? target.getLevel().name() : null, target.getBaseline(),
					target.getSource(), target.isCumulative(), taskIds, target.getVersion());
		}).toList();
	}

	static String symbol(PlanTarget.Comparator comparator) {
		return (comparator == null) ? null : switch (comparator) {
			case GE -> "≥";
			case LE -> "≤";
			case EQ -> "=";
		};
	}

	/** One task as its edit form needs it, or nothing when it is not in that plan. */
	public PlanView.Task task(long planId, long taskId, Locale locale) {
		PlanTask task = this.tasks.findById(taskId)
			.filter((found) -> found.getPlanId() == planId)
			.orElseThrow(PlanNotFoundException::new);
		Plan plan = this.plans.findById(planId).orElseThrow(PlanNotFoundException::new);
		Map<Long, AgencySummary> agenciesThen = this.agencies.findAll(
				task.getParties().stream().map(TaskParty::agencyId).filter(Objects::nonNull).distinct().toList(),
				plan.referenceDate());
		Map<String, String> groupNames = this.agencies.groups()
			.stream()
			.collect(Collectors.toMap(AgencyGroupSummary::code, AgencyGroupSummary::name));
		return toView(task, List.of(), agenciesThen, groupNames, Map.of());
	}

	private static PlanView.Task toView(PlanTask task, List<PlanView.Task> activities,
			Map<Long, AgencySummary> agencies, Map<String, String> groupNames, Map<Long, Long> assignees) {
		Function<TaskParty.Role, List<PlanView.Party>> parties = (role) -> task.getParties()
			.stream()
			.filter((party) -> party.role() == role)
			.map((party) -> new PlanView.Party(
					(party.agencyId() != null) ? nameOf(agencies.get(party.agencyId()))
							: (party.groupCode() != null) ? groupNames.get(party.groupCode()) : null,
					party.agencyId(), party.groupCode(), party.wording()))
			.toList();
		return new PlanView.Task(task.getId(), task.getLabel(), task.getText(), task.getLeadWording(),
				task.getCoordinatorWording(), List.copyOf(task.getProducts()), task.getDeadlineText(),
				task.getDeadlineKind(), task.getDeadlineDue(), task.getBudgetAmount(), task.getBudgetText(),
				task.getNotes(), parties.apply(TaskParty.Role.LEAD), parties.apply(TaskParty.Role.COORDINATOR),
				activities, task.getVersion(), assignees.getOrDefault(task.getId(), 0L), task.getOriginTaskId());
	}

	private static String nameOf(AgencySummary agency) {
		return (agency != null) ? agency.name() : null;
	}

}
