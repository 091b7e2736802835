package vn.cchc.portal.users;

/**
 * What a person does in the portal. An agency head can do everything an officer of the
 * same agency can (see the role hierarchy in {@link SecurityConfiguration}).
 */
public enum Role {

	/** Users, roles, agencies, reference data. */
	ADMIN,

	/** Sở Nội vụ: drafts and amends plans, opens periods, reviews reports. */
	PLANNER,

	/** Checks and submits the agency's period report. */
	AGENCY_HEAD,

	/** Updates the progress of the agency's tasks. */
	OFFICER,

	/** UBND tỉnh and Sở Nội vụ leadership: dashboards and reports. */
	LEADER;

	/**
	 * Sở Nội vụ and leadership: they follow every agency's progress, evidence and
	 * history; others see their own agency's only.
	 */
	public boolean readsEveryAgency() {
		return this == PLANNER || this == ADMIN || this == LEADER;
	}

	/**
	 * Sở Nội vụ's province-wide work, administrators standing in: drafting and importing
	 * the province's plans, running the reporting periods, reviewing agencies' reports.
	 */
	public boolean coordinatesTheProvince() {
		return this == PLANNER || this == ADMIN;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
