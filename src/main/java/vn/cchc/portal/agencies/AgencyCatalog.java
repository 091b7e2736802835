package vn.cchc.portal.agencies;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the agencies of the province, as they were on any date: the agencies
 * module's public API.
 */
@Service
@Transactional(readOnly = true)
public class AgencyCatalog {

	/**
	 * Kinds in their declared order (province first), names as Vietnamese readers sort
	 * them.
	 */
	static final Comparator<AgencySummary> BY_KIND_THEN_NAME = Comparator.comparing(AgencySummary::kind)
		.thenComparing(AgencySummary::name, Collator.getInstance(Locale.forLanguageTag("vi")));

	private final AgencyRepository agencies;

	private final AgencyGroupRepository groups;

	private final AgencyEventRepository events;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final Clock clock;

	AgencyCatalog(AgencyRepository agencies, AgencyGroupRepository groups, AgencyEventRepository events,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.groups = groups;
		this.events = events;
	}

	/** An agency with its names over time, its reorganisations, units and groups. */
	public Optional<AgencyProfile> profile(long id) {
		return this.agencies.findWithNames(id).map(this::profileOf);
	}

	/** Every reorganisation, newest first. */
	public List<AgencyProfile.EventView> events() {
		List<AgencyEvent> all = this.events.findAllNewestFirst();
		return views(all);
	}

	private AgencyProfile profileOf(Agency agency) {
		List<Agency> everyone = this.agencies.findAllWithNames();
		AgencySummary summary = agency.toSummary();
		AgencySummary parent = (summary.parentId() != null) ? everyone.stream()
			.filter((candidate) -> candidate.getId().equals(summary.parentId()))
			.map(Agency::toSummary)
			.findFirst()
			.orElse(null) : null;
		List<AgencySummary> units = everyone.stream()
			.filter((candidate) -> agency.getId().equals(candidate.toSummary().parentId()))
			.map(Agency::toSummary)
			.sorted(BY_KIND_THEN_NAME)
			.toList();
		List<AgencyGroupSummary> memberOf = this.groups.findAllByOrderByIdAsc()
			.stream()
			.filter((group) -> group.includes(agency))
			.map(AgencyCatalog::toSummary)
			.toList();
		List<AgencyProfile.FormerNameView> formerNames = agency.getFormerNames()
			.stream()
			.sorted(Comparator.comparing(FormerName::validTo))
			.map((former) -> new AgencyProfile.FormerNameView(former.name(), former.shortName(), former.validFrom(),
					former.validTo()))
			.toList();
		return new AgencyProfile(summary, parent, agency.nameOn(LocalDate.MAX).validFrom(), formerNames,
				agency.getAliases().stream().sorted().toList(), views(this.events.findInvolving(agency.getId())), units,
				memberOf);
	}

	private List<AgencyProfile.EventView> views(List<AgencyEvent> events) {
		Set<Long> ids = events.stream()
			.flatMap((event) -> event.getParties().stream())
			.map(AgencyEvent.Party::agencyId)
			.collect(Collectors.toSet());
		Map<Long, Agency> byId = this.agencies.findAllWithNames(ids)
			.stream()
			.collect(Collectors.toMap(Agency::getId, Function.identity()));
		return events.stream().map((event) -> {
			LocalDate before = event.getEffectiveDate().minusDays(1);
			Function<AgencyEvent.Role, List<AgencySummary>> named = (role) -> event.getParties()
				.stream()
				.filter((party) -> party.role() == role)
				.map((party) -> byId.get(party.agencyId()))
				.map((party) -> party
					.toSummaryOn((role == AgencyEvent.Role.SUCCESSOR) ? event.getEffectiveDate() : before))
				.toList();
			List<AgencySummary> successors = named.apply(AgencyEvent.Role.SUCCESSOR);
			if (event.getType() == AgencyEvent.Type.RENAME) {
				// A rename's "successor" is the same agency under its new name.
				successors = event.getParties()
					.stream()
					.map((party) -> byId.get(party.agencyId()).toSummaryOn(event.getEffectiveDate()))
					.toList();
			}
			return new AgencyProfile.EventView(event.getId(), event.getType().name(), event.getEffectiveDate(),
					event.getDecision(), event.getNote(), named.apply(AgencyEvent.Role.PREDECESSOR), successors,
					named.apply(AgencyEvent.Role.SUBJECT));
		}).toList();
	}

