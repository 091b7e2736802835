package vn.cchc.portal.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.cchc.portal.shared.text.VietnameseText;

/**
 * A plan's official appendix table (Phụ lục), as both downloads write it: the title
 * lines, then one row per section, task and activity, in the plan's order. Always in
 * Vietnamese: it is the text of an official document.
 */
record Appendix(String caption, String heading, String attachedTo, List<Row> rows) {

	/** The six columns of the official table. */
	static final List<String> COLUMNS = List.of("TT", "Nội dung nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành",
			"Cơ quan chủ trì", "Cơ quan phối hợp");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The locale a plan is read in for its appendix. */
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	enum Kind {

		SECTION, TASK, ACTIVITY

	}

	/**
	 * One row: a section has only a label and a title ({@code text}); a task or an
	 * activity has every column.
	 */
	record Row(Kind kind, String label, String text, List<String> products, String deadline, LocalDate due,
			List<String> leads, List<String> coordinators, BigDecimal budgetAmount, String budgetText) {

		/** What the deadline column shows: the plan's wording, or the date when none. */
		String deadlineShown() {
			if (this.deadline != null && !this.deadline.isBlank()) {
				return this.deadline;
			}
			return (this.due != null) ? DATE.format(this.due) : "";
		}

		/** Products one per line, each with a dash when there are several. */
		List<String> productLines() {
			return (this.products.size() < 2) ? this.products
					: this.products.stream().map((product) -> "- " + product).toList();
		}

	}

	static Appendix of(PlanView plan) {
		List<Row> rows = new ArrayList<>();
		for (PlanView.Section section : plan.sections()) {
			rows.add(new Row(Kind.SECTION, nullToEmpty(section.label()), nullToEmpty(section.title()), List.of(), "",
					null, List.of(), List.of(), null, null));
			for (PlanView.Task task : section.tasks()) {
				rows.add(row(Kind.TASK, task));
				for (PlanView.Task activity : task.activities()) {
					rows.add(row(Kind.ACTIVITY, activity));
				}
			}
		}
		return new Appendix("PHỤ LỤC", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM " + plan.year(), attachedTo(plan),
				List.copyOf(rows));
	}

	/**
	 * "(Kèm theo Quyết định số … ngày … của …)" once the plan is issued, "(Kèm theo Kế
	 * hoạch …)" from its title before, nothing when neither is known.
	 */
	private static String attachedTo(PlanView plan) {
		if (plan.decisionNumber() != null && !plan.decisionNumber().isBlank()) {
			StringBuilder text = new StringBuilder("(Kèm theo Quyết định số ").append(plan.decisionNumber().strip());
			if (plan.decisionDate() != null) {
				text.append(" ngày ").append(DATE.format(plan.decisionDate()));
			}
			if (plan.ownerName() != null) {
				text.append(" của ").append(plan.ownerName());
			}
			return text.append(')').toString();
		}
		String title = (plan.title() != null) ? plan.title().strip() : "";
		if (VietnameseText.fold(title).startsWith("ke hoach")) {
			return "(Kèm theo " + title + ")";
		}
		return null;
	}

	private static Row row(Kind kind, PlanView.Task task) {
		return new Row(kind, nullToEmpty(task.label()), nullToEmpty(task.text()), List.copyOf(task.products()),
				nullToEmpty(task.deadlineText()), task.deadlineDue(), names(task.leads()), names(task.coordinators()),
				task.budgetAmount(), task.budgetText());
	}

	/** Parties by their name, or by the plan's wording when the name is unknown. */
	private static List<String> names(List<PlanView.Party> parties) {
		return parties.stream().map((party) -> party.known() ? party.name() : party.wording()).toList();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
