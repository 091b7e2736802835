package vn.cchc.portal.reform;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;

import vn.cchc.portal.shared.api.ApiController;

@ApiController
@Tag(name = "Reform domains")
class ReformDomainApiController {

	private final ReformDomains domains;

	ReformDomainApiController(ReformDomains domains) {
		this.domains = domains;
	}

	@GetMapping("/api/v1/domains")
	@Operation(summary = "The seven reform domains, in the programme's order, with their stable codes")
	List<ReformDomain> domains() {
		return this.domains.all();
	}

}
