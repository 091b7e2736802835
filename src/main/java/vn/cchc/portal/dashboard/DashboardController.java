package vn.cchc.portal.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.UriComponentsBuilder;

import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.progress.ProgressStatistics;
import vn.cchc.portal.shared.web.PageLinks;
import vn.cchc.portal.shared.web.RenderedHtml;
import vn.cchc.portal.users.PortalUser;
import vn.cchc.portal.users.Role;

/**
 * The dashboard of a period, its drill-down to the tasks behind each number and that
 * list's CSV and Excel exports. Filters live in the address, so a view can be shared.
 */
@Controller
class DashboardController {

	/**
	 * Category colours, also written beside every number (colour is never the only
	 * signal).
	 */
	private static final Map<Category, String> COLOURS = Map.of(Category.DONE_ON_TIME, "#198754", Category.DONE_LATE,
			"#20c997", Category.IN_PROGRESS, "#0d6efd", Category.NOT_STARTED, "#adb5bd", Category.OVERDUE, "#dc3545");

	/** Target attainment: met, not met, not comparable, not reported. */
	static final List<String> ATTAINMENTS = List.of("MET", "NOT_MET", "NOT_COMPARABLE", "NOT_REPORTED");

	private static final Map<String, String> ATTAINMENT_COLOURS = Map.of("MET", "#198754", "NOT_MET", "#dc3545",
			"NOT_COMPARABLE", "#6f42c1", "NOT_REPORTED", "#adb5bd");

	private static final int RANKED_IN_CHART = 15;

	private static final int PAGE_SIZE = 100;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Where the page (dashboard/show.html) takes the kept body. */
	private static final String BODY_SLOT = "<div id=\"dashboard-body\"></div>";

	private final Dashboard dashboard;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ZoneId zone;

	private final ViewResolver views;

	/** Rendered bodies in UTF-8, bounded by their bytes. */
	private final Cache<Page, byte[]> pages;

	DashboardController(Dashboard dashboard, MessageSource messages, JsonMapper json, Clock clock,
			@Qualifier("thymeleafViewResolver") ViewResolver views,
			@Value("${cchc.dashboard.cached-page-bytes:8000000}") long cachedBytes) {
		this.dashboard = dashboard;
		this.messages = messages;
		this.json = json;
		this.zone = clock.getZone();
		this.views = views;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(cachedBytes)
			.weigher((Page page, byte[] html) -> html.length)
			.build();
	}

	@GetMapping("/dashboard")
	ResponseEntity<byte[]> show(@ModelAttribute("filter") Dashboard.Filter filter,
			@AuthenticationPrincipal PortalUser user, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Dashboard.Board board = this.dashboard.board(user, filter, locale);
		boolean province = user.getRole() != Role.AGENCY_HEAD;
		byte[] body = this.pages.get(new Page(board, locale, province), (key) -> render("dashboard/board :: board",
				bodyModel(board, locale, province), locale, request, response)
			.getBytes(StandardCharsets.UTF_8));
		// The page around it (menu, notifications, CSRF token) is the request's own.
		String page = render("dashboard/show", model.asMap(), locale, request, response);
		int at = page.indexOf(BODY_SLOT);
		if (at < 0) {
			throw new IllegalStateException("dashboard/show.html has no " + BODY_SLOT);
		}
		int slot = at + BODY_SLOT.length() - "</div>".length();
		byte[] before = page.substring(0, slot).getBytes(StandardCharsets.UTF_8);
		byte[] after = page.substring(slot).getBytes(StandardCharsets.UTF_8);
		byte[] whole = Arrays.copyOf(before, before.length + body.length + after.length);
		System.arraycopy(body, 0, whole, before.length, body.length);
		System.arraycopy(after, 0, whole, before.length + body.length, after.length);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(whole);
	}

