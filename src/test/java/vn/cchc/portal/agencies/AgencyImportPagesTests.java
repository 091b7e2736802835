package vn.cchc.portal.agencies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing agencies over real HTTP, on the test PostgreSQL. Files use codes starting
 * with T-IMP- and dates from 2031, so the demo data other tests read stay as they are.
 */
@PortalWebTest
class AgencyImportPagesTests {

	private static final String PAGE = "/admin/agencies/import";

	private static final String HEADER = "\uFEFFMã;Tên;Tên ngắn;Loại;Mã cơ quan cấp trên;Hiệu lực từ;Hiệu lực đến;Tên khác\n";

	@LocalServerPort
	int port;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AgencyReorganisation reorganisation;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void previewWritesNothingAndCommitWritesEveryRowWithItsEstablishEvent() {
		long existing = existingAgency("T-IMP-OLD");
		Browser admin = Browser.signedIn(this.port, "admin");
		// The unit comes before its parent department, which the same file creates.
		String csv = HEADER + "T-IMP-UNIT;Phòng Thử nhập;;Phòng, đơn vị trực thuộc;T-IMP-DEPT;01/01/2031;;\n"
				+ "T-IMP-DEPT;Sở Thử nhập;Sở TN;so, ban, nganh;UBND-TINH;2031-01-01;;Sở Thử|Sở TN tỉnh\n"
				+ "T-IMP-OLD;Cơ quan cũ T-IMP-OLD;CQC;DEPARTMENT;;;;Cơ quan cũ\n";
		long before = this.agencies.count();

		String previewUrl = upload(admin, "co-quan.csv", csv);
		String preview = HtmlUtils.htmlUnescape(admin.get(previewUrl).body());
		assertThat(preview).contains("Tệp có 3 dòng dữ liệu: 2 mới, 1 cập nhật, 0 không thay đổi, 0 lỗi.",
				"Phòng Thử nhập", "Sở Thử nhập", "Tên ngắn: — → CQC", "Thêm tên khác: Cơ quan cũ", "Nhập vào hệ thống");
		assertThat(this.agencies.count()).isEqualTo(before);
		assertThat(this.agencies.findByCode("T-IMP-DEPT")).isEmpty();

		HttpResponse<String> committed = admin.submit(previewUrl, previewUrl, Map.of("decision", "QĐ 99/QĐ-UBND"));
		assertThat(committed.statusCode()).as(committed.body()).isEqualTo(302);
		assertThat(admin.get(location(committed)).body())
			.contains("Đã nhập tệp co-quan.csv: 2 cơ quan mới, 1 cơ quan được cập nhật, 0 không thay đổi.");

		Agency department = this.agencies.findWithNames(idOf("T-IMP-DEPT")).orElseThrow();
		assertThat(department.getParentId()).isEqualTo(idOf("UBND-TINH"));
		assertThat(department.getKind()).isEqualTo(AgencyKind.DEPARTMENT);
		assertThat(department.getValidFrom()).isEqualTo(LocalDate.of(2031, 1, 1));
		assertThat(department.getAliases()).containsExactlyInAnyOrder("Sở Thử", "Sở TN tỉnh");
		Agency unit = this.agencies.findByCode("T-IMP-UNIT").orElseThrow();
		assertThat(unit.getParentId()).isEqualTo(department.getId());
		assertThat(unit.getKind()).isEqualTo(AgencyKind.INTERNAL_UNIT);
		Agency updated = this.agencies.findWithNames(existing).orElseThrow();
		assertThat(updated.getShortName()).isEqualTo("CQC");
		assertThat(updated.getAliases()).contains("Cơ quan cũ");

		// One ESTABLISH event for the day both begin, recorded by the administrator.
		List<Map<String, Object>> events = this.jdbc.queryForList("""
				select e.type, e.effective_date, e.decision, e.recorded_by, e.note from agency_event e
				join agency_event_party p on p.event_id = e.id where p.agency_id in (?, ?)""", department.getId(),
				unit.getId());
		assertThat(events).hasSize(2).allSatisfy((event) -> {
			assertThat(event).containsEntry("type", "ESTABLISH")
				.containsEntry("decision", "QĐ 99/QĐ-UBND")
				.containsEntry("recorded_by", "admin")
				.containsEntry("note", "Nhập từ tệp danh sách cơ quan: co-quan.csv");
			assertThat(event.get("effective_date").toString()).isEqualTo("2031-01-01");
		});

		// The same preview cannot be imported twice.
		HttpResponse<String> again = admin.post(previewUrl, Map.of("decision", ""), admin.csrfTokenOf(PAGE));
		assertThat(location(again)).isEqualTo(PAGE);
		assertThat(HtmlUtils.htmlUnescape(admin.get(PAGE).body())).contains("Bản xem trước này không còn");
	}

