package vn.cchc.portal.agencies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading agency files: CSV and Excel, Vietnamese and English headers, and the files that
 * are refused. Plain unit tests: no database, no Spring.
 */
class AgencyFileReaderTests {

	@Test
	void readsCsvWithBomSemicolonsAndVietnameseHeaders() {
		String csv = "\uFEFFMã;Tên;Tên ngắn;Loại;Mã cơ quan cấp trên;Hiệu lực từ;Hiệu lực đến;Tên khác\r\n"
				+ "SNV;Sở Nội vụ;SNV;Sở, ban, ngành;UBND-TINH;01/03/2025;;Sở Nội vụ tỉnh|SNV tỉnh\r\n" + "\r\n"
				+ "SNV-CCHC;Phòng Cải cách hành chính;;Phòng, đơn vị trực thuộc;SNV;2025-03-01;;\r\n";
		AgencyFile file = AgencyFileReader.read("co-quan.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(file.fileName()).isEqualTo("co-quan.csv");
		assertThat(file.ignoredColumns()).isEmpty();
		// The blank row 3 is skipped but still counted, as Excel numbers rows.
		assertThat(file.rows()).containsExactly(
				new AgencyFile.Row(2, "SNV", "Sở Nội vụ", "SNV", "Sở, ban, ngành", "UBND-TINH", "01/03/2025", "",
						"Sở Nội vụ tỉnh|SNV tỉnh"),
				new AgencyFile.Row(4, "SNV-CCHC", "Phòng Cải cách hành chính", "", "Phòng, đơn vị trực thuộc", "SNV",
						"2025-03-01", "", ""));
	}

	@Test
	void readsCommaCsvWithEnglishHeadersInAnyOrderQuotedCommasAndLineBreaks() {
		String csv = "name,code,kind,STT\n" + "\"Sở Tư pháp, tỉnh\",STP,DEPARTMENT,1\n"
				+ "\"Trung tâm\nTrợ giúp pháp lý\",STP-TGPL,Đơn vị sự nghiệp công lập,2\n"
				+ "Sở Y tế,SYT,department,3\n";
		AgencyFile file = AgencyFileReader.read("list.CSV", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(file.ignoredColumns()).containsExactly("STT");
		// A quoted line break stays inside one cell, so one row: as Excel shows it.
		assertThat(file.rows()).extracting(AgencyFile.Row::line, AgencyFile.Row::code, AgencyFile.Row::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "STP", "Sở Tư pháp, tỉnh"),
					org.assertj.core.groups.Tuple.tuple(3, "STP-TGPL", "Trung tâm\nTrợ giúp pháp lý"),
					org.assertj.core.groups.Tuple.tuple(4, "SYT", "Sở Y tế"));
		assertThat(file.rows().get(0).shortName()).isEmpty();
	}

	@Test
	void headersMatchWithoutDiacriticsOrCaseAndTextIsStoredInNfc() {
		String decomposed = java.text.Normalizer.normalize("Sở Nội vụ", java.text.Normalizer.Form.NFD);
		String csv = "MA,ten,LOAI,ten_ngan,Ma co quan cap tren\nSNV," + decomposed + ",so ban nganh,SNV,\n";
		AgencyFile.Row row = AgencyFileReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8)).rows().get(0);
		assertThat(row.name()).isEqualTo("Sở Nội vụ");
		assertThat(row.shortName()).isEqualTo("SNV");
		assertThat(row.kind()).isEqualTo("so ban nganh");
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithDateCellsAndNumbers() throws IOException {
		byte[] workbook;
		try (XSSFWorkbook excel = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = excel.createSheet("Cơ quan");
			CellStyle date = excel.createCellStyle();
			date.setDataFormat(excel.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			cells(sheet.createRow(0), "Mã", "Tên", "Loại", "Hiệu lực từ", "Hiệu lực đến");
			Row first = sheet.createRow(1);
			cells(first, "XA-AN-PHU", "Ủy ban nhân dân xã An Phú", "UBND cấp xã");
			first.createCell(3).setCellValue(LocalDate.of(2025, 7, 1));
			first.getCell(3).setCellStyle(date);
			first.createCell(4).setCellValue("31/12/2030");
			// Row 3 is left empty; row 4 has a numeric code.
			Row third = sheet.createRow(3);
			third.createCell(0).setCellValue(1001);
			third.createCell(1).setCellValue("Trung tâm Phục vụ hành chính công");
			third.createCell(2).setCellValue("PUBLIC_SERVICE_UNIT");
			excel.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("không đọc");
			excel.write(out);
			workbook = out.toByteArray();
		}
		AgencyFile file = AgencyFileReader.read("co-quan.xlsx", workbook);
		assertThat(file.rows()).containsExactly(
				new AgencyFile.Row(2, "XA-AN-PHU", "Ủy ban nhân dân xã An Phú", "", "UBND cấp xã", "", "2025-07-01",
						"31/12/2030", ""),
				new AgencyFile.Row(4, "1001", "Trung tâm Phục vụ hành chính công", "", "PUBLIC_SERVICE_UNIT", "", "",
						"", ""));
	}

	@Test
	void pngRenamedCsvIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertRefused("anh.csv", png, "agencies.import.refused.notText");
	}

