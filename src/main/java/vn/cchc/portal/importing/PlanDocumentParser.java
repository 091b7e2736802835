package vn.cchc.portal.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tasks from the lines of a plan. One pass over the lines handles both layouts,
 * because real plans mix them (003 has a narrative list and a table annex):
 * <ul>
 * <li>list: a lettered item ("a)") starts a task, labelled lines ("- Cơ quan chủ trì:")
 * give its fields, bullets ("+") and wrapped lines continue them, a dashed line followed
 * by labelled lines is an activity under the item; an item without any labelled line is
 * narrative, not a task;</li>
 * <li>table: a row whose cells name at least three known columns is a header (repeated
 * headers are skipped); a row with an empty TT cell continues the previous row (page
 * break); a Roman-numbered row is a section; a lettered row under an empty numbered row
 * is an activity of it.</li>
 * </ul>
 * Headings ("1. Cải cách thể chế", "II. …") become sections when a task follows them.
 */
final class PlanDocumentParser {

	private static final Pattern ITEM = Pattern
		.compile("^\\s*(?:[~\\-–•*]\\s*|\\d\\s+)?([a-zđ¢]|[A-ZĐ]|\\d{1,2})\\)\\s*(\\S.*)$");

	private static final Pattern NUMBERED_HEADING = Pattern
		.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2})*)\\.\\s*(\\S.{1,250})$");

	private static final Pattern ROMAN_HEADING = Pattern.compile("^\\s*([IVXLT|1l]{1,5})\\s*\\.\\s*(\\S.{1,250})$");

	private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,5}\\.?");

	private static final Pattern BULLET = Pattern.compile("^\\s*([\\-–+•*])\\s*(.*)$");

	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2})*\\.?)\\s*(.*)$");

	private static final Pattern CELL_BULLETS = Pattern.compile("(?:^|\\s)[\\-+•]\\s+");

	private final List<String> lines;

	private final boolean[] skipped;

	private final List<ImportedSection> sections = new ArrayList<>();

	private final List<ImportedTask> tasks = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private int listTasks;

	private int tableTasks;

	private int frameworkTasks;

	private String[] pendingSection;

	private int pendingSectionLine;

	private int currentSection = -1;

	private TaskBuilder current;

	private FieldKind currentField;

	// Table state.
	private Map<FieldKind, Integer> columns;

	private List<String> headerCells;

	private boolean framework;

	private TaskBuilder lastNumberedRow;

	private String frameworkParent;

	private TaskBuilder lastRow;

	PlanDocumentParser(List<String> lines) {
		this.lines = lines;
		this.skipped = PageNoise.find(lines);
	}

	Result parse() {
		for (int i = 0; i < this.lines.size(); i++) {
			if (this.skipped[i]) {
				continue;
			}
			String line = this.lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (line.indexOf('\t') >= 0 && tableLine(line, i + 1)) {
				continue;
			}
			listLine(line.replace('\t', ' '), i);
		}
		close();
		ImportFormat format;
		if (this.frameworkTasks > 0) {
			format = ImportFormat.FRAMEWORK;
		}
		else if (this.tableTasks > 0 && this.tableTasks >= this.listTasks) {
			format = ImportFormat.TABLE;
		}
		else if (this.listTasks > 0) {
			format = ImportFormat.LIST;
		}
		else {
			format = ImportFormat.UNKNOWN;
		}
		return new Result(format, this.sections, this.tasks, this.problems);
	}

	// ---- list layout

	private void listLine(String line, int index) {
		int number = index + 1;
		FieldLabels.Field field = FieldLabels.field(line);
		if (field != null) {
			fieldLine(field, line, index);
			return;
		}
		Matcher item = ITEM.matcher(line);
		if (item.matches() && !looksLikeDate(line)) {
			close();
			this.current = new TaskBuilder(-2, item.group(1), item.group(2), null, number);
			return;
		}
		String[] heading = heading(line);
		if (heading != null) {
			close();
			this.pendingSection = heading;
			this.pendingSectionLine = number;
			return;
		}
		Matcher bullet = BULLET.matcher(line);
		if (this.current == null) {
			if (!bullet.matches()) {
				// A paragraph right under a heading may be a task without a label (000,
				// section 5); it becomes one only if labelled lines follow.
				this.current = new TaskBuilder(-2, "-", line, null, number);
			}
			return;
		}
		if (bullet.matches()) {
			String marker = bullet.group(1);
			String text = bullet.group(2);
			// Only an item without fields of its own, or an activity, can open an
			// activity.
			boolean canOpen = !this.current.hasFields() || this.current.parentLabel != null;
			boolean activityFollows = !"+".equals(marker) && canOpen && nextIsField(index);
			if (activityFollows) {
				startActivity(text, number);
				return;
			}
			if (this.currentField != null) {
				List<String> items = this.current.fields.get(this.currentField);
				boolean empty = items == null || items.isEmpty();
				if ("+".equals(marker) || empty) {
					this.current.addItem(this.currentField, text, number);
				}
				else {
					this.current.continueField(this.currentField, line.strip(), number);
				}
			}
			else {
				this.current.appendText(line.strip());
				this.current.lastLine = number;
			}
			return;
		}
		// A wrapped line (OCR breaks lines anywhere) continues what came before it.
		if (this.currentField != null) {
			this.current.continueField(this.currentField, line, number);
		}
		else {
			this.current.appendText(line);
			this.current.lastLine = number;
		}
	}

	private void fieldLine(FieldLabels.Field field, String line, int index) {
		if (this.current == null) {
			return;
		}
		this.current.startField(field.kind(), field.value(), index + 1);
		this.currentField = field.kind();
	}

	/** A dashed line before labelled lines: an activity of the current item. */
	private void startActivity(String text, int number) {
		String parent = (this.current.parentLabel != null) ? this.current.parentLabel : this.current.label;
		TaskBuilder parentItem = this.current;
		if (this.current.parentLabel == null) {
			parentItem.hasChildren = true;
			// The item itself is a grouping; it is emitted only if it had its own fields.
			emit(parentItem, true);
		}
		else {
			emit(this.current, true);
		}
		this.current = new TaskBuilder(-2, "-", text, parent, number);
		this.currentField = null;
	}

	private boolean nextIsField(int index) {
		for (int j = index + 1; j < this.lines.size() && j <= index + 3; j++) {
			if (this.skipped[j] || this.lines.get(j).isBlank()) {
				continue;
			}
			return FieldLabels.field(this.lines.get(j)) != null;
		}
		return false;
	}

	private static boolean looksLikeDate(String line) {
		return line.strip().matches("^\\d{1,2}\\)\\s*\\d.*");
	}

	/** "1. Cải cách thể chế", "II. NHIỆM VỤ …": label and title, or null. */
	static String[] heading(String line) {
		Matcher numbered = NUMBERED_HEADING.matcher(line);
		if (numbered.matches() && Character.isLetter(firstLetter(numbered.group(2)))) {
			return new String[] { numbered.group(1) + ".", numbered.group(2).strip() };
		}
		Matcher roman = ROMAN_HEADING.matcher(line);
		if (roman.matches() && mostlyUpperCase(roman.group(2))) {
			return new String[] { roman.group(1) + ".", roman.group(2).strip() };
		}
		return null;
	}

	private static char firstLetter(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return text.charAt(i);
			}
		}
		return ' ';
	}

	private static boolean mostlyUpperCase(String text) {
		int upper = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters > 0 && upper * 10 >= letters * 7;
	}

	// ---- table layout

	/** Handles a tab-separated line; false when no table header has been seen yet. */
	private boolean tableLine(String line, int number) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\t", -1)) {
			cells.add(cell.strip());
		}
		Map<FieldKind, Integer> header = header(cells);
		if (header != null) {
			if (!cells.equals(this.headerCells)) {
				close();
				this.columns = header;
				this.headerCells = cells;
				this.framework = header.containsKey(FieldKind.ACTIVITY);
			}
			// A header repeated at a page break: nothing to read.
			return true;
		}
		if (this.columns == null) {
			return false;
		}
		if (cells.stream().allMatch(String::isEmpty)) {
			return true;
		}
		if (this.framework) {
			frameworkRow(cells, number);
		}
		else {
			tableRow(cells, number);
		}
		return true;
	}

	private static Map<FieldKind, Integer> header(List<String> cells) {
		Map<FieldKind, Integer> columns = new EnumMap<>(FieldKind.class);
		for (int i = 0; i < cells.size(); i++) {
			FieldKind kind = FieldLabels.column(cells.get(i));
			if (kind != null && !columns.containsKey(kind)) {
				columns.put(kind, i);
			}
		}
		boolean hasWork = columns.containsKey(FieldKind.TEXT) || columns.containsKey(FieldKind.ACTIVITY);
		return (hasWork && columns.size() >= 3) ? columns : null;
	}

	private void tableRow(List<String> cells, int number) {
		String label = cell(cells, FieldKind.LABEL);
		String text = cell(cells, FieldKind.TEXT);
		boolean fieldsEmpty = fieldCellsEmpty(cells);
		if (label.isEmpty()) {
			if (this.lastRow != null) {
				// The TT cell is empty: the row was split by a page break.
				continueRow(this.lastRow, cells, number);
			}
			else {
				// Nothing to continue: the row's content would be lost silently.
				this.problems.add(ImportProblem.warningAt(number, "import.warning.rowUnread"));
			}
			return;
		}
		if (ROMAN.matcher(label).matches() && fieldsEmpty) {
			close();
			this.pendingSection = new String[] { label, text };
			this.pendingSectionLine = number;
			this.lastNumberedRow = null;
			return;
		}
		close();
		String bare = label.replaceAll("[.)]+$", "");
		String parent = null;
		boolean lettered = bare.matches("[a-zđ]");
		if (lettered && this.lastNumberedRow != null && !this.lastNumberedRow.hasFields()) {
			parent = this.lastNumberedRow.label;
			this.lastNumberedRow.hasChildren = true;
		}
		TaskBuilder row = new TaskBuilder(-2, bare, text, parent, number);
		fillRow(row, cells, number);
		this.current = row;
		this.currentField = null;
		this.lastRow = row;
		if (!lettered) {
			this.lastNumberedRow = row;
		}
	}

	private void frameworkRow(List<String> cells, int number) {
		String label = cell(cells, FieldKind.LABEL);
		String target = cell(cells, FieldKind.TARGET);
		String task = cell(cells, FieldKind.TEXT);
		String activity = cell(cells, FieldKind.ACTIVITY);
		if (ROMAN.matcher(label).matches() && activity.isEmpty() && fieldCellsEmpty(cells)) {
			close();
			this.pendingSection = new String[] { label, !target.isEmpty() ? target : task };
			this.pendingSectionLine = number;
			return;
		}
		if (!task.isEmpty()) {
			Matcher numbered = LEADING_NUMBER.matcher(task);
			this.frameworkParent = (numbered.matches() && !numbered.group(1).isEmpty()) ? numbered.group(1) : task;
		}
		Matcher numbered = LEADING_NUMBER.matcher(activity);
		boolean startsActivity = !activity.isEmpty()
				&& (this.lastRow == null || (numbered.matches() && !numbered.group(1).isEmpty()));
		if (!startsActivity) {
			if (this.lastRow != null) {
				continueRow(this.lastRow, cells, number);
			}
			else if (task.isEmpty() && target.isEmpty()) {
				this.problems.add(ImportProblem.warningAt(number, "import.warning.rowUnread"));
			}
			return;
		}
		close();
		String activityLabel = numbered.matches() ? numbered.group(1) : "";
		String activityText = numbered.matches() ? numbered.group(2) : activity;
		TaskBuilder row = new TaskBuilder(-2, activityLabel, activityText, this.frameworkParent, number);
		fillRow(row, cells, number);
		this.current = row;
		this.lastRow = row;
	}

	private void fillRow(TaskBuilder row, List<String> cells, int number) {
		for (FieldKind kind : List.of(FieldKind.LEAD, FieldKind.COORDINATING, FieldKind.PRODUCT, FieldKind.DEADLINE,
				FieldKind.BUDGET)) {
			String value = cell(cells, kind);
			if (value.isEmpty()) {
				continue;
			}
			if (kind == FieldKind.PRODUCT && (value.startsWith("-") || value.startsWith("+"))) {
				for (String item : CELL_BULLETS.split(value)) {
					if (!item.isBlank()) {
						row.addItem(kind, item, number);
					}
				}
			}
			else {
				row.startField(kind, value, number);
			}
		}
	}

	private void continueRow(TaskBuilder row, List<String> cells, int number) {
		String textColumn = this.framework ? cell(cells, FieldKind.ACTIVITY) : cell(cells, FieldKind.TEXT);
		row.appendText(textColumn);
		for (FieldKind kind : List.of(FieldKind.LEAD, FieldKind.COORDINATING, FieldKind.PRODUCT, FieldKind.DEADLINE,
				FieldKind.BUDGET)) {
			String value = cell(cells, kind);
			if (!value.isEmpty()) {
				row.continueField(kind, value, number);
			}
		}
		row.lastLine = number;
	}

	private boolean fieldCellsEmpty(List<String> cells) {
		for (FieldKind kind : List.of(FieldKind.LEAD, FieldKind.COORDINATING, FieldKind.PRODUCT, FieldKind.DEADLINE,
				FieldKind.BUDGET, FieldKind.ACTIVITY)) {
			if (!cell(cells, kind).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private String cell(List<String> cells, FieldKind kind) {
		Integer index = this.columns.get(kind);
		return (index != null && index < cells.size()) ? cells.get(index) : "";
	}

	// ---- emitting

	private void close() {
		if (this.current != null) {
			emit(this.current, false);
		}
		this.current = null;
		this.currentField = null;
	}

	/**
	 * Emits a task when it has fields; a table row also when it has text and no
	 * activities (a row may leave product or deadline empty, it is still a task).
	 */
	private void emit(TaskBuilder builder, boolean keepCurrent) {
		boolean tableRow = this.columns != null && builder == this.lastRow;
		boolean emitted = builder.hasFields()
				|| (tableRow && !builder.hasChildren && !builder.text.isEmpty() && !isGroupRow(builder));
		if (emitted) {
			int section = sectionForTask();
			ImportedTask task = builder.build();
			this.tasks.add(new ImportedTask(section, task.label(), task.text(), task.lead(), task.coordinating(),
					task.products(), task.deadline(), task.budget(), task.parentLabel(), task.firstLine(),
					task.lastLine()));
			if (this.framework && tableRow) {
				this.frameworkTasks++;
			}
			else if (tableRow) {
				this.tableTasks++;
			}
			else {
				this.listTasks++;
			}
		}
		if (!keepCurrent && builder == this.current) {
			this.current = null;
		}
	}

	/**
	 * A numbered row without fields may still get lettered activities on the next rows.
	 */
	private boolean isGroupRow(TaskBuilder builder) {
		return !builder.hasFields() && builder == this.lastNumberedRow && nextRowIsLettered(builder.lastLine);
	}

	private boolean nextRowIsLettered(int line) {
		for (int j = line; j < this.lines.size(); j++) {
			String next = this.lines.get(j);
			if (next.isBlank() || this.skipped[j] || header(List.of(next.split("\t", -1))) != null) {
				continue;
			}
			String[] cells = next.split("\t", -1);
			Integer labelColumn = this.columns.get(FieldKind.LABEL);
			String label = (labelColumn != null && labelColumn < cells.length) ? cells[labelColumn].strip() : "";
			if (label.isEmpty()) {
				continue;
			}
			return label.replaceAll("[.)]+$", "").matches("[a-zđ]");
		}
		return false;
	}

	private int sectionForTask() {
		if (this.pendingSection != null) {
			String label = this.pendingSection[0];
			String title = this.pendingSection[1];
			this.sections
				.add(new ImportedSection(label, title, DomainVocabulary.domainOf(title), this.pendingSectionLine));
			this.currentSection = this.sections.size() - 1;
			this.pendingSection = null;
		}
		return this.currentSection;
	}

	record Result(ImportFormat format, List<ImportedSection> sections, List<ImportedTask> tasks,
			List<ImportProblem> problems) {

		Result(ImportFormat format, List<ImportedSection> sections, List<ImportedTask> tasks) {
			this(format, sections, tasks, List.of());
		}

	}

}
