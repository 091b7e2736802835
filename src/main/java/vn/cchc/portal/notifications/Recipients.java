package vn.cchc.portal.notifications;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.cchc.portal.users.AccountContacts;
import vn.cchc.portal.users.Role;

/** Who is told what: an agency's head, its officers, or Sở Nội vụ's planners. */
@Component
class Recipients {

	static final Set<Role> HEAD = Set.of(Role.AGENCY_HEAD);

	static final Set<Role> OFFICERS = Set.of(Role.OFFICER);

	static final Set<Role> HEAD_AND_OFFICERS = Set.of(Role.AGENCY_HEAD, Role.OFFICER);

	private final AccountContacts contacts;

	Recipients(AccountContacts contacts) {
		this.contacts = contacts;
	}

	List<AccountContacts.Contact> of(long agencyId, Set<Role> roles) {
		return this.contacts.ofAgency(agencyId, roles);
	}

	List<AccountContacts.Contact> planners() {
		return this.contacts.withRole(Role.PLANNER);
	}

}
