package vn.cchc.portal.agencies;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.shared.text.VietnameseText;

/**
 * Read access to the agencies of the province: the agencies module's public API.
 */
@Service
@Transactional(readOnly = true)
public class AgencyCatalog {

	/**
	 * Kinds in their declared order (province first), names as Vietnamese readers sort
	 * them.
	 */
	private static final Comparator<AgencySummary> BY_KIND_THEN_NAME = Comparator.comparing(AgencySummary::kind)
		.thenComparing(AgencySummary::name, Collator.getInstance(Locale.forLanguageTag("vi")));

	private final AgencyRepository agencies;

	AgencyCatalog(AgencyRepository agencies) {
		this.agencies = agencies;
	}

	public Optional<AgencySummary> find(long id) {
		return this.agencies.findById(id).map(Agency::toSummary);
	}

	public Map<Long, AgencySummary> findAll(Collection<Long> ids) {
		return this.agencies.findAllById(ids)
			.stream()
			.map(Agency::toSummary)
			.collect(Collectors.toMap(AgencySummary::id, Function.identity()));
	}

	/**
	 * Agencies whose name, short name or code contains the query, ignoring case and
	 * diacritics ("so tu phap" finds "Sở Tư pháp"), ordered by kind then name.
	 */
	public List<AgencySummary> search(String query) {
		String needle = VietnameseText.fold(query);
		return this.agencies.findAll()
			.stream()
			.map(Agency::toSummary)
			.filter((agency) -> needle.isEmpty() || matches(agency, needle))
			.sorted(BY_KIND_THEN_NAME)
			.toList();
	}

	private static boolean matches(AgencySummary agency, String needle) {
		return VietnameseText.fold(agency.name()).contains(needle)
				|| VietnameseText.fold(agency.shortName()).contains(needle)
				|| VietnameseText.fold(agency.code()).contains(needle);
	}

}