	/**
	 * What the body of the page ({@code dashboard/board.html}) reads: a function of the
	 * board, the locale and whether the reader sees the province, so the body is kept
	 * with them as its key and rendered again as soon as one figure differs.
	 */
	private Map<String, Object> bodyModel(Dashboard.Board board, Locale locale, boolean province) {
		Links links = new Links(board.chosen());
		Map<String, Object> model = new HashMap<>();
		model.put("board", board);
		model.put("province", province);
		model.put("links", links);
		model.put("categories", Category.values());
		model.put("attainments", ATTAINMENTS);
		model.put("kinds", AgencyKind.values());
		model.put("domainChart", json(domainChart(board, locale)));
		model.put("domainLinks",
				json(board.byDomain()
					.stream()
					.map((row) -> Arrays.stream(Category.values())
						.map((category) -> links.tasks(row.code(), board.filter().agency(), category.name()))
						.toList())
					.toList()));
		List<ProgressStatistics.AgencyTally> top = board.agencies().stream().limit(RANKED_IN_CHART).toList();
		model.put("agencyChart", json(percentChart(top.stream().map(ProgressStatistics.AgencyTally::name).toList(),
				top.stream().map((row) -> row.counts().percentDone()).toList(), locale)));
		model.put("agencyLinks",
				json(top.stream().map((row) -> links.tasks(board.filter().domain(), row.agencyId(), null)).toList()));
		model.put("targetChart", json(targetChart(board, locale)));
		model.put("targetLinks", json(board.targets().stream().map((row) -> links.ofTarget(row.targetId())).toList()));
		model.put("periodChart", json(periodChart(board, locale)));
		model.put("periodLinks",
				json(board.periodTrend()
					.stream()
					.map((row) -> Arrays.stream(Category.values())
						.map((category) -> links.ofPeriod(row.period().id(), category.name()))
						.toList())
					.toList()));
		model.put("yearChart",
				json(percentChart(board.yearTrend().stream().map((row) -> String.valueOf(row.year())).toList(),
						board.yearTrend().stream().map(ProgressStatistics.YearTally::percentDone).toList(), locale)));
		model.put("yearLinks", json(board.yearTrend().stream().map((row) -> links.board(row.year())).toList()));
		return model;
	}

