package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.ImportPreview.Line;
import vn.cchc.portal.agencies.ImportPreview.Outcome;

/**
 * Imports a list of agencies: a preview that writes nothing, then a commit that writes
 * everything in one transaction or nothing at all.
 */
@Service
class AgencyImport {

	/** What a commit did, or the fresh preview that stopped it. */
	record Result(ImportPreview preview, long created, long updated, long unchanged) {

		boolean committed() {
			return !this.preview.hasErrors();
		}

	}

	/**
	 * The note on the ESTABLISH events: stored with the event like its decision text, so
	 * in the province's language, whatever language the administrator browses in.
	 */
	static final String NOTE = "Nhập từ tệp danh sách cơ quan: ";

	private final AgencyRepository agencies;

	private final AgencyReorganisation reorganisation;

	private final ApplicationEventPublisher publisher;

	AgencyImport(AgencyRepository agencies, AgencyReorganisation reorganisation, ApplicationEventPublisher publisher) {
		this.agencies = agencies;
		this.reorganisation = reorganisation;
		this.publisher = publisher;
	}

	@Transactional(readOnly = true)
	ImportPreview preview(AgencyFile file) {
		return AgencyImportCheck.check(file, known());
	}

	/**
	 * Checks the file again against the agencies as they are now (another administrator
	 * may have changed them since the preview), then writes it. Any failure while writing
	 * rolls back every row.
	 */
	@Transactional
	Result commit(AgencyFile file, String decision, String actor, LocalDate today) {
		ImportPreview preview = AgencyImportCheck.check(file, known());
		if (preview.hasErrors()) {
			return new Result(preview, 0, 0, 0);
		}
		List<Line> created = parentsFirst(preview.withOutcome(Outcome.NEW));
		Map<String, Long> ids = this.reorganisation.establishListed(created.stream()
			.map((line) -> new ListedAgency(line.code(), line.name(), line.shortName(), line.kind(),
					line.parentCode().isEmpty() ? null : line.parentCode(), line.validFrom(), line.validTo(),
					line.aliases()))
			.toList(), today, decision, NOTE + file.fileName(), actor);
		List<Line> updated = preview.withOutcome(Outcome.UPDATE);
		for (Line line : updated) {
			Agency agency = this.agencies.findWithNames(line.agencyId())
				.orElseThrow(() -> new ReorganisationException("agencies.error.unknown"));
			if (!line.shortName().isEmpty()) {
				agency.changeShortName(line.shortName());
			}
			if (!line.parentCode().isEmpty()) {
				Long parentId = ids.get(line.parentCode());
				agency.moveUnder((parentId != null) ? parentId
						: this.agencies.findByCode(line.parentCode())
							.orElseThrow(() -> new ReorganisationException("agencies.error.unknown"))
							.getId());
			}
			line.aliases().forEach(agency::addAlias);
		}
		// A unit moved under another parent now reports through it.
		this.publisher.publishEvent(new AgencyDirectoryChanged());
		return new Result(preview, created.size(), updated.size(), preview.count(Outcome.UNCHANGED));
	}

	/** New agencies in an order that creates a parent before its units. */
	private static List<Line> parentsFirst(List<Line> lines) {
		Map<String, Line> byCode = lines.stream().collect(Collectors.toMap(Line::code, Function.identity()));
		List<Line> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		for (Line line : lines) {
			place(line, byCode, placed, ordered);
		}
		return ordered;
	}

	private static void place(Line line, Map<String, Line> byCode, Set<String> placed, List<Line> ordered) {
		if (!placed.add(line.code())) {
			return;
		}
		// The check has refused cycles, so this ends.
		Line parent = byCode.get(line.parentCode());
		if (parent != null) {
			place(parent, byCode, placed, ordered);
		}
		ordered.add(line);
	}

	private Collection<AgencyImportCheck.Known> known() {
		List<Agency> all = this.agencies.findAllWithNames();
		Map<Long, String> codes = all.stream().collect(Collectors.toMap(Agency::getId, Agency::getCode));
		return all.stream()
			.map((agency) -> new AgencyImportCheck.Known(agency.getId(), agency.getCode(), agency.getName(),
					agency.getShortName(), agency.getKind(), codes.get(agency.getParentId()),
					Set.copyOf(agency.getAliases()), agency.getValidFrom(), agency.getValidTo()))
			.toList();
	}

}
