package vn.cchc.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cchc.portal.agencies.AgencyDirectory;
import vn.cchc.portal.shared.deadline.Deadline;
import vn.cchc.portal.shared.deadline.DeadlineKind;

/**
 * Spots the cells of one row of a framework table whose columns OCR interleaved: within
 * the row's band of lines, known agency names and group phrases (the national list in
 * {@code importing/provincial-agencies.txt} and the resolver's standard groups), deadline
 * phrases that {@link Deadline#parse} understands ("Thường xuyên", "Năm 2024", "Tháng
 * 01/2024", "Quý II, III/2024", "Sau khi …") and document kinds written as products
 * ("Công văn", "Kế hoạch", "Báo cáo" …), each read down its column with {@link OcrText}.
 * Owners are told apart by column order, since OCR keeps the order of the columns on each
 * line: a party printed left of another on the same line is the lead, the other
 * coordinates; without such a line a named agency leads and a group coordinates. A value
 * found only after OCR repair, or across wrapped lines, is marked guessed so that the
 * preview asks for a check.
 */
final class FrameworkCells {

	private static final List<Entry> PARTIES = parties();

	private static final List<Entry> PRODUCTS = entries(false, "Văn bản", "Công văn", "Kế hoạch", "Báo cáo",
			"Quyết định", "Giấy mời", "Thông báo", "Biên bản", "Đề án", "Danh mục", "Biểu mẫu", "Hội nghị", "Giáo án",
			"Bài giảng", "Lớp tập huấn", "Lớp đào tạo", "Lớp bồi dưỡng", "Hướng dẫn");

	private static final List<Entry> DEADLINE_PHRASES = entries(false, "Thường xuyên", "Sau khi", "Khi có",
			"Theo lộ trình", "Theo kế hoạch", "Hằng năm", "Hàng năm", "Định kỳ");

	/** Conditions whose wording goes on after them ("Sau khi … công bố chỉ số"). */
	private static final Set<String> CONDITIONS = Set.of("Sau khi", "Khi có", "Theo lộ trình", "Theo kế hoạch");

	private static final Pattern YEAR = Pattern.compile("20\\d\\d");

	/** A quarter numeral glued to its year by OCR ("112024" for "I/2024"). */
	private static final Pattern GLUED_YEAR = Pattern.compile("[ivxl1|]{1,4}(?:-[ivxl1|]{1,4})?/?20\\d\\d");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\d{1,2}/20\\d\\d");

	private static final Pattern QUARTER_PART = Pattern.compile(
			"[ivxl|1]{1,4}(?:/20\\d\\d)?|[ivxl|1]{1,4}-[ivxl|1]{1,4}(?:/20\\d\\d)?|20\\d\\d|nam|nim|ndm|\\d/20\\d\\d");

	/**
	 * A word this far left in a full line belongs to the target, task or activity text.
	 */
	private static final double LEFT_COLUMNS = 0.3;

	private final OcrText text;

	FrameworkCells(List<String> lines) {
		this.text = new OcrText(lines);
	}

	/** What was read of a row's cells; {@code guessed} names the fields to check. */
	record Cells(List<String> leads, List<String> coordinating, List<String> products, String deadline,
			Set<String> guessed) {

		boolean isEmpty() {
			return this.leads.isEmpty() && this.coordinating.isEmpty() && this.products.isEmpty()
					&& this.deadline == null;
		}

	}

	/**
	 * The cells printed in lines [from, to) (0-based) for the activity whose number sits
	 * at ({@code activityLine}, {@code activityWord}); its own words right after the
	 * number are its text, not a cell.
	 */
	Cells read(int from, int to, int activityLine, int planYear) {
		Set<String> guessed = new LinkedHashSet<>();
		List<Found> parties = spot(PARTIES, from, to, activityLine);
		List<String> leads = new ArrayList<>();
		List<String> coordinating = new ArrayList<>();
		for (Found party : parties) {
			boolean lead = isLead(party, parties);
			List<String> column = lead ? leads : coordinating;
			if (!column.contains(party.entry().name())) {
				column.add(party.entry().name());
				if (party.hit().cost() > 0 || party.hit().wrapped()) {
					guessed.add(lead ? "lead" : "coordinating");
				}
			}
		}
		List<String> products = new ArrayList<>();
		for (Found product : products(from, to, activityLine)) {
			if (!products.contains(product.entry().name())) {
				products.add(product.entry().name());
				// A document kind may be the activity's own words: always checked.
				guessed.add("products");
			}
		}
		String deadline = deadline(from, to, activityLine, planYear, guessed);
		return new Cells(leads, coordinating, products, deadline, guessed);
	}

	/**
	 * A lead when it is printed left of another party on some line, or, printed on no
	 * line with another, when it is a named agency.
	 */
	private static boolean isLead(Found party, List<Found> all) {
		boolean leftOfAnother = false;
		boolean rightOfAnother = false;
		for (Found other : all) {
			if (other == party) {
				continue;
			}
			for (int[] part : party.hit().parts()) {
				int otherWord = other.hit().wordOn(part[0]);
				if (otherWord >= 0) {
					leftOfAnother |= part[1] < otherWord;
					rightOfAnother |= part[1] > otherWord;
				}
			}
		}
		if (leftOfAnother != rightOfAnother) {
			return leftOfAnother;
		}
		return !party.entry().group();
	}