	/**
	 * The province's people's committee today: the owner of the province's plans.
	 * @throws IllegalStateException when the reference data have none
	 */
	public long provinceCommitteeId() {
		return this.agencies.findAll()
			.stream()
			.filter((agency) -> agency.getKind() == AgencyKind.PROVINCE_COMMITTEE
					&& agency.existsOn(LocalDate.now(this.clock)))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No UBND tỉnh among the agencies"));
	}

	/**
	 * The agency and its internal units (phòng): whose work the agency's people report
	 * on.
	 */
	public List<Long> withUnits(long agencyId) {
		List<Long> ids = new java.util.ArrayList<>();
		ids.add(agencyId);
		ids.addAll(this.agencies.findUnitIds(agencyId));
		return ids;
	}

	/**
	 * The agency that reports each of these agencies' work: a unit's (phòng) is its
	 * agency's, anyone else's its own. The inverse of {@link #withUnits}.
	 */
	public Map<Long, Long> reportingAgencies(Collection<Long> ids) {
		Map<Long, Long> reporting = new java.util.HashMap<>();
		for (Long id : ids) {
			reporting.put(id, id);
		}
		for (Agency agency : this.agencies.findAllById(reporting.keySet())) {
			if (agency.getKind() == AgencyKind.INTERNAL_UNIT && agency.getParentId() != null) {
				reporting.put(agency.getId(), agency.getParentId());
			}
		}
		return reporting;
	}

	/**
	 * A number the database raises whenever an agency, one of its former names or a group
	 * changes (a rename, a reorganisation, a correction, an import): what a cache of
	 * agency names is keyed by, on every instance. One plain query, in the caller's
	 * transaction if there is one.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public long revision() {
		return this.jdbc.sql("select revision from agency_revision where id = 1").query(Long.class).single();
	}

	/** The agency with its current name. */
	public Optional<AgencySummary> find(long id) {
		return this.agencies.findById(id).map(Agency::toSummary);
	}

	/** The agencies with their current names, by id. */
	public Map<Long, AgencySummary> findAll(Collection<Long> ids) {
		return this.agencies.findAllById(ids)
			.stream()
			.map(Agency::toSummary)
			.collect(Collectors.toMap(AgencySummary::id, Function.identity()));
	}

	/** The agencies with the names they carried on {@code date}, by id. */
	public Map<Long, AgencySummary> findAll(Collection<Long> ids, LocalDate date) {
		return this.agencies.findAllWithNames(ids)
			.stream()
			.map((agency) -> agency.toSummaryOn(date))
			.collect(Collectors.toMap(AgencySummary::id, Function.identity()));
	}

	/** Every agency ever recorded, ordered by kind then name. */
	public List<AgencySummary> search(String query) {
		return search(query, null);
	}

	/**
	 * Agencies matching the query, ignoring case and diacritics and tolerating typos ("so
	 * noi vu", "Sở Nôi vụ" find "Sở Nội vụ"); with a date, only those existing on that
	 * date, named as they were then. Best matches first when there is a query, by kind
	 * and name otherwise.
	 */
	public List<AgencySummary> search(String query, LocalDate date) {
		String trimmed = (query != null) ? query.strip() : "";
		List<Agency> found;
		if (trimmed.isEmpty()) {
			found = this.agencies.findAllWithNames();
		}
		else {
			List<Long> ranked = this.agencies.searchIds(trimmed);
			Map<Long, Agency> byId = this.agencies.findAllWithNames(ranked)
				.stream()
				.collect(Collectors.toMap(Agency::getId, Function.identity()));
			found = ranked.stream().map(byId::get).toList();
		}
		List<AgencySummary> result = found.stream()
			.filter((agency) -> date == null || agency.existsOn(date))
			.map((agency) -> (date != null) ? agency.toSummaryOn(date) : agency.toSummary())
			.toList();
		return trimmed.isEmpty() ? result.stream().sorted(BY_KIND_THEN_NAME).toList() : result;
	}

