package vn.cchc.portal.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencyNameResolver;
import vn.cchc.portal.agencies.AgencyNames;
import vn.cchc.portal.agencies.AgencyResolution;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.plans.PlanDrafting;
import vn.cchc.portal.plans.TaskDraft;
import vn.cchc.portal.shared.deadline.Deadline;
import vn.cchc.portal.users.PortalUser;

/**
 * From a read plan document to a draft plan: first a preview (agencies resolved on the
 * plan's date, deadlines interpreted, nothing saved), then the draft, created in one
 * transaction.
 */
@Service
public class PlanImports {

	private final PlanDrafting drafting;

	private final AgencyNames agencyNames;

	private final AgencyCatalog catalog;

	private final Clock clock;

	PlanImports(PlanDrafting drafting, AgencyNames agencyNames, AgencyCatalog catalog, Clock clock) {
		this.clock = clock;
		this.drafting = drafting;
		this.agencyNames = agencyNames;
		this.catalog = catalog;
	}

	/**
	 * The agency a planner means by {@code name} (its official or short name, as the
	 * type-ahead offers it), among those existing on the plan's date; empty when no
	 * agency carries that name.
	 */
	@Transactional(readOnly = true)
	public Optional<AgencySummary> agencyNamed(ImportedPlan plan, String name) {
		String wanted = name.strip();
		return this.catalog.search(wanted, referenceDate(plan, yearOf(plan)))
			.stream()
			.filter((agency) -> agency.name().equalsIgnoreCase(wanted) || agency.displayName().equalsIgnoreCase(wanted))
			.findFirst();
	}

