package vn.cchc.portal.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises field labels ("Cơ quan chủ trì", "Sản phẩm", …) by their folded vocabulary,
 * tolerant of OCR damage: "Bon vi thuc hién", "Thoi gian thyc hién", "San ppém", "Tho1i
 * gian". A label is recognised only at the start of a line and before a colon, so a
 * sentence that merely mentions a product or an agency is not taken for a field.
 */
final class FieldLabels {

	// OCR reads "Đ" as B, P, D or "PB"; "ơ" as 6, o; "ư" as u, y, w.
	private static final String DON_VI = "(?:[bdp]{1,2}\\s?[o0ơ6]n\\s?v[i1l]|b[o0]\\s?phan|phong|ca nhan)";

	private static final String CO_QUAN = "(?:c[o0ơ6]\\s?quan|cq)";

	private static final String THUC_HIEN = "(?:th\\S{1,3}\\s?h\\S{0,2}en)";

	private static final Pattern LEAD = Pattern
		.compile("(?:" + CO_QUAN + "|" + DON_VI + ")\\s*(?:chu\\s?t\\S{0,2}|chiu trach nhiem|" + THUC_HIEN
				+ "|thuc hien chinh)(?:\\s*" + THUC_HIEN + ")?(?:\\s*chinh)?|chu\\s?tri(?:\\s*" + THUC_HIEN + ")?");

	private static final Pattern COORDINATING = Pattern
		.compile("(?:" + CO_QUAN + "|" + DON_VI + ")?\\s*p\\S{0,3}[i1l]\\)?\\s?h[o0ơ6]p(?:\\s*" + THUC_HIEN + ")?");

	private static final Pattern PRODUCT = Pattern.compile("(?:san\\s?p\\S{0,3}m|ket qua san pham)(?:\\s*du kien)?");

	private static final Pattern DEADLINE = Pattern.compile("(?:th\\S{0,4}\\s?gian|thoi han|tien do)(?:\\s*(?:"
			+ THUC_HIEN + "|hoan thanh|trinh|ban hanh))?(?:\\s*" + THUC_HIEN + ")?|han hoan thanh");

	private static final Pattern BUDGET = Pattern
		.compile("(?:du kien\\s*)?(?:nguon\\s*)?kinh\\s?phi(?:\\s*thuc hien)?|du toan");

	private static final Pattern TEXT = Pattern.compile(
			"noi dung(?:,?\\s*nhiem vu)?(?: cong viec)?|nhiem vu(?: cu the| trong tam)?|ten nhiem vu|cong viec|noi dung cong viec");

	private static final Pattern ACTIVITY = Pattern.compile("\\d?\\W?\\s*hoat\\s?dong");

	private static final Pattern TARGET = Pattern.compile("\\d?\\W?\\s*(?:muc tieu|chi tieu)(?:\\W.*)?");

	private static final Pattern ORDINAL = Pattern.compile("s?tt|so tt|thu tu|\\d?\\W?\\s*stt");

	private static final Pattern BULLETS = Pattern.compile("^[\\s\\-–+•*~·.,_]*");

	private FieldLabels() {
	}

	/** The kind a table header cell names, or null. */
	static FieldKind column(String cell) {
		String folded = normalised(cell);
		if (folded.isEmpty()) {
			return null;
		}
		if (ORDINAL.matcher(folded).matches()) {
			return FieldKind.LABEL;
		}
		FieldKind kind = kindOf(folded, false);
		if (kind != null) {
			return kind;
		}
		if (ACTIVITY.matcher(folded).lookingAt()) {
			return FieldKind.ACTIVITY;
		}
		if (TARGET.matcher(folded).matches()) {
			return FieldKind.TARGET;
		}
		if (folded.startsWith("nhiem vu") || folded.matches("\\d?\\W?\\s*nhiem vu.*")) {
			return FieldKind.TEXT;
		}
		return TEXT.matcher(folded).matches() ? FieldKind.TEXT : null;
	}

	/**
	 * A labelled line: "- Cơ quan chủ trì: Sở Tư pháp" gives LEAD and "Sở Tư pháp". Null
	 * when the line does not start with a known label followed by ":" or ";" (or
	 * nothing).
	 */
	static Field field(String line) {
		Matcher bullets = BULLETS.matcher(line);
		bullets.lookingAt();
		int start = bullets.end();
		int end = Math.min(line.length(), start + 60);
		int separator = -1;
		for (int i = start; i < end; i++) {
			char c = line.charAt(i);
			if (c == ':' || c == ';') {
				separator = i;
				break;
			}
		}
		String label = (separator >= 0) ? line.substring(start, separator) : line.substring(start);
		if (separator < 0 && label.length() > 40) {
			return null;
		}
		// Before a colon the label may go on ("Cơ quan phối hợp, theo dõi:"); alone on
		// its
		// line it must be the whole line.
		FieldKind kind = kindOf(normalised(label), separator >= 0);
		if (kind == null || kind == FieldKind.TEXT) {
			return null;
		}
		String value = (separator >= 0) ? line.substring(separator + 1).strip() : "";
		return new Field(kind, value, line.charAt(0) == '+' || line.strip().startsWith("+"));
	}

	private static FieldKind kindOf(String folded, boolean prefix) {
		if (folded.isEmpty() || folded.length() > 45) {
			return null;
		}
		// Coordinating first: "đơn vị phối hợp thực hiện" also ends like a lead.
		if (matches(COORDINATING, folded, prefix)) {
			return FieldKind.COORDINATING;
		}
		if (matches(LEAD, folded, prefix)) {
			return FieldKind.LEAD;
		}
		if (matches(PRODUCT, folded, prefix)) {
			return FieldKind.PRODUCT;
		}
		if (matches(DEADLINE, folded, prefix)) {
			return FieldKind.DEADLINE;
		}
		if (matches(BUDGET, folded, prefix)) {
			return FieldKind.BUDGET;
		}
		return null;
	}

	private static boolean matches(Pattern pattern, String folded, boolean prefix) {
		Matcher matcher = pattern.matcher(folded);
		if (!prefix) {
			return matcher.matches();
		}
		// A prefix must end at a word boundary: "sản phẩm khác" yes, "sản phẩmx" no.
		return matcher.lookingAt()
				&& (matcher.end() == folded.length() || !Character.isLetter(folded.charAt(matcher.end())));
	}

	/**
	 * Folded, OCR look-alikes of letters mapped back, single spaces, no end punctuation.
	 */
	static String normalised(String text) {
		String folded = Folded.of(text).replace('y', 'u').replace('w', 'u').replace('1', 'i');
		folded = folded.replace("uu", "uu");
		return folded.replaceAll("[\\s*]+", " ").replaceAll("^[\\W_]+|[\\W_]+$", "").strip();
	}

	/**
	 * A recognised field: its kind, the value after the label, whether it is a "+" item.
	 */
	record Field(FieldKind kind, String value, boolean plusBullet) {

	}

}
