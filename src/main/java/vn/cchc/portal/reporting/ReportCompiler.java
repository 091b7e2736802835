package vn.cchc.portal.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.progress.PeriodView;
import vn.cchc.portal.progress.ProgressFigures;
import vn.cchc.portal.progress.ProgressFigures.Category;
import vn.cchc.portal.progress.ProgressStatistics;
import vn.cchc.portal.progress.ProgressStatistics.Counts;
import vn.cchc.portal.reform.ReformDomain;
import vn.cchc.portal.reform.ReformDomains;

/**
 * Counts a period's figures for the province report, and drafts its first words from what
 * the agencies reported: results of finished tasks, difficulties and proposals.
 */
@Service
@Transactional(readOnly = true)
class ReportCompiler {

	/** Quotes per agency in each list of a first draft: a draft, not an anthology. */
	private static final int QUOTES = 2;

	private static final int QUOTE_LENGTH = 400;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ProgressFigures figures;

	private final ProgressStatistics statistics;

	private final ReformDomains domains;

	private final AgencyCatalog agencies;

	ReportCompiler(ProgressFigures figures, ProgressStatistics statistics, ReformDomains domains,
			AgencyCatalog agencies) {
		this.figures = figures;
		this.statistics = statistics;
		this.domains = domains;
		this.agencies = agencies;
	}

	/** The report of a period with these words and the period's figures. */
	ProvinceReport compile(PeriodView period, ReportDraft words, Figures figures) {
		List<ProvinceReport.DomainPart> parts = new ArrayList<>();
		for (ReformDomain domain : this.domains.all()) {
			parts.add(new ProvinceReport.DomainPart(domain.code(), domain.name(VIETNAMESE),
					counts(figures.lines(), (line) -> domain.code().equals(line.item().domainCode())),
					words.getDomainTexts().getOrDefault(domain.code(), "")));
		}
		if (figures.lines().stream().anyMatch((line) -> line.item().domainCode() == null)) {
			parts.add(new ProvinceReport.DomainPart(null, "Nhiệm vụ khác",
					counts(figures.lines(), (line) -> line.item().domainCode() == null), ""));
		}
		Map<String, String> domainNames = parts.stream()
			.filter((part) -> part.code() != null)
			.collect(Collectors.toMap(ProvinceReport.DomainPart::code, ProvinceReport.DomainPart::name));
		List<ProvinceReport.TaskLine> tasks = figures.lines()
			.stream()
			.sorted(Comparator
				.comparingInt((ProgressFigures.Line line) -> domainOrder(parts, line.item().domainCode())))
			.map((line) -> new ProvinceReport.TaskLine(
					domainNames.getOrDefault(line.item().domainCode(), "Nhiệm vụ khác"), line.item().planTitle(),
					line.item().taskLabel(), line.item().taskText(), figures.name(line.reportingAgencyId()),
					line.item().deadlineText(), line.category()))
			.toList();
		return new ProvinceReport(period, words, counts(figures.lines(), (line) -> true), parts,
				this.statistics.targets(period, ProgressStatistics.Scope.ALL),
				submissions(period, figures, words.getReportDate()), tasks);
	}

