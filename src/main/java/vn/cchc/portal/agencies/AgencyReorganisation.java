package vn.cchc.portal.agencies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyEvent.Role;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.agencies.AgencyEvent.Type;
import vn.cchc.portal.shared.concurrency.Versions;
import vn.cchc.portal.shared.text.TypedText;

/**
 * Renames, merges, splits, establishments and dissolutions of agencies, each recorded as
 * an event with its effective date and decision. Anything dated before the event keeps
 * the old names; the merge and split are announced to other modules
 * ({@link AgenciesMerged}, {@link AgencySplit}).
 */
@Service
@Transactional
public class AgencyReorganisation {

	private final AgencyRepository agencies;

	private final AgencyEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final AuditLog auditLog;

	private final Clock clock;

	AgencyReorganisation(AgencyRepository agencies, AgencyEventRepository events, ApplicationEventPublisher publisher,
			AuditLog auditLog, Clock clock) {
		this.clock = clock;
		this.agencies = agencies;
		this.events = events;
		this.publisher = publisher;
		this.auditLog = auditLog;
	}

	/**
	 * Renames the agency from {@code effective}; refused as stale when the agency changed
	 * since the form showed {@code expectedVersion} (another administrator renamed it).
	 */
	public long rename(long agencyId, long expectedVersion, String newName, String newShortName, LocalDate effective,
			String decision, String actor) {
		Agency agency = load(agencyId);
		Versions.require(agency.getVersion(), expectedVersion, Agency.class, agencyId);
		agency.rename(newName.strip(), TypedText.orNull(newShortName), effective);
		return record(new AgencyEvent(Type.RENAME, effective, TypedText.orNull(decision), null, actor).with(agencyId,
				Role.SUBJECT));
	}

	/**
	 * Merges agencies into a successor, which is either one of them or another existing
	 * agency ({@code successorId}) or a new one ({@code newSuccessor}). Every predecessor
	 * other than the successor ends the day before {@code effective}.
	 */
	public long merge(List<Long> predecessorIds, Long successorId, NewAgency newSuccessor, LocalDate effective,
			String decision, String actor) {
		Set<Long> predecessors = new LinkedHashSet<>(predecessorIds);
		if (predecessors.size() + ((successorId != null && !predecessors.contains(successorId)) ? 1 : 0) < 2
				&& newSuccessor == null) {
			throw new ReorganisationException("agencies.error.mergeNeedsTwo");
		}
		if ((successorId == null) == (newSuccessor == null)) {
			throw new ReorganisationException("agencies.error.successorRequired");
		}
		Agency successor = (successorId != null) ? load(successorId) : establishAgency(newSuccessor, effective);
		requireExistsOn(successor, effective);
		AgencyEvent event = new AgencyEvent(Type.MERGE, effective, TypedText.orNull(decision), null, actor);
		for (long id : predecessors) {
			Agency predecessor = load(id);
			requireExistsOn(predecessor, effective.minusDays(1));
			if (id != successor.getId()) {
				predecessor.close(effective);
			}
			event.with(id, Role.PREDECESSOR);
		}
		event.with(successor.getId(), Role.SUCCESSOR);
		long eventId = record(event);
		this.publisher
			.publishEvent(new AgenciesMerged(eventId, List.copyOf(predecessors), successor.getId(), effective));
		return eventId;
	}

	/**
	 * Splits an agency into successors, existing or new. The predecessor ends unless it
	 * is one of the successors.
	 */
	public long split(long predecessorId, List<Long> successorIds, List<NewAgency> newSuccessors, LocalDate effective,
			String decision, String actor) {
		Agency predecessor = load(predecessorId);
		requireExistsOn(predecessor, effective.minusDays(1));
		List<Agency> successors = new ArrayList<>();
		successorIds.forEach((id) -> successors.add(load(id)));
		newSuccessors.forEach((spec) -> successors.add(establishAgency(spec, effective)));
		if (successors.size() < 2) {
			throw new ReorganisationException("agencies.error.splitNeedsTwo");
		}
		AgencyEvent event = new AgencyEvent(Type.SPLIT, effective, TypedText.orNull(decision), null, actor)
			.with(predecessorId, Role.PREDECESSOR);
		successors.forEach((successor) -> event.with(successor.getId(), Role.SUCCESSOR));
		if (successors.stream().noneMatch((successor) -> successor.getId() == predecessorId)) {
			predecessor.close(effective);
		}
		long eventId = record(event);
		this.publisher.publishEvent(
				new AgencySplit(eventId, predecessorId, successors.stream().map(Agency::getId).toList(), effective));
		return eventId;
	}

