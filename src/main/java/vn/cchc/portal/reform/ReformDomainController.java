package vn.cchc.portal.reform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ReformDomainController {

	private final ReformDomains domains;

	ReformDomainController(ReformDomains domains) {
		this.domains = domains;
	}

	@GetMapping("/domains")
	String list(Model model) {
		model.addAttribute("domains", this.domains.all());
		return "reform/domains";
	}

}
