package vn.cchc.portal.agencies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AgencyController {

	private final AgencyCatalog catalog;

	AgencyController(AgencyCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/agencies")
	String list(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		List<AgencySummary> found = this.catalog.search(query);
		Map<AgencyKind, List<AgencySummary>> byKind = found.stream()
			.collect(Collectors.groupingBy(AgencySummary::kind, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("query", query);
		model.addAttribute("count", found.size());
		model.addAttribute("agenciesByKind", byKind);
		return "agencies/list";
	}

}