	@Test
	void excelWithVietnameseHeadersAndDateCellsIsPreviewed() throws IOException {
		byte[] workbook;
		try (XSSFWorkbook excel = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = excel.createSheet();
			CellStyle date = excel.createCellStyle();
			date.setDataFormat(excel.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			List.of("Mã", "Tên", "Loại", "Hiệu lực từ")
				.forEach((title) -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(title));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("T-IMP-XA");
			row.createCell(1).setCellValue("Ủy ban nhân dân xã Thử");
			row.createCell(2).setCellValue("UBND cấp xã");
			row.createCell(3).setCellValue(LocalDate.of(2031, 7, 1));
			row.getCell(3).setCellStyle(date);
			excel.write(out);
			workbook = out.toByteArray();
		}
		Browser admin = Browser.signedIn(this.port, "admin");
		HttpResponse<String> uploaded = admin.upload(PAGE, "file", "xa.xlsx", workbook, Map.of(),
				admin.csrfTokenOf(PAGE));
		String preview = HtmlUtils.htmlUnescape(admin.get(location(uploaded)).body());
		assertThat(preview).contains("Ủy ban nhân dân xã Thử", "UBND cấp xã", "Từ 01/07/2031", "1 mới");
	}

	@Test
	void everyBadRowIsExplainedWithItsLineAndNothingCanBeCommitted() {
		Browser admin = Browser.signedIn(this.port, "admin");
		String csv = HEADER + "T-IMP-E1;Sở Lỗi;;DEPARTMENT;;;;\n" + "T-IMP-E2;;;DEPARTMENT;;;;\n"
				+ "T-IMP-E3;Sở Lỗi 3;;Bộ;;;;\n" + "T-IMP-E4;Sở Lỗi 4;;DEPARTMENT;KHONG-CO;;;\n"
				+ "T-IMP-E1;Sở Lỗi 5;;DEPARTMENT;;31/02/2031;;\n"
				+ "T-IMP-E6;Sở Lỗi 6;;DEPARTMENT;;01/01/2032;01/01/2031;\n";
		String previewUrl = upload(admin, "loi.csv", csv);
		String preview = HtmlUtils.htmlUnescape(admin.get(previewUrl).body());
		assertThat(preview).contains("Tệp có 6 dòng lỗi", "Dòng 2: Mã T-IMP-E1 lặp lại ở dòng 6.", "Dòng 3: Thiếu tên.",
				"Dòng 4: Không có loại cơ quan “Bộ”",
				"Dòng 5: Không có cơ quan cấp trên mã KHONG-CO, cả trong hệ thống lẫn trong tệp.",
				"Dòng 6: Hiệu lực từ “31/02/2031” không phải ngày hợp lệ", "Dòng 7: Hiệu lực đến phải sau Hiệu lực từ.")
			.doesNotContain("Nhập vào hệ thống", "name=\"decision\"");
		// Posting the commit anyway checks the file again and saves nothing.
		HttpResponse<String> forced = admin.post(previewUrl, Map.of("decision", ""), admin.csrfTokenOf(PAGE));
		assertThat(forced.statusCode()).isEqualTo(200);
		assertThat(this.agencies.findByCode("T-IMP-E1")).isEmpty();
		assertThat(this.agencies.findByCode("T-IMP-E6")).isEmpty();
	}

	@Test
	void aFailureWhileWritingTheLastRowSavesNoRowAtAll() {
		Browser admin = Browser.signedIn(this.port, "admin");
		String csv = HEADER + "T-IMP-AON-1;Sở Một;;DEPARTMENT;;01/01/2031;;Một\n"
				+ "T-IMP-AON-2;Phòng Hai;;INTERNAL_UNIT;T-IMP-AON-1;01/01/2031;;\n"
				+ "T-IMP-AON-3;Sở Ba;;DEPARTMENT;;01/01/2031;;\n";
		String previewUrl = upload(admin, "tat-ca-hoac-khong.csv", csv);
		// The database refuses the last row only, as it might refuse a row another
		// administrator saved meanwhile.
		this.jdbc.execute("alter table agency add constraint t_import_refuses_last check (code <> 'T-IMP-AON-3')");
		try {
			HttpResponse<String> failed = admin.submit(previewUrl, previewUrl, Map.of("decision", "QĐ 1"));
			assertThat(failed.statusCode()).isEqualTo(200);
			assertThat(HtmlUtils.htmlUnescape(failed.body())).contains("Không dòng nào được lưu");
		}
		finally {
			this.jdbc.execute("alter table agency drop constraint t_import_refuses_last");
		}
		assertThat(this.agencies.findByCode("T-IMP-AON-1")).isEmpty();
		assertThat(this.agencies.findByCode("T-IMP-AON-2")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from agency_event where note like ?", Long.class,
				"%tat-ca-hoac-khong.csv"))
			.isZero();

		// The preview is still there: once the obstacle is gone, the same file imports.
		assertThat(admin.submit(previewUrl, previewUrl, Map.of("decision", "QĐ 1")).statusCode()).isEqualTo(302);
		assertThat(this.agencies.findByCode("T-IMP-AON-3")).isPresent();
	}