	private List<Found> spot(List<Entry> vocabulary, int from, int to, int activityLine) {
		List<Found> found = new ArrayList<>();
		for (Entry entry : vocabulary) {
			for (String[] phrase : entry.phrases()) {
				for (OcrText.Hit hit : this.text.find(phrase, from, to)) {
					if (inCellColumns(hit, activityLine) && startsCell(hit, entry.group())) {
						found.add(new Found(entry, hit, phrase.length));
					}
				}
			}
		}
		// Longest first ("Văn phòng UBND tỉnh" wins over a group's words), but each OCR
		// repair and each wrapped part counts against a longer phrase.
		found.sort(Comparator.comparingDouble(Found::score).reversed());
		List<Found> kept = new ArrayList<>();
		for (Found candidate : found) {
			if (kept.stream().noneMatch((k) -> k.hit().overlaps(candidate.hit()))) {
				kept.add(candidate);
			}
		}
		kept.sort(Comparator.comparingInt((Found f) -> f.hit().line()).thenComparingInt((f) -> f.hit().word()));
		return kept;
	}

	/**
	 * Cells sit right of the target, task and activity columns: a hit far left in a full
	 * line, or among the first words after the activity's number, is not a cell.
	 */
	private boolean inCellColumns(OcrText.Hit hit, int activityLine) {
		OcrText.Line line = this.text.lines.get(hit.line());
		OcrText.Word first = line.words().get(hit.word());
		if (line.words().size() >= 6 && first.position() < LEFT_COLUMNS) {
			return false;
		}
		if (hit.line() == activityLine) {
			int number = activityNumberWord(line);
			return number < 0 || hit.word() > number + 3;
		}
		return true;
	}

	/**
	 * A cell starts with a capital ("Sở Nội vụ", "Các cơ quan…", "Năm 2024"); a group may
	 * also follow another party in its cell after a comma or semicolon ("…, các cơ quan
	 * liên quan"). Lower-case words are running text (target, task or activity).
	 */
	private boolean startsCell(OcrText.Hit hit, boolean group) {
		OcrText.Line line = this.text.lines.get(hit.line());
		OcrText.Word first = line.words().get(hit.word());
		if (first.capitalised()) {
			return true;
		}
		if (!group) {
			return false;
		}
		String before = line.text().substring(0, first.start()).stripTrailing();
		return before.endsWith(",") || before.endsWith(";");
	}

	private static int activityNumberWord(OcrText.Line line) {
		for (int w = 0; w < line.words().size(); w++) {
			if (line.words().get(w).raw().matches("3[.,:\\-]?\\d{1,2}")) {
				return w;
			}
		}
		return -1;
	}

	/**
	 * Document kinds written as a cell: capitalised ("Công văn"), never "Theo Kế hoạch …"
	 * (a deadline). Lower-case kinds are left out: in these lines they are mostly the
	 * activity's own words ("ban hành kế hoạch").
	 */
	private List<Found> products(int from, int to, int activityLine) {
		List<Found> products = new ArrayList<>();
		for (Found found : spot(PRODUCTS, from, to, activityLine)) {
			OcrText.Line line = this.text.lines.get(found.hit().line());
			OcrText.Word before = (found.hit().word() > 0) ? line.words().get(found.hit().word() - 1) : null;
			if (before == null || !before.key().equals("theo")) {
				products.add(found);
			}
		}
		return products;
	}

	/** The first deadline phrase of the band that {@link Deadline#parse} understands. */
	private String deadline(int from, int to, int activityLine, int planYear, Set<String> guessed) {
		List<Candidate> candidates = new ArrayList<>();
		for (Found found : spot(DEADLINE_PHRASES, from, to, activityLine)) {
			// "Thường xuyên" wraps in a narrow column; the other phrases are read on one
			// line, as written ("Theo dự toán" on the next line is the budget column).
			boolean continuous = found.entry().name().equals("Thường xuyên");
			if (continuous || (!found.hit().wrapped() && found.hit().cost() <= 0.5)) {
				candidates.add(new Candidate(found.hit(), wordingFrom(found),
						found.hit().cost() > 0 || found.hit().wrapped()));
			}
		}
		for (int l = Math.max(0, from); l < Math.min(to, this.text.lines.size()); l++) {
			List<OcrText.Word> words = this.text.lines.get(l).words();
			for (int w = 0; w < words.size(); w++) {
				String key = words.get(w).key();
				if (YEAR.matcher(key).matches()) {
					for (OcrText.Hit hit : this.text.find(new String[] { "nam", key }, Math.max(from, l - 2), l + 1)) {
						if (hit.endLine() == l && hit.endWord() == w && startsCell(hit, false)) {
							candidates.add(new Candidate(hit, "Năm " + key, hit.cost() > 0 || hit.wrapped()));
						}
					}
				}
				if (MONTH_YEAR.matcher(key).matches()) {
					for (OcrText.Hit hit : this.text.find(new String[] { "thang", key }, Math.max(from, l - 2),
							l + 1)) {
						if (hit.endLine() == l && hit.endWord() == w && startsCell(hit, false)) {
							candidates.add(new Candidate(hit, "Tháng " + key, hit.cost() > 0 || hit.wrapped()));
						}
					}
				}
				if (OcrText.halfEdits(key, "quy") <= 1 && words.get(w).capitalised()) {
					String quarters = quarterWords(l, w);
					if (!quarters.isEmpty()) {
						candidates.add(
								new Candidate(new OcrText.Hit(l, w, l, w, 0, false, List.<int[]>of(new int[] { l, w })),
										"Quý " + quarters, true));
					}
				}
			}
		}
		candidates
			.sort(Comparator.comparingInt((Candidate c) -> c.hit().line()).thenComparingInt((c) -> c.hit().word()));
		for (Candidate candidate : candidates) {
			if (!inCellColumns(candidate.hit(), activityLine)) {
				continue;
			}
			Deadline parsed = Deadline.parse(candidate.wording(), planYear);
			if (parsed.kind() != DeadlineKind.UNKNOWN) {
				if (candidate.repaired() || parsed.isLowConfidence()) {
					guessed.add("deadline");
				}
				return candidate.wording();
			}
		}
		return null;
	}