	public long establish(NewAgency spec, LocalDate effective, String decision, String actor) {
		Agency agency = establishAgency(spec, effective);
		return record(new AgencyEvent(Type.ESTABLISH, effective, TypedText.orNull(decision), null, actor)
			.with(agency.getId(), Role.SUBJECT));
	}

	/**
	 * Records agencies from an administrator's list, each with its own validity: no
	 * {@code validFrom} means it existed before the portal's records begin, a
	 * {@code validTo} that it has already ended. Agencies are created in list order, so a
	 * parent listed here comes first. One ESTABLISH event per effective date names them
	 * all: their {@code validFrom}, or {@code recordedOn} for the undated ones.
	 * @return the new agencies' ids by code
	 */
	public Map<String, Long> establishListed(List<ListedAgency> listed, LocalDate recordedOn, String decision,
			String note, String actor) {
		Map<String, Long> ids = new LinkedHashMap<>();
		Map<LocalDate, List<Long>> byDate = new TreeMap<>();
		for (ListedAgency spec : listed) {
			Long parentId = null;
			if (spec.parentCode() != null) {
				parentId = ids.get(spec.parentCode());
				if (parentId == null) {
					parentId = this.agencies.findByCode(spec.parentCode())
						.map(Agency::getId)
						.orElseThrow(() -> new ReorganisationException("agencies.error.unknown"));
				}
			}
			Agency agency = establishAgency(
					new NewAgency(spec.code(), spec.name(), spec.shortName(), spec.kind(), parentId), spec.validFrom());
			if (spec.validTo() != null) {
				agency.close(spec.validTo());
			}
			spec.aliases().forEach((alias) -> agency.addAlias(alias.strip()));
			ids.put(agency.getCode(), agency.getId());
			byDate
				.computeIfAbsent((spec.validFrom() != null) ? spec.validFrom() : recordedOn,
						(date) -> new ArrayList<>())
				.add(agency.getId());
		}
		byDate.forEach((effective, agencyIds) -> {
			AgencyEvent event = new AgencyEvent(Type.ESTABLISH, effective, TypedText.orNull(decision),
					TypedText.orNull(note), actor);
			agencyIds.forEach((id) -> event.with(id, Role.SUBJECT));
			record(event);
		});
		return ids;
	}

	public long dissolve(long agencyId, LocalDate effective, String decision, String actor) {
		load(agencyId).close(effective);
		return record(new AgencyEvent(Type.DISSOLVE, effective, TypedText.orNull(decision), null, actor).with(agencyId,
				Role.SUBJECT));
	}

	/** The agency's version now, for a form that changes it. */
	@Transactional(readOnly = true)
	public long versionOf(long agencyId) {
		return load(agencyId).getVersion();
	}

	public void addAlias(long agencyId, String alias) {
		Agency agency = load(agencyId);
		agency.addAlias(alias.strip());
		this.auditLog.record("AGENCY_ALIAS_ADDED", "AGENCY", agency.getCode(), alias.strip());
	}

	private Agency establishAgency(NewAgency spec, LocalDate effective) {
		if (this.agencies.existsByCode(spec.code().strip())) {
			throw new ReorganisationException("agencies.error.codeTaken");
		}
		return this.agencies.save(new Agency(spec.code().strip(), spec.name().strip(),
				TypedText.orNull(spec.shortName()), spec.kind(), spec.parentId(), effective));
	}

	/**
	 * Saves the event and puts it in the audit trail, in the same transaction, and tells
	 * whoever counts by agency.
	 */
	private long record(AgencyEvent event) {
		AgencyEvent saved = this.events.save(event.recordedAt(this.clock.instant()));
		this.publisher.publishEvent(new AgencyDirectoryChanged());
		String parties = saved.getParties()
			.stream()
			.map((party) -> party.role().name().toLowerCase(java.util.Locale.ROOT) + " "
					+ this.agencies.findById(party.agencyId()).map(Agency::getCode).orElse("?"))
			.collect(java.util.stream.Collectors.joining(", "));
		this.auditLog.recordAs(saved.getRecordedBy(), "AGENCY_" + saved.getType().name(), "AGENCY_EVENT", saved.getId(),
				saved.getEffectiveDate() + ": " + parties
						+ ((saved.getDecision() != null) ? " (" + saved.getDecision() + ")" : ""));
		return saved.getId();
	}

	private Agency load(long id) {
		return this.agencies.findWithNames(id).orElseThrow(() -> new ReorganisationException("agencies.error.unknown"));
	}

	private static void requireExistsOn(Agency agency, LocalDate date) {
		if (!agency.existsOn(date)) {
			throw new ReorganisationException("agencies.error.notExistingThen");
		}
	}

}
