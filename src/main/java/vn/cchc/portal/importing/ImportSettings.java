package vn.cchc.portal.importing;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.users.PortalUser;

/**
 * What the import page and the import API share: the configured limits
 * ({@code cchc.import.max-size}, capped in practice by
 * {@code spring.servlet.multipart.max-file-size} for uploads), who may import, and the
 * owner of an imported plan.
 */
@Component
class ImportSettings {

	private final ImportLimits limits;

	private final AgencyCatalog agencies;

	private final Clock clock;

	ImportSettings(@Value("${cchc.import.max-size:2MB}") DataSize maxSize,
			@Value("${cchc.import.max-zip-entries:1000}") int maxZipEntries,
			@Value("${cchc.import.max-lines:200000}") int maxLines, AgencyCatalog agencies, Clock clock) {
		this.clock = clock;
		this.limits = new ImportLimits(maxSize.toBytes(), maxZipEntries, maxLines);
		this.agencies = agencies;
	}

	ImportLimits limits() {
		return this.limits;
	}

	/** The size limit in whole megabytes, for messages. */
	long maxMegabytes() {
		return Math.max(1, this.limits.maxBytes() / (1024 * 1024));
	}

	PlanDocumentReader reader() {
		return new PlanDocumentReader(this.limits, this.clock);
	}

	/**
	 * Planners and administrators. Agency heads will import their agency's plan later;
	 * for now they are refused like officers.
	 */
	static boolean mayImport(PortalUser user) {
		return user != null && user.getRole().coordinatesTheProvince();
	}

	/** An imported plan is the province's plan: owned by the province committee. */
	long provinceCommitteeId() {
		return this.agencies.search("", LocalDate.now(this.clock))
			.stream()
			.filter((agency) -> agency.kind() == AgencyKind.PROVINCE_COMMITTEE)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No UBND tỉnh among the agencies"))
			.id();
	}

}
