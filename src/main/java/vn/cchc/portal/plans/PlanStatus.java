package vn.cchc.portal.plans;

/**
 * Where a plan is in its life: drafted by Sở Nội vụ, submitted for the chairman's
 * approval, issued by decision (then changed only by amendments), closed at the year's
 * end.
 */
public enum PlanStatus {

	DRAFT, SUBMITTED, ISSUED, CLOSED;

	/** Only a draft is freely editable; an issued plan changes through an amendment. */
	public boolean isEditable() {
		return this == DRAFT;
	}

}
