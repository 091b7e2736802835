package vn.cchc.portal.progress;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.users.PortalUser;
import vn.cchc.portal.users.Role;

/**
 * Whose work a person reports: their agency with its units (phòng). Only officers and
 * agency heads report; anyone else's scope is empty.
 */
@Component
class ReportingScope {

	private final AgencyCatalog agencies;

	ReportingScope(AgencyCatalog agencies) {
		this.agencies = agencies;
	}

	/** The agencies whose assignments the person may see and update. */
	List<Long> of(PortalUser user) {
		return reports(user) ? this.agencies.withUnits(user.getAgencyId()) : List.of();
	}

	static boolean reports(PortalUser user) {
		return user.getAgencyId() != null && (user.getRole() == Role.OFFICER || user.getRole() == Role.AGENCY_HEAD);
	}

}
