package vn.cchc.portal.audit;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.cchc.portal.shared.web.PageLinks;

/**
 * The administrators' read-only view of the audit trail (/admin/** is ADMIN-only).
 */
@Controller
class AuditController {

	private final AuditLog auditLog;

	private final ZoneId zone;

	AuditController(AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.zone = clock.getZone();
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, @PageableDefault(size = 50) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("events", this.auditLog.search(filter, this.zone, pageable));
		model.addAttribute("links", PageLinks.of(request));
		// Times are stored in UTC and shown as the province reads its clocks.
		model.addAttribute("zone", this.zone);
		return "audit/list";
	}

}
