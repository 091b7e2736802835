package vn.cchc.portal.agencies;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.cchc.portal.agencies.ImportPreview.Line;
import vn.cchc.portal.agencies.ImportPreview.Outcome;

/**
 * Checks every row of an agency file against the rules and the agencies already recorded,
 * and says what importing it would do. Pure: it reads nothing and writes nothing, so the
 * preview and the commit run the same checks.
 */
final class AgencyImportCheck {

	// The column sizes of the agency and agency_alias tables.
	static final int MAX_CODE = 40;

	static final int MAX_NAME = 300;

	static final int MAX_SHORT_NAME = 120;

	static final int MAX_ALIAS = 300;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** dd/MM/yyyy, also without leading zeros (1/3/2025) as people type it. */
	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** An agency already recorded, as far as import compares it. */
	record Known(long id, String code, String name, String shortName, AgencyKind kind, String parentCode,
			Set<String> aliases, LocalDate validFrom, LocalDate validTo) {
	}

	private final Map<String, Known> byCode;

	private final Map<String, Known> byFoldedCode;

	private final Map<String, List<Integer>> linesByFoldedCode;

	private final Set<String> fileCodes;

	/** Every code's parent code once the file is imported: the recorded tree overlaid. */
	private final Map<String, String> parents = new HashMap<>();

	private AgencyImportCheck(AgencyFile file, Collection<Known> known) {
		this.byCode = known.stream().collect(Collectors.toMap(Known::code, Function.identity()));
		this.byFoldedCode = known.stream()
			.collect(Collectors.toMap((agency) -> folded(agency.code()), Function.identity(), (a, b) -> a));
		this.linesByFoldedCode = file.rows()
			.stream()
			.filter((row) -> !row.code().isEmpty())
			.collect(Collectors.groupingBy((row) -> folded(row.code()), LinkedHashMap::new,
					Collectors.mapping(AgencyFile.Row::line, Collectors.toList())));
		this.fileCodes = file.rows().stream().map(AgencyFile.Row::code).collect(Collectors.toSet());
		known.stream()
			.filter((agency) -> agency.parentCode() != null)
			.forEach((agency) -> this.parents.put(agency.code(), agency.parentCode()));
		file.rows()
			.stream()
			.filter((row) -> !row.code().isEmpty() && !row.parentCode().isEmpty())
			.forEach((row) -> this.parents.put(row.code(), row.parentCode()));
	}

	static ImportPreview check(AgencyFile file, Collection<Known> known) {
		AgencyImportCheck check = new AgencyImportCheck(file, known);
		List<Line> lines = file.rows().stream().map(check::line).toList();
		return new ImportPreview(file.fileName(), lines, file.ignoredColumns());
	}

	private Line line(AgencyFile.Row row) {
		List<ImportMessage> errors = new ArrayList<>();
		String code = row.code();
		if (code.isEmpty()) {
			errors.add(ImportMessage.of("error.codeMissing"));
		}
		else if (code.length() > MAX_CODE) {
			errors.add(ImportMessage.of("error.codeTooLong", MAX_CODE));
		}
		if (row.name().isEmpty()) {
			errors.add(ImportMessage.of("error.nameMissing"));
		}
		else if (row.name().length() > MAX_NAME) {
			errors.add(ImportMessage.of("error.nameTooLong", MAX_NAME));
		}
		if (row.shortName().length() > MAX_SHORT_NAME) {
			errors.add(ImportMessage.of("error.shortNameTooLong", MAX_SHORT_NAME));
		}
		AgencyKind kind = null;
		if (row.kind().isEmpty()) {
			errors.add(ImportMessage.of("error.kindMissing"));
		}
		else {
			kind = AgencyKindNames.parse(row.kind()).orElse(null);
			if (kind == null) {
				errors.add(ImportMessage.of("error.kindUnknown", row.kind()));
			}
		}
		LocalDate validFrom = date(row.validFrom(), "error.validFromBad", errors);
		// A file names the last day an agency exists, as the pages show it ("Đến
		// 30/06/2025");
		// the agency stores the first day it no longer does.
		LocalDate lastDay = date(row.validTo(), "error.validToBad", errors);
		if (validFrom != null && lastDay != null && !lastDay.isAfter(validFrom)) {
			errors.add(ImportMessage.of("error.validToNotAfterFrom"));
		}
		LocalDate validTo = (lastDay != null) ? lastDay.plusDays(1) : null;
		List<String> aliases = Arrays.stream(row.aliases().split("\\|"))
			.map(String::strip)
			.filter((alias) -> !alias.isEmpty())
			.distinct()
			.toList();
		if (aliases.stream().anyMatch((alias) -> alias.length() > MAX_ALIAS)) {
			errors.add(ImportMessage.of("error.aliasTooLong", MAX_ALIAS));
		}
		Known existing = code.isEmpty() ? null : this.byCode.get(code);
		if (!code.isEmpty()) {
			checkCode(row, existing, errors);
			checkParent(row, errors);
		}
		if (!errors.isEmpty()) {
			return new Line(row.line(), code, row.name(), row.shortName(), kind, row.kind(), row.parentCode(),
					validFrom, validTo, aliases, Outcome.ERROR, null, errors, List.of(), List.of());
		}
		if (existing == null) {
			return new Line(row.line(), code, row.name(), row.shortName(), kind, row.kind(), row.parentCode(),
					validFrom, validTo, aliases, Outcome.NEW, null, List.of(), List.of(), List.of());
		}
		return update(row, existing, kind, validFrom, validTo, aliases);
	}

