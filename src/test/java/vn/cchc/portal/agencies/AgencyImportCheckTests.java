package vn.cchc.portal.agencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.cchc.portal.agencies.AgencyImportCheck.Known;
import vn.cchc.portal.agencies.ImportPreview.Line;
import vn.cchc.portal.agencies.ImportPreview.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a file must follow, each reported on the row (as Excel numbers it) that
 * breaks it. Plain unit tests against a few known agencies.
 */
class AgencyImportCheckTests {

	private static final List<Known> KNOWN = List.of(
			new Known(1, "UBND-TINH", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh", AgencyKind.PROVINCE_COMMITTEE,
					null, Set.of(), null, null),
			new Known(2, "SNV", "Sở Nội vụ", "SNV", AgencyKind.DEPARTMENT, "UBND-TINH", Set.of("Sở Nội vụ tỉnh"), null,
					null),
			new Known(3, "STP", "Sở Tư pháp", "STP", AgencyKind.DEPARTMENT, "UBND-TINH", Set.of(), null, null));

	@Test
	void newAgenciesWithVietnameseKindsAndBothDateFormats() {
		ImportPreview preview = check(
				row(2, "SNV-CCHC", "Phòng Cải cách hành chính", "Phòng CCHC", "phong, don vi truc thuoc", "SNV",
						"01/03/2025", "", "Phòng CCHC | Phòng CCHC Sở Nội vụ | "),
				row(3, "XA-AN-PHU", "Ủy ban nhân dân xã An Phú", "", "Ủy ban nhân dân cấp xã", "", "2025-07-01",
						"1/7/2030", ""),
				row(4, "CA-MOI", "Công an tỉnh", "", "CENTRAL_AGENCY", "", "", "", ""),
				row(5, "DVSN", "Trung tâm", "", "Public service unit", "", "", "", ""));

		assertThat(preview.hasErrors()).isFalse();
		assertThat(preview.lines()).extracting(Line::outcome).containsOnly(Outcome.NEW);
		assertThat(preview.lines()).extracting(Line::kind)
			.containsExactly(AgencyKind.INTERNAL_UNIT, AgencyKind.COMMUNE_COMMITTEE, AgencyKind.CENTRAL_AGENCY,
					AgencyKind.PUBLIC_SERVICE_UNIT);
		Line unit = preview.lines().get(0);
		assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(unit.aliases()).containsExactly("Phòng CCHC", "Phòng CCHC Sở Nội vụ");
		Line commune = preview.lines().get(1);
		assertThat(commune.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		// The file names the last day; the agency stores the day after, when it ends.
		assertThat(commune.validTo()).isEqualTo(LocalDate.of(2030, 7, 2));
	}

	@Test
	void missingCodeNameOrKindAndAnUnknownKind() {
		ImportPreview preview = check(row(2, "", "Sở A", "", "DEPARTMENT", "", "", "", ""),
				row(3, "SA", "", "", "DEPARTMENT", "", "", "", ""), row(4, "SB", "Sở B", "", "", "", "", "", ""),
				row(5, "SC", "Sở C", "", "Bộ", "", "", "", ""));
		assertErrors(preview, 2, "error.codeMissing");
		assertErrors(preview, 3, "error.nameMissing");
		assertErrors(preview, 4, "error.kindMissing");
		assertErrors(preview, 5, "error.kindUnknown");
		assertThat(line(preview, 5).errors().get(0).args()).containsExactly("Bộ");
	}

	@Test
	void parentMustBeKnownOrInTheFileEarlierOrLater() {
		ImportPreview preview = check(row(2, "P-UNIT", "Phòng A", "", "INTERNAL_UNIT", "P-NEW", "", "", ""),
				row(3, "P-NEW", "Sở mới", "", "DEPARTMENT", "UBND-TINH", "", "", ""),
				row(4, "P-LOST", "Phòng B", "", "INTERNAL_UNIT", "KHONG-CO", "", "", ""),
				row(5, "P-SELF", "Phòng C", "", "INTERNAL_UNIT", "P-SELF", "", "", ""));
		assertThat(line(preview, 2).outcome()).isEqualTo(Outcome.NEW);
		assertThat(line(preview, 3).outcome()).isEqualTo(Outcome.NEW);
		assertErrors(preview, 4, "error.parentUnknown");
		assertThat(line(preview, 4).errors().get(0).args()).containsExactly("KHONG-CO");
		assertErrors(preview, 5, "error.ownParent");
	}

	@Test
	void parentsThatLoopAreRefused() {
		ImportPreview preview = check(row(2, "LOOP-A", "A", "", "INTERNAL_UNIT", "LOOP-B", "", "", ""),
				row(3, "LOOP-B", "B", "", "INTERNAL_UNIT", "LOOP-A", "", "", ""),
				// Moving SNV under a new unit of its own closes a loop through the file.
				row(4, "SNV-UNIT", "Phòng", "", "INTERNAL_UNIT", "SNV", "", "", ""),
				row(5, "SNV", "Sở Nội vụ", "", "DEPARTMENT", "SNV-UNIT", "", "", ""));
		assertErrors(preview, 2, "error.parentCycle");
		assertThat(line(preview, 2).errors().get(0).args()).containsExactly("LOOP-A → LOOP-B → LOOP-A");
		assertErrors(preview, 3, "error.parentCycle");
		assertErrors(preview, 4, "error.parentCycle");
		assertErrors(preview, 5, "error.parentCycle");
	}

	@Test
	void aCodeAppearsOnceInAFileWhateverItsCase() {
		ImportPreview preview = check(row(2, "DUP", "A", "", "DEPARTMENT", "", "", "", ""),
				row(3, "OK", "B", "", "DEPARTMENT", "", "", "", ""),
				row(4, "dup", "C", "", "DEPARTMENT", "", "", "", ""),
				row(5, "snv", "Sở Nội vụ", "", "DEPARTMENT", "", "", "", ""));
		assertErrors(preview, 2, "error.duplicateCode");
		assertThat(line(preview, 2).errors().get(0).args()).containsExactly("DUP", "4");
		assertErrors(preview, 4, "error.duplicateCode");
		assertThat(line(preview, 4).errors().get(0).args()).containsExactly("dup", "2");
		assertThat(line(preview, 3).outcome()).isEqualTo(Outcome.NEW);
		assertErrors(preview, 5, "error.codeCase");
	}

	@Test
	void datesMustBeRealAndValidToAfterValidFrom() {
		ImportPreview preview = check(row(2, "D1", "A", "", "DEPARTMENT", "", "31/02/2025", "", ""),
				row(3, "D2", "B", "", "DEPARTMENT", "", "", "2025/07/01", ""),
				row(4, "D3", "C", "", "DEPARTMENT", "", "01/07/2025", "01/07/2025", ""),
				row(5, "D4", "D", "", "DEPARTMENT", "", "2025-07-02", "01/07/2025", ""),
				row(6, "D5", "E", "", "DEPARTMENT", "", "1/7/2025", "2025-07-02", ""));
		assertErrors(preview, 2, "error.validFromBad");
		assertThat(line(preview, 2).errors().get(0).args()).containsExactly("31/02/2025");
		assertErrors(preview, 3, "error.validToBad");
		assertErrors(preview, 4, "error.validToNotAfterFrom");
		assertErrors(preview, 5, "error.validToNotAfterFrom");
		assertThat(line(preview, 6).outcome()).isEqualTo(Outcome.NEW);
	}

	@Test
	void textsLongerThanTheirColumnsAreRefused() {
		ImportPreview preview = check(row(2, "C".repeat(41), "A", "", "DEPARTMENT", "", "", "", ""),
				row(3, "L2", "N".repeat(301), "", "DEPARTMENT", "", "", "", ""),
				row(4, "L3", "A", "S".repeat(121), "DEPARTMENT", "", "", "", ""),
				row(5, "L4", "A", "", "DEPARTMENT", "", "", "", "ngắn|" + "A".repeat(301)),
				row(6, "C".repeat(40), "N".repeat(300), "S".repeat(120), "DEPARTMENT", "", "", "", "A".repeat(300)));
		assertErrors(preview, 2, "error.codeTooLong");
		assertErrors(preview, 3, "error.nameTooLong");
		assertErrors(preview, 4, "error.shortNameTooLong");
		assertErrors(preview, 5, "error.aliasTooLong");
		assertThat(line(preview, 6).outcome()).isEqualTo(Outcome.NEW);
	}

	@Test
	void knownCodesUpdateOnlyShortNameParentAndAliasesAndFlagTheRest() {
		ImportPreview preview = check(
				row(2, "SNV", "Sở Nội vụ và Lao động", "Sở NV", "Sở, ban, ngành", "STP", "", "",
						"Sở Nội vụ tỉnh|SNV QN"),
				row(3, "STP", "Sở Tư pháp", "", "UBND cấp xã", "", "01/01/2020", "", ""),
				row(4, "UBND-TINH", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh", "UBND tỉnh", "", "", "", ""));

		Line snv = line(preview, 2);
		assertThat(snv.outcome()).isEqualTo(Outcome.UPDATE);
		assertThat(snv.agencyId()).isEqualTo(2);
		assertThat(snv.aliases()).containsExactly("SNV QN");
		assertThat(snv.changes()).extracting(ImportMessage::key)
			.containsExactly("agencies.import.change.shortName", "agencies.import.change.parent",
					"agencies.import.change.aliases");
		assertThat(snv.changes().get(1).args()).containsExactly("UBND-TINH", "STP");
		assertThat(snv.notices()).extracting(ImportMessage::key).containsExactly("agencies.import.notice.nameKept");

		Line stp = line(preview, 3);
		assertThat(stp.outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(stp.notices()).extracting(ImportMessage::key)
			.containsExactly("agencies.import.notice.kindKept", "agencies.import.notice.validityKept");
		assertThat(line(preview, 4).outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(line(preview, 4).notices()).isEmpty();
	}

	@Test
	void everyMessageTheImportCanSayExistsInVietnameseAndEnglish() throws IOException {
		Properties vietnamese = load("/i18n/agencies.properties");
		Properties english = load("/i18n/agencies_en.properties");
		List<String> keys = new ArrayList<>();
		Matcher matcher = Pattern.compile("\"((?:error|notice|change|refused)\\.[A-Za-z]+|stale)\"")
			.matcher(source("AgencyImportCheck") + source("AgencyFileReader") + source("AgencyImportController"));
		while (matcher.find()) {
			keys.add("agencies.import." + matcher.group(1));
		}
		assertThat(keys).hasSizeGreaterThan(30);
		assertThat(keys).allSatisfy((key) -> {
			assertThat(vietnamese).containsKey(key);
			assertThat(english).containsKey(key);
		});
		Arrays.stream(ImportPreview.Outcome.values())
			.forEach((outcome) -> assertThat(vietnamese).containsKey("agencies.import.outcome." + outcome));
	}

	private static String source(String type) throws IOException {
		return java.nio.file.Files
			.readString(java.nio.file.Path.of("src/main/java/vn/cchc/portal/agencies/" + type + ".java"));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AgencyImportCheckTests.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static void assertErrors(ImportPreview preview, int line, String key) {
		Line found = line(preview, line);
		assertThat(found.outcome()).as("row %d", line).isEqualTo(Outcome.ERROR);
		assertThat(found.errors()).as("row %d", line)
			.extracting(ImportMessage::key)
			.containsExactly("agencies.import." + key);
	}

	private static Line line(ImportPreview preview, int line) {
		return preview.lines().stream().filter((candidate) -> candidate.line() == line).findFirst().orElseThrow();
	}

	private static ImportPreview check(AgencyFile.Row... rows) {
		return AgencyImportCheck.check(new AgencyFile("test.csv", List.of(rows), List.of()), KNOWN);
	}

	private static AgencyFile.Row row(int line, String code, String name, String shortName, String kind,
			String parentCode, String validFrom, String validTo, String aliases) {
		return new AgencyFile.Row(line, code, name, shortName, kind, parentCode, validFrom, validTo, aliases);
	}

}