	/**
	 * A condition's wording: its words and the rest of its line's cell, up to 6 words.
	 */
	private String wordingFrom(Found found) {
		StringBuilder wording = new StringBuilder(found.entry().name());
		if (!CONDITIONS.contains(found.entry().name())) {
			return wording.toString();
		}
		List<OcrText.Word> words = this.text.lines.get(found.hit().endLine()).words();
		for (int w = found.hit().endWord() + 1; w < Math.min(words.size(), found.hit().endWord() + 7); w++) {
			wording.append(' ').append(words.get(w).raw());
		}
		return wording.toString();
	}

	/** The numerals after "Quý", on its line and the next ("Quy 11," / "111/2024"). */
	private String quarterWords(int line, int word) {
		StringBuilder quarters = new StringBuilder();
		List<OcrText.Word> words = this.text.lines.get(line).words();
		int count = 0;
		for (int w = word + 1; w < words.size() && count < 4; w++) {
			String raw = words.get(w).raw();
			if (!QUARTER_PART.matcher(Folded.of(raw)).matches()) {
				break;
			}
			append(quarters, raw);
			count++;
		}
		for (int l = line + 1; l <= line + 3 && l < this.text.lines.size() && count < 4; l++) {
			for (OcrText.Word next : this.text.lines.get(l).words()) {
				String folded = Folded.of(next.raw());
				if (YEAR.matcher(folded).matches() || GLUED_YEAR.matcher(folded).matches()) {
					append(quarters, next.raw());
					return quarters.toString();
				}
			}
		}
		return quarters.toString();
	}

	/** Quarter numerals are a list ("11, 111/2024"); a year or "năm" follows a space. */
	private static void append(StringBuilder quarters, String part) {
		boolean numeral = !Folded.of(part).matches("nam|nim|ndm|20\\d\\d");
		boolean previousNumeral = !quarters.isEmpty() && !Folded.of(lastWord(quarters)).matches("nam|nim|ndm");
		if (!quarters.isEmpty()) {
			quarters.append((numeral && previousNumeral) ? ", " : " ");
		}
		quarters.append(part);
	}

	private static String lastWord(StringBuilder text) {
		String[] words = text.toString().split("[ ,]+");
		return words[words.length - 1];
	}

	private record Entry(String name, boolean group, List<String[]> phrases) {

	}

	private record Found(Entry entry, OcrText.Hit hit, int length) {

		double score() {
			return this.length - 1.5 * this.hit.cost() - 0.5 * (this.hit.parts().size() - 1);
		}

	}

	private record Candidate(OcrText.Hit hit, String wording, boolean repaired) {

	}

	private static List<Entry> entries(boolean group, String... names) {
		List<Entry> entries = new ArrayList<>();
		for (String name : names) {
			entries.add(new Entry(name, group, List.<String[]>of(OcrText.keys(name))));
		}
		return entries;
	}

	private static List<Entry> parties() {
		List<Entry> entries = new ArrayList<>();
		for (String line : resource("/importing/provincial-agencies.txt").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] names = line.strip().split("\\|");
			List<String[]> phrases = new ArrayList<>();
			for (String name : names) {
				phrases.add(OcrText.keys(name));
			}
			entries.add(new Entry(names[0], false, phrases));
		}
		for (AgencyDirectory.Group group : AgencyDirectory.standardGroups()) {
			List<String[]> phrases = new ArrayList<>();
			phrases.add(OcrText.keys(group.name()));
			group.phrases().forEach((phrase) -> phrases.add(OcrText.keys(phrase)));
			entries.add(new Entry(group.name(), true, phrases));
		}
		return List.copyOf(entries);
	}

	private static String resource(String name) {
		try (InputStream in = FrameworkCells.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
