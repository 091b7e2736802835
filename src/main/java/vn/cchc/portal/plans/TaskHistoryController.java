package vn.cchc.portal.plans;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.users.PortalUser;

/**
 * Everything that happened to one task: its edits (before and after) and its agencies'
 * updates, evidence and send-backs, newest first. For Sở Nội vụ and leadership, who see
 * every agency's progress.
 */
@Controller
class TaskHistoryController {

	private final PlanCatalog catalog;

	private final AssignmentRepository assignments;

	private final AuditLog auditLog;

	private final ZoneId zone;

	TaskHistoryController(PlanCatalog catalog, AssignmentRepository assignments, AuditLog auditLog, Clock clock) {
		this.catalog = catalog;
		this.assignments = assignments;
		this.auditLog = auditLog;
		this.zone = clock.getZone();
	}

	@GetMapping("/plans/{id}/tasks/{taskId}/history")
	String history(@PathVariable long id, @PathVariable long taskId, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		if (!user.getRole().readsEveryAgency()) {
			throw new AccessDeniedException("Task history shows every agency's progress");
		}
		PlanView.Task task = this.catalog.task(id, taskId, locale);
		List<Long> assignmentIds = this.assignments.idsOfTask(taskId);
		model.addAttribute("planId", id);
		model.addAttribute("task", task);
		model.addAttribute("events",
				this.auditLog.about(Map.of("PLAN_TASK", List.of(taskId), "ASSIGNMENT", assignmentIds)));
		model.addAttribute("zone", this.zone);
		return "plans/task-history";
	}

}
