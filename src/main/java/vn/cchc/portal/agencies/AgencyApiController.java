package vn.cchc.portal.agencies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cchc.portal.shared.api.ApiController;

@ApiController
@Tag(name = "Agencies")
class AgencyApiController {

	private final AgencyCatalog catalog;

	private final AgencyNames names;

	private final Clock clock;

	AgencyApiController(AgencyCatalog catalog, AgencyNames names, Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.names = names;
	}

	@GetMapping("/api/v1/agencies/resolve")
	@Operation(summary = "The agencies and groups a plan's wording names, each with ranked candidates and a confidence")
	AgencyResolution resolve(
			@Parameter(description = "e.g. \"Sở Tư pháp và các sở, ban ngành; UBND cấp xã\"") @RequestParam(
					name = "phrase") String phrase,
			@Parameter(description = "the plan's date (ISO yyyy-MM-dd); today when absent") @RequestParam(name = "at",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		if (phrase.length() > 2000) {
			throw new IllegalArgumentException("phrase is longer than 2000 characters");
		}
		return this.names.resolve(phrase, (date != null) ? date : LocalDate.now(this.clock));
	}

	@GetMapping("/api/v1/agencies")
	@Operation(summary = "Agencies matching a query (diacritics optional, typos tolerated), as they were on a date")
	List<AgencySummary> agencies(
			@Parameter(description = "name, short name, other name or code") @RequestParam(name = "q",
					defaultValue = "") String query,
			@Parameter(description = "only agencies existing on this date (ISO yyyy-MM-dd), named as then; "
					+ "every agency ever recorded when absent") @RequestParam(name = "at",
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.catalog.search(query, date);
	}

}