	@Test
	void textRenamedXlsxIsRefused() {
		assertRefused("co-quan.xlsx", "Mã;Tên;Loại\nSNV;Sở Nội vụ;DEPARTMENT\n".getBytes(StandardCharsets.UTF_8),
				"agencies.import.refused.notExcel");
	}

	@Test
	void zipWithoutAWorkbookIsRefused() throws IOException {
		assertRefused("co-quan.xlsx", zip("readme.txt", "không phải bảng tính".getBytes(StandardCharsets.UTF_8)),
				"agencies.import.refused.notExcel");
	}

	@Test
	void workbookThatExpandsTooMuchIsRefusedAsAZipBomb() throws IOException {
		// 20 MB of one repeated byte: compresses to a few kB, over the entry limit and
		// ratio.
		byte[] sheet = new byte[20 * 1024 * 1024];
		java.util.Arrays.fill(sheet, (byte) ' ');
		assertRefused("bom.xlsx", zip("xl/worksheets/sheet1.xml", sheet), "agencies.import.refused.zipBomb");
	}

	@Test
	void otherFilesAreRefusedWithTheirReason() {
		assertRefused("co-quan.txt", "Mã,Tên,Loại".getBytes(StandardCharsets.UTF_8), "agencies.import.refused.type");
		assertRefused("co-quan.xls",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				"agencies.import.refused.type");
		assertRefused("co-quan.xlsx",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				"agencies.import.refused.oldExcel");
		assertRefused("co-quan.csv", new byte[0], "agencies.import.refused.empty");
		assertRefused("co-quan.csv", new byte[(int) AgencyFileReader.MAX_BYTES + 1],
				"agencies.import.refused.tooLarge");
		// Windows-1258 or Latin-1 text is not UTF-8.
		assertRefused("co-quan.csv", "Mã,Tên,Loại\nSNV,Sở Nội vụ,DEPARTMENT".getBytes(Charset.forName("ISO-8859-1")),
				"agencies.import.refused.notText");
	}

	@Test
	void headerMustNameCodeNameAndKindOnce() {
		assertRefused("a.csv", "Mã,Tên\nSNV,Sở Nội vụ\n".getBytes(StandardCharsets.UTF_8),
				"agencies.import.refused.missingColumns");
		assertRefused("a.csv", "Mã,Tên,Loại,code\nSNV,Sở Nội vụ,DEPARTMENT,SNV\n".getBytes(StandardCharsets.UTF_8),
				"agencies.import.refused.duplicateColumn");
		assertRefused("a.csv", "\n\nMã,Tên,Loại\n".getBytes(StandardCharsets.UTF_8),
				"agencies.import.refused.noHeader");
		assertRefused("a.csv", "Mã,Tên,Loại\n,,\n".getBytes(StandardCharsets.UTF_8), "agencies.import.refused.noRows");
		assertRefused("a.csv", "Mã,Tên,Loại\n\"SNV,Sở Nội vụ,DEPARTMENT\n".getBytes(StandardCharsets.UTF_8),
				"agencies.import.refused.badCsv");
	}

	@Test
	void atMostFiveThousandRows() {
		StringBuilder csv = new StringBuilder("Mã,Tên,Loại\n");
		for (int i = 1; i <= AgencyFileReader.MAX_ROWS; i++) {
			csv.append("X").append(i).append(",Cơ quan ").append(i).append(",DEPARTMENT\n");
		}
		assertThat(AgencyFileReader.read("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).rows())
			.hasSize(AgencyFileReader.MAX_ROWS);
		csv.append("X0,Một dòng quá,DEPARTMENT\n");
		assertRefused("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "agencies.import.refused.tooManyRows");
	}

	private static void assertRefused(String name, byte[] content, String key) {
		assertThatExceptionOfType(AgencyFileRefused.class).isThrownBy(() -> AgencyFileReader.read(name, content))
			.satisfies((refused) -> assertThat(refused.reason().key()).isEqualTo(key));
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static byte[] zip(String entry, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
		}
		return bytes.toByteArray();
	}

}
