package vn.cchc.portal.agencies;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The agencies of the province, as they are today or were on any date, with their
 * history.
 */
@Controller
class AgencyController {

	private final AgencyCatalog catalog;

	private final AgencyNames names;

	private final Clock clock;

	AgencyController(AgencyCatalog catalog, AgencyNames names, Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.names = names;
	}

	/** Shows how a plan's wording of lead or coordinating agencies is understood. */
	@GetMapping("/agencies/resolve")
	String resolve(@RequestParam(name = "phrase", defaultValue = "") String phrase,
			@RequestParam(name = "at", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate shownDate = (date != null) ? date : LocalDate.now(this.clock);
		model.addAttribute("phrase", phrase);
		model.addAttribute("at", shownDate);
		if (!phrase.isBlank() && phrase.length() <= 2000) {
			model.addAttribute("resolution", this.names.resolve(phrase, shownDate));
		}
		return "agencies/resolve";
	}

	/**
	 * @param date the day to show (today by default)
	 * @param all every agency ever recorded, closed ones included
	 */
	@GetMapping("/agencies")
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "at", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(name = "all", defaultValue = "false") boolean all, Model model) {
		LocalDate shownDate = (date != null) ? date : LocalDate.now(this.clock);
		model.addAttribute("query", query);
		model.addAttribute("at", shownDate);
		model.addAttribute("all", all);
		model.addAttribute("tree", AgencyTree.of(this.catalog.search(query, all ? null : shownDate)));
		return "agencies/list";
	}

	@GetMapping("/agencies/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("profile",
				this.catalog.profile(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "agencies/show";
	}

	@GetMapping("/agencies/groups")
	String groups(Model model) {
		model.addAttribute("groups", this.catalog.groups());
		return "agencies/groups";
	}

	@GetMapping("/agencies/groups/{code}")
	String group(@PathVariable String code,
			@RequestParam(name = "at", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate shownDate = (date != null) ? date : LocalDate.now(this.clock);
		model.addAttribute("group", this.catalog.group(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("at", shownDate);
		model.addAttribute("members", this.catalog.members(code, shownDate));
		return "agencies/group";
	}

	@GetMapping("/agencies/events")
	String events(Model model) {
		model.addAttribute("events", this.catalog.events());
		return "agencies/events";
	}

}
