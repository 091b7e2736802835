package vn.cchc.portal.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.users.PortalUser;

/**
 * The page everyone lands on after signing in: who they are and what they can do.
 */
@Controller
class HomeController {

	private final AgencyCatalog agencies;

	HomeController(AgencyCatalog agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("agency",
				(user.getAgencyId() != null) ? this.agencies.find(user.getAgencyId()).orElse(null) : null);
		return "home/index";
	}

}
