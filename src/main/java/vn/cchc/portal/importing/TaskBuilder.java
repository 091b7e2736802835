package vn.cchc.portal.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A task being read: its text and the items of each field, in document order. */
final class TaskBuilder {

	private static final Pattern SEMICOLON_OUTSIDE_PARENTHESES = Pattern.compile(";\\s*(?![^()]*\\))");

	final int section;

	final String label;

	final StringBuilder text = new StringBuilder();

	final Map<FieldKind, List<String>> fields = new EnumMap<>(FieldKind.class);

	/** Fields whose value was written after the label, not as bullets. */
	private final Map<FieldKind, Boolean> inline = new EnumMap<>(FieldKind.class);

	String parentLabel;

	boolean hasChildren;

	final int firstLine;

	int lastLine;

	TaskBuilder(int section, String label, String text, String parentLabel, int line) {
		this.section = section;
		this.label = label;
		this.parentLabel = parentLabel;
		this.firstLine = line;
		this.lastLine = line;
		appendText(text);
	}

	void appendText(String more) {
		appendTo(this.text, more);
	}

	/** Starts a field from its labelled line; an empty value waits for bullet items. */
	void startField(FieldKind kind, String value, int line) {
		List<String> items = this.fields.computeIfAbsent(kind, (k) -> new ArrayList<>());
		if (!value.isBlank()) {
			items.add(value.strip());
			this.inline.put(kind, items.size() == 1);
		}
		this.lastLine = line;
	}

	void addItem(FieldKind kind, String item, int line) {
		List<String> items = this.fields.computeIfAbsent(kind, (k) -> new ArrayList<>());
		items.add(item.strip());
		this.inline.put(kind, false);
		this.lastLine = line;
	}

	/** A wrapped line continues the field's last item. */
	void continueField(FieldKind kind, String more, int line) {
		List<String> items = this.fields.computeIfAbsent(kind, (k) -> new ArrayList<>());
		if (items.isEmpty()) {
			items.add(more.strip());
			this.inline.put(kind, true);
		}
		else {
			StringBuilder last = new StringBuilder(items.get(items.size() - 1));
			appendTo(last, more);
			items.set(items.size() - 1, last.toString());
		}
		this.lastLine = line;
	}

	boolean hasFields() {
		return this.fields.values().stream().anyMatch((items) -> !items.isEmpty());
	}

	ImportedTask build() {
		return new ImportedTask(this.section, this.label, this.text.toString().strip(), joined(FieldKind.LEAD),
				joined(FieldKind.COORDINATING), products(), joined(FieldKind.DEADLINE), joined(FieldKind.BUDGET),
				this.parentLabel, this.firstLine, this.lastLine);
	}

	private String joined(FieldKind kind) {
		List<String> items = this.fields.getOrDefault(kind, List.of());
		return items.isEmpty() ? null : String.join("\n", items);
	}

	/**
	 * Products as a list: bullet items as they are; a value written after the label is
	 * split at semicolons ("Kế hoạch …; báo cáo …"), except inside parentheses.
	 */
	private List<String> products() {
		List<String> items = this.fields.getOrDefault(FieldKind.PRODUCT, List.of());
		if (items.size() == 1 && this.inline.getOrDefault(FieldKind.PRODUCT, true)) {
			List<String> split = new ArrayList<>();
			for (String part : SEMICOLON_OUTSIDE_PARENTHESES.split(items.get(0))) {
				if (!part.isBlank()) {
					split.add(part.strip());
				}
			}
			return split;
		}
		return items;
	}

	private static void appendTo(StringBuilder target, String more) {
		if (more == null || more.isBlank()) {
			return;
		}
		if (!target.isEmpty()) {
			target.append(' ');
		}
		target.append(more.strip());
	}

}
