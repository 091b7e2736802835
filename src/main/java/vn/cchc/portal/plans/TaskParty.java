package vn.cchc.portal.plans;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A lead (chủ trì) or coordinating (phối hợp) party of a task: an agency or unit, a
 * group, or only the plan's wording when the name is not (yet) known.
 */
@Embeddable
record TaskParty(@Enumerated(EnumType.STRING) Role role, Long agencyId, String groupCode, String wording) {

	enum Role {

		LEAD, COORDINATOR

	}

}