	@Test
	void filesAreCheckedBySizeAndContent() {
		Browser admin = Browser.signedIn(this.port, "admin");
		String page = admin.get(PAGE).body();
		assertThat(page).contains("enctype=\"multipart/form-data\"", "action=\"/admin/agencies/import\"");
		String token = admin.csrfTokenOf(PAGE);

		assertThat(admin.upload(PAGE, "file", "lon.csv", new byte[5 * 1024 * 1024 / 2], Map.of(), token).body())
			.contains("Tệp lớn hơn 2 MB");
		HttpResponse<String> tooLarge = admin.upload(PAGE, "file", "lon.csv", new byte[11 * 1024 * 1024], Map.of(),
				token);
		assertThat(tooLarge.statusCode()).isEqualTo(303);
		assertThat(location(tooLarge)).isEqualTo(PAGE + "?upload=too-large");
		assertThat(admin.get(location(tooLarge)).body()).contains("Tệp lớn hơn 2 MB").doesNotContain("Exception");

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(HtmlUtils.htmlUnescape(admin.upload(PAGE, "file", "anh.csv", png, Map.of(), token).body()))
			.contains("Tệp .csv phải là văn bản UTF-8");
		assertThat(HtmlUtils.htmlUnescape(admin
			.upload(PAGE, "file", "co-quan.xlsx", "Mã;Tên;Loại\n".getBytes(StandardCharsets.UTF_8), Map.of(), token)
			.body())).contains("Tệp có đuôi .xlsx nhưng nội dung không phải bảng tính Excel");
		assertThat(HtmlUtils.htmlUnescape(admin.upload(PAGE, "file", "", new byte[0], Map.of(), token).body()))
			.contains("Chọn một tệp .csv hoặc .xlsx");
	}

	@Test
	void anUnknownOrStalePreviewIsExplained() {
		Browser admin = Browser.signedIn(this.port, "admin");
		HttpResponse<String> unknown = admin.get(PAGE + "/khong-co");
		assertThat(location(unknown)).isEqualTo(PAGE);
		assertThat(HtmlUtils.htmlUnescape(admin.get(PAGE).body())).contains("Bản xem trước này không còn");

		String first = upload(admin, "mot.csv", HEADER + "T-IMP-S1;Sở S1;;DEPARTMENT;;01/01/2031;;\n");
		upload(admin, "hai.csv", HEADER + "T-IMP-S2;Sở S2;;DEPARTMENT;;01/01/2031;;\n");
		// A newer upload replaces the older preview.
		HttpResponse<String> stale = admin.post(first, Map.of("decision", ""), admin.csrfTokenOf(PAGE));
		assertThat(location(stale)).isEqualTo(PAGE);
		assertThat(this.agencies.findByCode("T-IMP-S1")).isEmpty();
	}

	@Test
	void onlyAdministratorsImportAndOnlyWithTheCsrfToken() {
		String csv = HEADER + "T-IMP-FORGED;Sở Giả;;DEPARTMENT;;01/01/2031;;\n";
		Browser officer = Browser.signedIn(this.port, "officer");
		assertThat(officer.get(PAGE).statusCode()).isEqualTo(403);
		assertThat(officer.get(PAGE + "/template.csv").statusCode()).isEqualTo(403);
		assertThat(officer
			.upload(PAGE, "file", "a.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of(),
					officer.csrfTokenOf("/agencies"))
			.statusCode()).isEqualTo(403);
		assertThat(officer.get("/agencies").body()).doesNotContain(PAGE);

		Browser admin = Browser.signedIn(this.port, "admin");
		assertThat(admin.get("/agencies").body()).contains("href=\"" + PAGE + "\"");
		assertThat(
				admin.upload(PAGE, "file", "a.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of(), null).statusCode())
			.isEqualTo(403);
		assertThat(this.agencies.findByCode("T-IMP-FORGED")).isEmpty();
	}

	@Test
	void theTemplateIsAFileTheImportReads() {
		HttpResponse<String> template = Browser.signedIn(this.port, "admin").get(PAGE + "/template.csv");
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		AgencyFile file = AgencyFileReader.read("mau.csv", template.body().getBytes(StandardCharsets.UTF_8));
		assertThat(file.rows()).hasSize(2);
		assertThat(file.ignoredColumns()).isEmpty();
		assertThat(AgencyImportCheck
			.check(file,
					List.of(new AgencyImportCheck.Known(1, "UBND-TINH", "UBND tỉnh", null,
							AgencyKind.PROVINCE_COMMITTEE, null, java.util.Set.of(), null, null)))
			.hasErrors()).isFalse();
	}

	private String upload(Browser admin, String fileName, String csv) {
		HttpResponse<String> uploaded = admin.upload(PAGE, "file", fileName, csv.getBytes(StandardCharsets.UTF_8),
				Map.of(), admin.csrfTokenOf(PAGE));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		return location(uploaded);
	}

	private long existingAgency(String code) {
		return this.agencies.findByCode(code).map(Agency::getId).orElseGet(() -> {
			this.reorganisation.establish(new NewAgency(code, "Cơ quan cũ " + code, null, AgencyKind.DEPARTMENT, null),
					LocalDate.of(2031, 1, 1), null, "test");
			return idOf(code);
		});
	}

	private long idOf(String code) {
		return this.agencies.findByCode(code).orElseThrow().getId();
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

}
