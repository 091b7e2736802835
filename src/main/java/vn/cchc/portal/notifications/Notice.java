package vn.cchc.portal.notifications;

import java.util.List;

/**
 * One thing to tell, before it is addressed to people: its kind, the parameters of its
 * text (period kind and year first), the page it opens, and for reminders the key that
 * makes it once per person.
 */
record Notice(NotificationKind kind, List<String> params, String link, Long periodId, Long agencyId, String dedupeKey) {

	static Notice of(NotificationKind kind, String link, long periodId, Long agencyId, List<String> params) {
		return new Notice(kind, params, link, periodId, agencyId, null);
	}

	/** The same notice, sent at most once per person for this kind, period and agency. */
	Notice once() {
		return new Notice(this.kind, this.params, this.link, this.periodId, this.agencyId,
				this.kind + ":" + this.periodId + ":" + this.agencyId);
	}

}
