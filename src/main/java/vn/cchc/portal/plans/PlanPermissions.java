package vn.cchc.portal.plans;

import org.springframework.security.access.AccessDeniedException;

import vn.cchc.portal.users.PortalUser;
import vn.cchc.portal.users.Role;

/**
 * Who may change a plan: Sở Nội vụ's planners and administrators any plan; an agency head
 * the agency's own plan. Everyone signed in may read plans: they are published documents.
 */
final class PlanPermissions {

	private PlanPermissions() {
	}

	static boolean canEdit(PortalUser user, Plan plan) {
		return canEdit(user, plan.getParentPlanId(), plan.getOwnerAgencyId());
	}

	/** The same, from the plan's parent and owner (read without the entity). */
	static boolean canEdit(PortalUser user, Long parentPlanId, long ownerAgencyId) {
		return switch (user.getRole()) {
			case ADMIN, PLANNER -> true;
			case AGENCY_HEAD ->
				user.getAgencyId() != null && parentPlanId != null && user.getAgencyId() == ownerAgencyId;
			default -> false;
		};
	}

	static boolean canCreate(PortalUser user) {
		return user.getRole() == Role.ADMIN || user.getRole() == Role.PLANNER || user.getRole() == Role.AGENCY_HEAD;
	}

	/**
	 * Refuses those who may write no plan at all, before any plan is looked up: the
	 * refusal then says nothing about whether the plan exists.
	 */
	static void requireCreator(PortalUser user) {
		if (!canCreate(user)) {
			throw new AccessDeniedException("plans.error.notYours");
		}
	}

	/**
	 * Refuses those who may not change the plan. Another agency's own plan answers like a
	 * missing one (404), so an agency head learns nothing about other agencies' plans
	 * from the answer; the province's plan, which everyone reads, is a plain refusal.
	 */
	static void requireEdit(PortalUser user, Plan plan) {
		if (user.getRole() == Role.AGENCY_HEAD && plan.getParentPlanId() != null
				&& (user.getAgencyId() == null || user.getAgencyId() != plan.getOwnerAgencyId())) {
			throw new PlanNotFoundException();
		}
		if (!canEdit(user, plan)) {
			throw new AccessDeniedException("plans.error.notYours");
		}
	}

}