	/** Type-ahead: agencies of the plan's date matching what was typed, best first. */
	@Transactional(readOnly = true)
	public List<AgencySummary> agenciesMatching(ImportedPlan plan, String typed, int limit) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return this.catalog.search(typed, referenceDate(plan, yearOf(plan))).stream().limit(limit).toList();
	}

	/** What the portal understood of the document. Writes nothing. */
	@Transactional(readOnly = true)
	public ImportPreview preview(ImportedPlan plan) {
		return preview(plan, ImportCorrections.NONE);
	}

	/**
	 * What the portal understood, with the planner's corrections: names matched by hand
	 * name their agency (confidence 1). Dropped tasks are still listed, in their place,
	 * so that {@code tasks().get(i)} is task {@code i}. Writes nothing.
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(ImportedPlan plan, ImportCorrections corrections) {
		int year = yearOf(plan);
		AgencyNameResolver resolver = this.agencyNames.resolverOn(referenceDate(plan, year));
		Map<Long, AgencySummary> chosenAgencies = chosenAgencies(plan, corrections);
		List<ImportPreview.Task> tasks = new ArrayList<>();
		for (int i = 0; i < plan.tasks().size(); i++) {
			tasks.add(taskPreview(plan, i, year, resolver, corrections, chosenAgencies));
		}
		ImportedHeader header = plan.header();
		return new ImportPreview(plan.format().name(),
				new ImportPreview.Header(header.issuer(), year, header.decisionNumber(), header.decisionDate(),
						header.signer(), titleOf(plan, year)),
				plan.targets()
					.stream()
					.map((target) -> new ImportPreview.Target(target.text(), target.comparator(), target.value(),
							target.unit()))
					.toList(),
				tasks, plan.problems());
	}

	/**
	 * One task of {@link #preview(ImportedPlan, ImportCorrections)}, for a page that
	 * redraws only the row just corrected (a 150-task plan is not resolved again).
	 */
	@Transactional(readOnly = true)
	public ImportPreview.Task previewTask(ImportedPlan plan, ImportCorrections corrections, int index) {
		int year = yearOf(plan);
		return taskPreview(plan, index, year, this.agencyNames.resolverOn(referenceDate(plan, year)), corrections,
				chosenAgencies(plan, corrections));
	}

	private Map<Long, AgencySummary> chosenAgencies(ImportedPlan plan, ImportCorrections corrections) {
		Set<Long> chosenIds = new HashSet<>();
		corrections.agencies().values().forEach((chosen) -> chosenIds.addAll(chosen.values()));
		return chosenIds.isEmpty() ? Map.of() : this.catalog.findAll(chosenIds, referenceDate(plan, yearOf(plan)));
	}

	private static ImportPreview.Task taskPreview(ImportedPlan plan, int index, int year, AgencyNameResolver resolver,
			ImportCorrections corrections, Map<Long, AgencySummary> chosenAgencies) {
		ImportedTask task = plan.tasks().get(index);
		Map<String, AgencySummary> chosen = new HashMap<>();
		corrections.agenciesOf(index).forEach((text, id) -> {
			if (chosenAgencies.containsKey(id)) {
				chosen.put(text, chosenAgencies.get(id));
			}
		});
		ImportedSection section = (task.section() >= 0) ? plan.sections().get(task.section()) : null;
		Deadline deadline = (task.deadline() != null) ? Deadline.parse(task.deadline(), year) : null;
		return new ImportPreview.Task((section != null) ? section.domain() : null,
				(section != null) ? section.title() : null, task.label(), task.text(),
				parties(resolver, task.lead(), chosen), parties(resolver, task.coordinating(), chosen), task.products(),
				(deadline != null) ? new ImportPreview.Deadline(task.deadline(), deadline.kind().name(),
						deadline.dueDate().orElse(null), deadline.confidence()) : null,
				task.budget(), task.parentLabel(), task.firstLine(), task.lastLine(), task.guessed());
	}

	/**
	 * Creates the draft plan: header, sections in order, tasks, and activities under the
	 * task their parent label names. All or nothing: one failing task leaves no plan
	 * behind.
	 */
	@Transactional
	public long createDraft(ImportedPlan plan, long ownerAgencyId, PortalUser user) {
		return createDraft(plan, ImportCorrections.NONE, ownerAgencyId, user);
	}

	/**
	 * Creates the draft with the planner's corrections: dropped tasks are left out (their
	 * activities stay, as top-level tasks of the section), names matched by hand get
	 * their agency's assignment. All or nothing.
	 */
	@Transactional
	public long createDraft(ImportedPlan plan, ImportCorrections corrections, long ownerAgencyId, PortalUser user) {
		if (!plan.usable()) {
			throw new IllegalArgumentException("importing.error.notUsable");
		}
		int year = yearOf(plan);
		long planId = this.drafting.createPlan(year, ownerAgencyId, null, titleOf(plan, year), user);
		ImportedHeader header = plan.header();
		this.drafting.describe(planId, 0, new PlanDrafting.PlanHeader(titleOf(plan, year), header.decisionNumber(),
				header.decisionDate(), header.signer(), null, null, null), user);
		for (ImportedTarget target : plan.targets()) {
			this.drafting.addTarget(planId, target.text(), target.comparator(), target.value(), target.unit(), user);
		}
		Map<Integer, Long> sectionIds = new HashMap<>();
		for (int i = 0; i < plan.sections().size(); i++) {
			ImportedSection section = plan.sections().get(i);
			sectionIds.put(i,
					this.drafting.addSection(planId, section.label(), section.title(), section.domain(), user));
		}
		// Parent labels are per section: the latest task of that label in the same
		// section.
		Map<String, Long> lastTaskByLabel = new HashMap<>();
		for (int i = 0; i < plan.tasks().size(); i++) {
			if (corrections.isDropped(i)) {
				continue;
			}
			ImportedTask task = plan.tasks().get(i);
			long sectionId = sectionIds.computeIfAbsent(task.section(),
					(none) -> this.drafting.addSection(planId, null, "Nhiệm vụ khác", null, user));
			Long parentId = (task.parentLabel() != null)
					? lastTaskByLabel.get(task.section() + "/" + task.parentLabel()) : null;
			long taskId = this.drafting.addTask(planId, sectionId, parentId,
					new TaskDraft(task.label(), task.text(), task.lead(), task.coordinating(),
							String.join("\n", task.products()), task.deadline(), task.budget(), null),
					corrections.agenciesOf(i), user);
			if (parentId == null && task.label() != null) {
				lastTaskByLabel.put(task.section() + "/" + task.label(), taskId);
			}
		}
		return planId;
	}

	private static List<ImportPreview.Party> parties(AgencyNameResolver resolver, String wording,
			Map<String, AgencySummary> chosen) {
		if (wording == null || wording.isBlank()) {
			return List.of();
		}
		List<ImportPreview.Party> parties = new ArrayList<>();
		for (AgencyResolution.Party party : resolver.resolve(wording).parties()) {
			AgencyResolution.Candidate best = party.best().orElse(null);
			AgencySummary picked = chosen.get(party.text());
			if (picked != null) {
				parties.add(new ImportPreview.Party(party.text(), picked.id(), null, picked.name(), 1.0));
			}
			else if (best == null) {
				parties.add(new ImportPreview.Party(party.text(), null, null, null, 0));
			}
			else {
				boolean group = best.kind() == AgencyResolution.TargetKind.GROUP;
				parties.add(new ImportPreview.Party(party.text(), group ? null : best.agencyId(),
						group ? best.code() : null, best.name(), best.confidence()));
			}
		}
		return parties;
	}

	/** The plan's year: as written, else the year after its decision, else next year. */
	int yearOf(ImportedPlan plan) {
		ImportedHeader header = plan.header();
		if (header.year() != null) {
			return header.year();
		}
		if (header.decisionDate() != null) {
			return header.decisionDate().getYear() + ((header.decisionDate().getMonthValue() >= 10) ? 1 : 0);
		}
		return LocalDate.now(this.clock).getYear() + 1;
	}

	private static LocalDate referenceDate(ImportedPlan plan, int year) {
		return (plan.header().decisionDate() != null) ? plan.header().decisionDate() : LocalDate.of(year - 1, 12, 1);
	}

	/**
	 * The plan's own title: the decision's "Ban hành …" dropped, so the list reads by
	 * plan.
	 */
	private static String titleOf(ImportedPlan plan, int year) {
		String title = plan.header().title();
		if (title == null || title.isBlank()) {
			return "Kế hoạch cải cách hành chính năm " + year;
		}
		String stripped = title.strip().replaceFirst("(?iu)^ban hành\\s+", "");
		return Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
	}

}