	private void checkCode(AgencyFile.Row row, Known existing, List<ImportMessage> errors) {
		List<Integer> others = this.linesByFoldedCode.get(folded(row.code()))
			.stream()
			.filter((line) -> line != row.line())
			.toList();
		if (!others.isEmpty()) {
			errors.add(ImportMessage.of("error.duplicateCode", row.code(),
					others.stream().map(String::valueOf).collect(Collectors.joining(", "))));
		}
		Known sameButCase = this.byFoldedCode.get(folded(row.code()));
		if (existing == null && sameButCase != null) {
			// "snv" for "SNV" is almost always a typo, never a second agency.
			errors.add(ImportMessage.of("error.codeCase", row.code(), sameButCase.code()));
		}
	}

	private void checkParent(AgencyFile.Row row, List<ImportMessage> errors) {
		String parent = row.parentCode();
		if (parent.isEmpty()) {
			return;
		}
		if (parent.equals(row.code())) {
			errors.add(ImportMessage.of("error.ownParent"));
		}
		else if (!this.fileCodes.contains(parent) && !this.byCode.containsKey(parent)) {
			errors.add(ImportMessage.of("error.parentUnknown", parent));
		}
		else {
			List<String> path = new ArrayList<>(List.of(row.code()));
			Set<String> seen = new HashSet<>(path);
			String current = parent;
			while (current != null && seen.add(current)) {
				path.add(current);
				current = this.parents.get(current);
			}
			if (row.code().equals(current)) {
				path.add(current);
				errors.add(ImportMessage.of("error.parentCycle", String.join(" → ", path)));
			}
		}
	}

	/**
	 * A known code: import only fills in the short name, moves the agency under a new
	 * parent and adds aliases. Names, kinds and dates carry history (renames, merges), so
	 * they change through the reorganisation forms; a difference is pointed out, not
	 * applied. An empty cell leaves the recorded value.
	 */
	private Line update(AgencyFile.Row row, Known existing, AgencyKind kind, LocalDate validFrom, LocalDate validTo,
			List<String> aliases) {
		List<ImportMessage> notices = new ArrayList<>();
		if (!row.name().equals(existing.name())) {
			notices.add(ImportMessage.of("notice.nameKept", existing.name()));
		}
		if (kind != existing.kind()) {
			notices.add(ImportMessage.of("notice.kindKept"));
		}
		if ((validFrom != null && !validFrom.equals(existing.validFrom()))
				|| (validTo != null && !validTo.equals(existing.validTo()))) {
			notices.add(ImportMessage.of("notice.validityKept"));
		}
		List<ImportMessage> changes = new ArrayList<>();
		if (!row.shortName().isEmpty() && !row.shortName().equals(existing.shortName())) {
			changes.add(ImportMessage.of("change.shortName", Objects.requireNonNullElse(existing.shortName(), "—"),
					row.shortName()));
		}
		if (!row.parentCode().isEmpty() && !row.parentCode().equals(existing.parentCode())) {
			changes.add(ImportMessage.of("change.parent", Objects.requireNonNullElse(existing.parentCode(), "—"),
					row.parentCode()));
		}
		List<String> newAliases = aliases.stream()
			.filter((alias) -> !existing.aliases().contains(alias) && !alias.equals(existing.name()))
			.toList();
		if (!newAliases.isEmpty()) {
			changes.add(ImportMessage.of("change.aliases", String.join(" | ", newAliases)));
		}
		return new Line(row.line(), row.code(), row.name(), row.shortName(), kind, row.kind(), row.parentCode(),
				validFrom, validTo, newAliases, changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE, existing.id(),
				List.of(), List.copyOf(notices), List.copyOf(changes));
	}

	private static LocalDate date(String text, String errorKey, List<ImportMessage> errors) {
		if (text.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, ISO)) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// Try the next format.
			}
		}
		errors.add(ImportMessage.of(errorKey, (Serializable) text));
		return null;
	}

	private static String folded(String code) {
		return code.toUpperCase(Locale.ROOT);
	}

}