	/**
	 * A template rendered to text with Thymeleaf (escaping as on every page), in this
	 * request.
	 */
	private String render(String template, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			return RenderedHtml.render(this.views, template, locale, model, request, response);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The dashboard could not be rendered", ex);
		}
	}

	@GetMapping("/dashboard/tasks")
	String tasks(@ModelAttribute("filter") Dashboard.Filter filter,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal PortalUser user,
			Locale locale, HttpServletRequest request, Model model) {
		Dashboard.Tasks tasks = this.dashboard.tasks(user, filter, page, PAGE_SIZE, locale);
		Links links = new Links(tasks.chosen());
		model.addAttribute("tasks", tasks);
		model.addAttribute("board", tasks.chosen());
		model.addAttribute("rows", new PageImpl<>(tasks.page().lines(), PageRequest.of(Math.max(page, 0), PAGE_SIZE),
				tasks.page().total()));
		model.addAttribute("links", PageLinks.of(request));
		model.addAttribute("dashboardLinks", links);
		model.addAttribute("backLink", links.board(tasks.chosen().year()));
		return "dashboard/tasks";
	}

	@GetMapping("/dashboard/tasks.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("filter") Dashboard.Filter filter,
			@AuthenticationPrincipal PortalUser user) {
		return download(filter, user, "csv", "text/csv;charset=UTF-8", TaskListExport::csv);
	}

	@GetMapping("/dashboard/tasks.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute("filter") Dashboard.Filter filter,
			@AuthenticationPrincipal PortalUser user) {
		return download(filter, user, "xlsx", TaskListExport.XLSX, TaskListExport::xlsx);
	}

	private ResponseEntity<byte[]> download(Dashboard.Filter filter, PortalUser user, String extension,
			String contentType,
			java.util.function.BiFunction<List<ProgressStatistics.TaskLine>, TaskListExport.Labels, byte[]> writer) {
		Dashboard.Tasks tasks = this.dashboard.tasks(user, filter, 0, 0, VIETNAMESE);
		Function<String, String> category = (name) -> label(
				name.equals("SUSPENDED") ? "progress.status.SUSPENDED" : "dashboard.category." + name, VIETNAMESE);
		Function<String, String> domain = (code) -> (code != null) ? tasks.domainNames().getOrDefault(code, code)
				: label("dashboard.noDomain", VIETNAMESE);
		byte[] content = writer.apply(tasks.page().lines(), new TaskListExport.Labels(category, domain, this.zone));
		PeriodView period = tasks.chosen().period();
		String name = "nhiem-vu-cchc-" + tasks.chosen().year()
				+ ((period != null) ? "-" + period.kind().name().toLowerCase(Locale.ROOT) : "") + "." + extension;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.contentLength(content.length)
			.body(content);
	}

	private Map<String, Object> domainChart(Dashboard.Board board, Locale locale) {
		List<String> labels = board.byDomain()
			.stream()
			.map((row) -> (row.name() != null) ? row.name() : label("dashboard.noDomain", locale))
			.toList();
		return categoryChart(labels, board.byDomain().stream().map(Dashboard.DomainRow::counts).toList(), locale);
	}

	private Map<String, Object> periodChart(Dashboard.Board board, Locale locale) {
		List<String> labels = board.periodTrend()
			.stream()
			.map((row) -> label("progress.period." + row.period().kind(), locale))
			.toList();
		return categoryChart(labels, board.periodTrend().stream().map(Dashboard.PeriodRow::counts).toList(), locale);
	}

	/** A stacked bar per label, one dataset per category. */
	private Map<String, Object> categoryChart(List<String> labels, List<ProgressStatistics.Counts> counts,
			Locale locale) {
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (Category category : Category.values()) {
			datasets.add(dataset(label("dashboard.category." + category, locale), COLOURS.get(category),
					counts.stream().map((row) -> row.get(category)).toList()));
		}
		return Map.of("labels", labels, "datasets", datasets);
	}

	private Map<String, Object> targetChart(Dashboard.Board board, Locale locale) {
		List<String> labels = board.targets().stream().map(DashboardController::targetName).toList();
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (String attainment : ATTAINMENTS) {
			datasets.add(dataset(label("dashboard.target." + attainment, locale), ATTAINMENT_COLOURS.get(attainment),
					board.targets().stream().map((row) -> row.count(attainment)).toList()));
		}
		return Map.of("labels", labels, "datasets", datasets);
	}

	/** A target's short name for a chart axis: its label, else its first words. */
	static String targetName(ProgressStatistics.TargetTally target) {
		String wording = target.wording();
		String shortened = (wording.length() > 40) ? wording.substring(0, 39) + "…" : wording;
		return (target.label() != null && !target.label().isBlank()) ? target.label() + " " + shortened : shortened;
	}

	private Map<String, Object> percentChart(List<String> labels, List<Double> percents, Locale locale) {
		return Map.of("labels", labels, "datasets",
				List.of(dataset(label("dashboard.percentDone", locale), "#198754",
						percents.stream()
							.map((percent) -> (percent != null) ? Math.round(percent * 10) / 10.0 : null)
							.toList())));
	}

	private static Map<String, Object> dataset(String label, String colour, List<?> data) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", label);
		dataset.put("backgroundColor", colour);
		dataset.put("data", data);
		return dataset;
	}

	private String json(Object value) {
		return this.json.writeValueAsString(value);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** What a rendered body depends on: nothing else reaches its template. */
	private record Page(Dashboard.Board board, Locale locale, boolean province) {
	}

	/**
	 * Addresses of the dashboard and its task list keeping the year, period and filters.
	 */
	record Links(Dashboard.Chosen chosen) {

		/** The tasks of a domain, an agency and a category (null: any) in the period. */
		public String tasks(String domain, Long agency, String category) {
			Dashboard.Filter filter = this.chosen.filter();
			return address("/dashboard/tasks", this.chosen.year(), periodId(), domain, filter.kind(), agency, category,
					null);
		}

		public String ofPeriod(long period, String category) {
			Dashboard.Filter filter = this.chosen.filter();
			return address("/dashboard/tasks", this.chosen.year(), period, filter.domain(), filter.kind(),
					filter.agency(), category, null);
		}

		public String ofTarget(long target) {
			Dashboard.Filter filter = this.chosen.filter();
			return address("/dashboard/tasks", this.chosen.year(), periodId(), null, filter.kind(), filter.agency(),
					null, target);
		}

		/** The dashboard of a year (its latest period) with the same filters. */
		public String board(int year) {
			Dashboard.Filter filter = this.chosen.filter();
			return address("/dashboard", year, (year == this.chosen.year()) ? periodId() : null, filter.domain(),
					filter.kind(), filter.agency(), null, null);
		}

		/** The current task list as a file: every row, the same filters. */
		public String export(String extension) {
			Dashboard.Filter filter = this.chosen.filter();
			return address("/dashboard/tasks." + extension, this.chosen.year(), periodId(), filter.domain(),
					filter.kind(), filter.agency(), (filter.category() != null) ? filter.category().name() : null,
					filter.target());
		}

		private Long periodId() {
			return (this.chosen.period() != null) ? this.chosen.period().id() : null;
		}

		private static String address(String path, int year, Long period, String domain, AgencyKind kind, Long agency,
				String category, Long target) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("year", year);
			if (period != null) {
				uri.queryParam("period", period);
			}
			if (domain != null) {
				uri.queryParam("domain", domain);
			}
			if (kind != null) {
				uri.queryParam("kind", kind);
			}
			if (agency != null) {
				uri.queryParam("agency", agency);
			}
			if (category != null) {
				uri.queryParam("category", category);
			}
			if (target != null) {
				uri.queryParam("target", target);
			}
			return uri.encode().build().toUriString();
		}

	}

}
