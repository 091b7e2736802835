package vn.cchc.portal.agencies;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the agency wording of a plan ("Sở Tư pháp và các sở, ban ngành, UBND cấp huyện")
 * into the agencies and groups it names, as of the plan's date: for the importer and the
 * pickers.
 */
@Service
@Transactional(readOnly = true)
public class AgencyNames {

	private final AgencyCatalog catalog;

	AgencyNames(AgencyCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Resolves one phrase; to resolve many of one plan, take a {@link #resolverOn} once.
	 */
	public AgencyResolution resolve(String phrase, LocalDate date) {
		return resolverOn(date).resolve(phrase);
	}

	/**
	 * A resolver over the agencies and groups of {@code date}, reusable for a whole plan.
	 */
	public AgencyNameResolver resolverOn(LocalDate date) {
		return new AgencyNameResolver(this.catalog.directory(date));
	}

}
