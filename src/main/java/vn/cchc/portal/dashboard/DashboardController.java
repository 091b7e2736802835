package vn.cchc.portal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.users.PortalUser;

/**
 * The dashboard of a period and its drill-down to the tasks behind each number. Filters
 * live in the address, so a view can be shared.
 */
@Controller
class DashboardController {

	/**
	 * Category colours, also written beside every number (colour is never the only
	 * signal).
	 */
	private static final Map<Category, String> COLOURS = Map.of(Category.DONE_ON_TIME, "#198754", Category.DONE_LATE,
			"#20c997", Category.IN_PROGRESS, "#0d6efd", Category.NOT_STARTED, "#adb5bd", Category.OVERDUE, "#dc3545",
			Category.SUSPENDED, "#6c757d");

	private static final int RANKED_IN_CHART = 15;

	private final Dashboard dashboard;

	private final MessageSource messages;

	private final JsonMapper json;

	DashboardController(Dashboard dashboard, MessageSource messages, JsonMapper json) {
		this.dashboard = dashboard;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/dashboard")
	String show(@ModelAttribute("filter") Dashboard.Filter filter, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		Dashboard.Board board = this.dashboard.board(user, filter, locale);
		model.addAttribute("board", board);
		model.addAttribute("links", new Links(board));
		model.addAttribute("categories", Category.values());
		model.addAttribute("colours", COLOURS);
		model.addAttribute("domainChart", this.json.writeValueAsString(domainChart(board, locale)));
		model.addAttribute("agencyChart", this.json.writeValueAsString(agencyChart(board, locale)));
		model.addAttribute("domainLinks",
				this.json.writeValueAsString(board.byDomain()
					.stream()
					.map((row) -> java.util.Arrays.stream(Category.values())
						.map((category) -> tasksLink(board, row.code(), category))
						.toList())
					.toList()));
		model.addAttribute("agencyLinks",
				this.json.writeValueAsString(board.agencies()
					.stream()
					.limit(RANKED_IN_CHART)
					.map((row) -> link("/dashboard", board, board.filter().domain(), row.id(), null))
					.toList()));
		return "dashboard/show";
	}

	@GetMapping("/dashboard/tasks")
	String tasks(@ModelAttribute("filter") Dashboard.Filter filter, @AuthenticationPrincipal PortalUser user,
			Locale locale, Model model) {
		Dashboard.Board board = this.dashboard.board(user, filter, locale);
		model.addAttribute("board", board);
		model.addAttribute("lines", board.of(filter.category()));
		model.addAttribute("backLink", link("/dashboard", board, filter.domain(), filter.agency(), null));
		model.addAttribute("names",
				board.agencyChoices()
					.stream()
					.collect(java.util.stream.Collectors.toMap(vn.cchc.portal.agencies.AgencySummary::id,
							vn.cchc.portal.agencies.AgencySummary::name)));
		return "dashboard/tasks";
	}

	private Map<String, Object> domainChart(Dashboard.Board board, Locale locale) {
		List<String> labels = board.byDomain()
			.stream()
			.map((row) -> (row.name() != null) ? row.name() : label("dashboard.noDomain", locale))
			.toList();
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (Category category : Category.values()) {
			Map<String, Object> dataset = new LinkedHashMap<>();
			dataset.put("label", label("dashboard.category." + category, locale));
			dataset.put("backgroundColor", COLOURS.get(category));
			dataset.put("data", board.byDomain().stream().map((row) -> row.counts().get(category)).toList());
			datasets.add(dataset);
		}
		return Map.of("labels", labels, "datasets", datasets);
	}

	private Map<String, Object> agencyChart(Dashboard.Board board, Locale locale) {
		List<Dashboard.AgencyRow> top = board.agencies().stream().limit(RANKED_IN_CHART).toList();
		return Map.of("labels", top.stream().map(Dashboard.AgencyRow::name).toList(), "datasets",
				List.of(Map.of("label", label("dashboard.percentDone", locale), "backgroundColor", "#198754", "data",
						top.stream().map((row) -> Math.round(row.counts().percentDone() * 10) / 10.0).toList())));
	}

	private static String tasksLink(Dashboard.Board board, String domain, Category category) {
		return link("/dashboard/tasks", board, domain, board.filter().agency(), category);
	}

	/** An address of the dashboard keeping the period and the given narrowing. */
	static String link(String path, Dashboard.Board board, String domain, Long agency, Category category) {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.fromPath(path)
			.queryParam("year", board.year());
		if (board.period() != null) {
			uri.queryParam("period", board.period().id());
		}
		if (domain != null) {
			uri.queryParam("domain", domain);
		}
		if (agency != null) {
			uri.queryParam("agency", agency);
		}
		if (category != null) {
			uri.queryParam("category", category);
		}
		return uri.encode().build().toUriString();
	}

	/** Addresses of the drill-down, keeping the period, for the page's tables. */
	record Links(Dashboard.Board board) {

		public String tasks(String domain, Long agency, String category) {
			return link("/dashboard/tasks", this.board, domain, agency,
					(category != null) ? Category.valueOf(category) : null);
		}

	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
