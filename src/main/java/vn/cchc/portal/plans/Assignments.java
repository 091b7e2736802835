package vn.cchc.portal.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cchc.portal.agencies.AgenciesMerged;
import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;

/**
 * Works out who must report on each task, and keeps it right when agencies merge.
 */
@Component
class Assignments {

	private final AssignmentRepository assignments;

	private final AgencyCatalog agencies;

	Assignments(AssignmentRepository assignments, AgencyCatalog agencies) {
		this.assignments = assignments;
		this.agencies = agencies;
	}

	/** A deleted task, and its activities, assign no one. */
	void removeAll(long taskId) {
		this.assignments.deleteWithActivities(taskId);
	}

	/**
	 * Rebuilds a draft task's assignments from its parties: one per agency named
	 * directly, one per member (on the plan's date) of a group named; an agency named
	 * both ways is assigned once, directly. A group decided task by task ("có liên quan")
	 * assigns no one.
	 */
	void rebuild(PlanTask task, Plan plan) {
		this.assignments.deleteByTaskId(task.getId());
		this.assignments.flush();
		Map<String, Assignment> byAgencyAndRole = new LinkedHashMap<>();
		for (TaskParty party : task.getParties()) {
			if (party.agencyId() != null) {
				byAgencyAndRole.put(party.agencyId() + "/" + party.role(),
						new Assignment(task.getId(), party.agencyId(), party.role(), null));
			}
		}
		for (TaskParty party : task.getParties()) {
			if (party.groupCode() != null) {
				for (AgencySummary member : this.agencies.members(party.groupCode(), plan.referenceDate())) {
					byAgencyAndRole.putIfAbsent(member.id() + "/" + party.role(),
							new Assignment(task.getId(), member.id(), party.role(), party.groupCode()));
				}
			}
		}
		// An agency that leads the task reports on it as its lead only, even when a
		// coordinating group ("các sở, ban, ngành") includes it.
		byAgencyAndRole.keySet()
			.removeIf((key) -> key.endsWith("/" + TaskParty.Role.COORDINATOR) && byAgencyAndRole
				.containsKey(key.replace("/" + TaskParty.Role.COORDINATOR, "/" + TaskParty.Role.LEAD)));
		this.assignments.saveAll(byAgencyAndRole.values());
	}

	/**
	 * Agencies merged: their open assignments move to the successor, each keeping where
	 * it came from and the event that moved it. Runs in the merge's transaction, so a
	 * merge whose work cannot move does not happen at all.
	 */
	@EventListener
	void on(AgenciesMerged merged) {
		List<Assignment> open = this.assignments.findOpenOf(merged.closedIds());
		for (Assignment assignment : open) {
			boolean successorHasIt = this.assignments.findByTaskIdAndActiveTrue(assignment.getTaskId())
				.stream()
				.anyMatch((other) -> other.getAgencyId() == merged.successorId()
						&& other.getRole() == assignment.getRole());
			if (successorHasIt) {
				assignment.mergeInto(merged.successorId(), merged.eventId(), merged.effectiveDate());
			}
			else {
				assignment.moveTo(merged.successorId(), merged.eventId(), merged.effectiveDate());
			}
			this.assignments.flush();
		}
	}

}