	/**
	 * What plans dated {@code date} can name, for the {@link AgencyNameResolver}: the
	 * agencies existing then with every name people use for them (the name of that date,
	 * short name, aliases, earlier and later names), and the groups with the wordings
	 * plans use, from the database and from the resolver's standard vocabulary.
	 */
	public AgencyDirectory directory(LocalDate date) {
		List<AgencyDirectory.Agency> agencies = this.agencies.findAllWithNames()
			.stream()
			.filter((agency) -> agency.existsOn(date))
			.map((agency) -> toDirectoryEntry(agency, date))
			.toList();
		Map<String, AgencyDirectory.Group> standard = AgencyDirectory.standardGroups()
			.stream()
			.collect(Collectors.toMap(AgencyDirectory.Group::code, Function.identity()));
		List<AgencyDirectory.Group> groups = this.groups.findAllByOrderByIdAsc().stream().map((group) -> {
			Set<String> phrases = new java.util.LinkedHashSet<>(group.getPhrases());
			AgencyDirectory.Group known = standard.get(group.getCode());
			if (known != null) {
				phrases.add(known.name());
				phrases.addAll(known.phrases());
			}
			phrases.remove(group.getName());
			return new AgencyDirectory.Group(group.getCode(), group.getName(), List.copyOf(phrases));
		}).toList();
		return new AgencyDirectory(agencies, groups);
	}

	private static AgencyDirectory.Agency toDirectoryEntry(Agency agency, LocalDate date) {
		FormerName then = agency.nameOn(date);
		Set<String> otherNames = new java.util.LinkedHashSet<>();
		if (then.shortName() != null) {
			otherNames.add(then.shortName());
		}
		AgencySummary current = agency.toSummary();
		otherNames.add(current.name());
		if (current.shortName() != null) {
			otherNames.add(current.shortName());
		}
		otherNames.addAll(agency.getAliases());
		agency.getFormerNames().forEach((former) -> otherNames.add(former.name()));
		otherNames.remove(then.name());
		return new AgencyDirectory.Agency(agency.getId(), agency.getCode(), agency.getKind(), current.parentId(),
				then.name(), List.copyOf(otherNames));
	}

	/** The groups plans use, with how each is defined. */
	public List<AgencyGroupSummary> groups() {
		return this.groups.findAllByOrderByIdAsc().stream().map(AgencyCatalog::toSummary).toList();
	}

	public Optional<AgencyGroupSummary> group(String code) {
		return this.groups.findByCode(code).map(AgencyCatalog::toSummary);
	}

	/**
	 * The members of a group on a date: the agencies that then existed and belonged to
	 * it, with their names of that date. A task led by the group gives one assignment to
	 * each.
	 */
	public List<AgencySummary> members(String groupCode, LocalDate date) {
		AgencyGroup group = this.groups.findByCode(groupCode)
			.orElseThrow(() -> new IllegalArgumentException("No agency group " + groupCode));
		return this.agencies.findAllWithNames()
			.stream()
			.filter((agency) -> agency.existsOn(date) && group.includes(agency))
			.map((agency) -> agency.toSummaryOn(date))
			.sorted(BY_KIND_THEN_NAME)
			.toList();
	}

	private static AgencyGroupSummary toSummary(AgencyGroup group) {
		return new AgencyGroupSummary(group.getCode(), group.getName(),
				group.getMemberKinds().stream().sorted().toList(), group.getDescription(),
				group.getPhrases().stream().sorted().toList());
	}

}