	/** The first words of a report, before the planner has saved any. */
	ReportDraft suggest(PeriodView period, LocalDate today, Figures figures) {
		Map<Long, ProgressFigures.Notes> notes = this.figures.notes(period.id());
		AgencySummary committee = this.agencies.find(this.agencies.provinceCommitteeId()).orElseThrow();
		String province = province(committee.name());
		ReportDraft draft = new ReportDraft();
		draft.setIssuer("Ủy ban nhân dân tỉnh " + province);
		draft.setDocumentNumber("/BC-UBND");
		draft.setPlace(province);
		draft.setReportDate(today);
		draft.setTitle("Kết quả thực hiện công tác cải cách hành chính " + ProvinceReport.periodName(period));
		Counts total = counts(figures.lines(), (line) -> true);
		draft.setDirection("Thực hiện Kế hoạch cải cách hành chính năm " + period.year() + " của Ủy ban nhân dân tỉnh, "
				+ figures.names().size() + " cơ quan, đơn vị chủ trì " + total.total()
				+ " nhiệm vụ. Ủy ban nhân dân tỉnh đã chỉ đạo các cơ quan, đơn vị triển khai thực hiện và báo cáo "
				+ "định kỳ theo quy định.");
		Map<String, String> texts = new LinkedHashMap<>();
		for (ReformDomain domain : this.domains.all()) {
			texts.put(domain.code(),
					quotes(figures, notes,
							(line) -> domain.code().equals(line.item().domainCode()) && line.category().isDone(),
							ProgressFigures.Notes::results));
		}
		draft.setDomainTexts(texts);
		draft.setDifficulties(quotes(figures, notes, (line) -> true, ProgressFigures.Notes::difficulties));
		draft.setProposals(quotes(figures, notes, (line) -> true, ProgressFigures.Notes::proposals));
		draft.setRecipients(String.join("\n", "- Bộ Nội vụ;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
				"- CT, các PCT UBND tỉnh;", "- Sở Nội vụ;", "- Lưu: VT."));
		draft.setSignerTitle("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
		draft.setSignerName("");
		return draft;
	}

	/** "Quảng Ngãi" from "UBND tỉnh Quảng Ngãi" or "Ủy ban nhân dân tỉnh Quảng Ngãi". */
	static String province(String committeeName) {
		int at = committeeName.toLowerCase(VIETNAMESE).lastIndexOf("tỉnh ");
		return (at >= 0) ? committeeName.substring(at + "tỉnh ".length()).strip() : committeeName.strip();
	}

	/**
	 * "- Sở Tư pháp: …" lines from the latest updates of the lines kept, each once, a few
	 * per agency so every agency's work is heard.
	 */
	private static String quotes(Figures figures, Map<Long, ProgressFigures.Notes> notes,
			java.util.function.Predicate<ProgressFigures.Line> kept, Function<ProgressFigures.Notes, String> words) {
		Set<String> quotes = new LinkedHashSet<>();
		Map<Long, Integer> perAgency = new java.util.HashMap<>();
		for (ProgressFigures.Line line : figures.lines()) {
			ProgressFigures.Notes note = notes.get(line.item().assignmentId());
			String text = (note != null && kept.test(line)) ? words.apply(note) : null;
			if (text == null || text.isBlank() || perAgency.getOrDefault(line.reportingAgencyId(), 0) == QUOTES) {
				continue;
			}
			String quote = text.strip().replaceAll("\\s+", " ");
			if (quote.length() > QUOTE_LENGTH) {
				quote = quote.substring(0, QUOTE_LENGTH).strip() + "…";
			}
			if (quotes.add("- " + figures.name(line.reportingAgencyId()) + ": " + quote)) {
				perAgency.merge(line.reportingAgencyId(), 1, Integer::sum);
			}
		}
		return String.join("\n", quotes);
	}

	/**
	 * The period's lines and their agencies' names, counted once for both the first words
	 * and the report.
	 */
	Figures count(PeriodView period) {
		List<ProgressFigures.Line> lines = this.figures.lines(period);
		Map<Long, AgencySummary> names = this.agencies
			.findAll(lines.stream().map(ProgressFigures.Line::reportingAgencyId).distinct().toList());
		return new Figures(lines, names);
	}

	private ProvinceReport.Submissions submissions(PeriodView period, Figures figures, LocalDate asOf) {
		Map<Long, ProgressFigures.ReportState> reports = this.figures.reports(period.id());
		boolean due = asOf != null && asOf.isAfter(period.dueDate());
		int submitted = 0;
		int onTime = 0;
		List<ProvinceReport.LateAgency> late = new ArrayList<>();
		for (AgencySummary agency : figures.names()
			.values()
			.stream()
			.sorted(Comparator.comparing(AgencySummary::name))
			.toList()) {
			ProgressFigures.ReportState report = reports.get(agency.id());
			boolean sent = report != null && report.submitted();
			submitted += sent ? 1 : 0;
			onTime += (sent && !report.late()) ? 1 : 0;
			if ((sent && report.late()) || (!sent && due)) {
				late.add(new ProvinceReport.LateAgency(agency.name(), sent));
			}
		}
		return new ProvinceReport.Submissions(figures.names().size(), submitted, onTime, late, period.dueDate());
	}

	/** The lines kept, counted by category as the dashboard counts them. */
	private static Counts counts(List<ProgressFigures.Line> lines,
			java.util.function.Predicate<ProgressFigures.Line> kept) {
		Map<Category, Integer> byCategory = new java.util.EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			byCategory.put(category, 0);
		}
		lines.stream().filter(kept).forEach((line) -> byCategory.merge(line.category(), 1, Integer::sum));
		// Suspended tasks are not among the lines: they are left out of the report.
		return new Counts(byCategory, 0);
	}

	private static int domainOrder(List<ProvinceReport.DomainPart> parts, String code) {
		for (int index = 0; index < parts.size(); index++) {
			if (java.util.Objects.equals(parts.get(index).code(), code)) {
				return index;
			}
		}
		return parts.size();
	}

	/** The period's lines and the names of the agencies that lead them. */
	record Figures(List<ProgressFigures.Line> lines, Map<Long, AgencySummary> names) {

		String name(long agencyId) {
			AgencySummary agency = this.names.get(agencyId);
			return (agency != null) ? agency.displayName() : "#" + agencyId;
		}

	}

}
