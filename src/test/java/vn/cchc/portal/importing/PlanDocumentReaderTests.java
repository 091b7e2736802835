package vn.cchc.portal.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/** One test per rule of the reader, on small documents written for the rule. */
class PlanDocumentReaderTests {

	private static final String HEADER = "TT\tNội dung, nhiệm vụ\tSản phẩm\tThời gian hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp";

	private final PlanDocumentReader reader = new PlanDocumentReader(TestClock.atStart());

	@Test
	void tableRowSplitByAPageBreakContinuesThePreviousRow() {
		ImportedPlan plan = this.reader.read(String.join("\n", HEADER, "I\tCẢI CÁCH THỂ CHẾ\t\t\t\t",
				"1\tRà soát văn bản\tBáo cáo kết quả\tQuý II/2024\tSở Tư pháp\tCác sở, ban ngành; UBND", "", "- 7 -",
				HEADER, "\tquy phạm pháp luật\t\t\t\tcấp huyện",
				"2\tKiểm tra văn bản\tKế hoạch\tNăm 2024\tSở Tư pháp\t"));
		assertThat(plan.format()).isEqualTo(ImportFormat.TABLE);
		assertThat(plan.tasks()).hasSize(2);
		ImportedTask first = plan.tasks().get(0);
		assertThat(first.text()).isEqualTo("Rà soát văn bản quy phạm pháp luật");
		assertThat(first.coordinating()).isEqualTo("Các sở, ban ngành; UBND cấp huyện");
		assertThat(plan.domainOf(first)).isEqualTo("THE_CHE");
	}

	@Test
	void headerRepeatedOnEveryPageIsNotATask() {
		ImportedPlan plan = this.reader.read(String.join("\n", HEADER, "1\tViệc một\tSP\tNăm 2024\tSở Nội vụ\t", HEADER,
				"2\tViệc hai\tSP\tNăm 2024\tSở Nội vụ\t", HEADER, "3\tViệc ba\tSP\tNăm 2024\tSở Nội vụ\t"));
		assertThat(plan.tasks()).extracting(ImportedTask::label).containsExactly("1", "2", "3");
	}

	@Test
	void numberingRestartsPerSectionAndLetteredRowsBelongToTheirGroup() {
		ImportedPlan plan = this.reader
			.read(String.join("\n", HEADER, "I\tCẢI CÁCH CÔNG VỤ\t\t\t\t", "1\tViệc\tSP\tNăm 2024\tSở Nội vụ\t",
					"II\tCẢI CÁCH TÀI CHÍNH CÔNG\t\t\t\t", "1\tTuyên truyền cải cách\t\t\t\t",
					"a)\tChuyên mục\tBài báo\tQuý I/2024\tBáo tỉnh\t", "b)\tHội thi\t\tQuý III/2024\tSở Nội vụ\t"));
		assertThat(plan.tasks()).extracting(ImportedTask::label).containsExactly("1", "a", "b");
		assertThat(plan.tasks()).extracting(ImportedTask::parentLabel).containsExactly(null, "1", "1");
		assertThat(plan.tasks()).extracting(plan::domainOf)
			.containsExactly("CONG_VU", "TAI_CHINH_CONG", "TAI_CHINH_CONG");
	}

	@Test
	void ocrDamagedLabelsAreRecognised() {
		ImportedPlan plan = this.reader.read(String.join("\n", "2. Cai cach thu tuc hanh chinh",
				"a) Tham muu ban hanh ke hoach kiem soat TTHC.", "- Bon vi thuc hién: Phong Kiém soat TTHC.",
				"- San pham: Ké hoach; bao cao.", "- Thoi gian thyc hién: Quy I/2021.",
				"b) Cap nhat co so du lieu TTHC.", "- Co quan chu tri: Van phong UBND tinh",
				"- Pon vi phé)i hop: Cac so", "-Thot gian: Thuong xuyen", "c) Niem yet TTHC.",
				"- PBon vi thyc hién; Trung tam Phuc vu", "- Tho1i gian thuc hién: Trong nam 2021"));
		assertThat(plan.tasks()).hasSize(3);
		ImportedTask a = plan.tasks().get(0);
		assertThat(a.lead()).isEqualTo("Phong Kiém soat TTHC.");
		assertThat(a.products()).containsExactly("Ké hoach", "bao cao.");
		assertThat(a.deadline()).isEqualTo("Quy I/2021.");
		assertThat(plan.tasks().get(1).coordinating()).isEqualTo("Cac so");
		assertThat(plan.tasks().get(1).deadline()).isEqualTo("Thuong xuyen");
		assertThat(plan.tasks().get(2).lead()).isEqualTo("Trung tam Phuc vu");
		assertThat(plan.tasks().get(2).deadline()).isEqualTo("Trong nam 2021");
		assertThat(plan.sections().get(0).domain()).isEqualTo("TTHC");
	}

	@Test
	void wrappedLinesAndBulletsContinueTheirField() {
		ImportedPlan plan = this.reader
			.read(String.join("\n", "1. Cải cách thể chế", "a) Việc cần làm", "- Cơ quan chủ trì:",
					"+ Sở Tư pháp chủ trì thẩm định.", "+ Các sở soạn thảo.", "- Sản phẩm: Quyết định của UBND tỉnh",
					"(thay thế Quyết định số 06/2017)", "", "17", "", "- Thời gian thực hiện: Quý I năm 2024"));
		ImportedTask task = plan.tasks().get(0);
		assertThat(task.lead()).isEqualTo("Sở Tư pháp chủ trì thẩm định.\nCác sở soạn thảo.");
		assertThat(task.products()).containsExactly("Quyết định của UBND tỉnh (thay thế Quyết định số 06/2017)");
		assertThat(task.deadline()).isEqualTo("Quý I năm 2024");
	}

	@Test
	void dashedLinesFollowedByFieldsAreActivitiesOfTheItem() {
		ImportedPlan plan = this.reader
			.read(String.join("\n", "1. Cải cách thủ tục hành chính", "k) Ban hành văn bản về một cửa.",
					"- Sửa đổi quy định biểu mẫu.", "+ Cơ quan chủ trì thực hiện: VP UBND",
					"+ Thời gian thực hiện: Quý II năm 2024.", "- Ban hành tiêu chí một cửa kiểu mẫu.",
					"+ Cơ quan chủ trì thực hiện: VP UBND", "+ Thời gian thực hiện: Quý III năm 2024."));
		assertThat(plan.tasks()).extracting(ImportedTask::text)
			.containsExactly("Sửa đổi quy định biểu mẫu.", "Ban hành tiêu chí một cửa kiểu mẫu.");
		assertThat(plan.tasks()).extracting(ImportedTask::parentLabel).containsExactly("k", "k");
	}

	@Test
	void narrativeItemsWithoutFieldsAreNotTasks() {
		ImportedPlan plan = this.reader.read(String.join("\n", "I. MỤC ĐÍCH, YÊU CẦU", "a) Nâng cao chất lượng.",
				"b) Bám sát chỉ đạo.", "II. NHIỆM VỤ", "1. Cải cách công vụ", "a) Tuyển dụng công chức.",
				"- Cơ quan chủ trì: Sở Nội vụ."));
		assertThat(plan.tasks()).extracting(ImportedTask::text).containsExactly("Tuyển dụng công chức.");
		assertThat(plan.domainOf(plan.tasks().get(0))).isEqualTo("CONG_VU");
	}

	@Test
	void sectionsMapToDomainsByMeaningNotNumber() {
		assertThat(DomainVocabulary.domainOf(
				"CẢI CÁCH THỦ TỤC HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"))
			.isEqualTo("TTHC");
		assertThat(DomainVocabulary.domainOf("Cai cach thu tuc hanh chinh")).isEqualTo("TTHC");
		assertThat(DomainVocabulary.domainOf("Công tác chỉ đạo, điều hành cải cách hành chính"))
			.isEqualTo("CHI_DAO_DIEU_HANH");
		assertThat(DomainVocabulary.domainOf("Nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")).isNull();
		assertThat(DomainVocabulary.domainOf("Ve cai cach thé ché")).isEqualTo("THE_CHE");
		assertThat(DomainVocabulary.domainOf("Vé cai cach té chirc by may")).isEqualTo("TO_CHUC_BO_MAY");
		assertThat(DomainVocabulary.domainOf("Cải cách chế độ công vụ")).isEqualTo("CONG_VU");
		assertThat(DomainVocabulary.domainOf("CẢI CÁCH TÀI CHÍNH CÔNG")).isEqualTo("TAI_CHINH_CONG");
		assertThat(DomainVocabulary.domainOf("Xây dựng và phát triển chính quyền điện tử hướng đến chính quyền số"))
			.isEqualTo("CHINH_PHU_SO");
	}

	@Test
	void duplicatedSectionNumbersStaySeparateSections() {
		ImportedPlan plan = SeedFiles.read(SeedFiles.SEED_001);
		assertThat(plan.sections()).filteredOn((s) -> s.label().equals("7."))
			.extracting(ImportedSection::domain)
			.containsExactly(null, "CHI_DAO_DIEU_HANH");
	}

	@Test
	void headerOfTheSeeds() {
		ImportedHeader header = SeedFiles.read(SeedFiles.SEED_001).header();
		assertThat(header.decisionNumber()).isEqualTo("1879/QĐ-UBND");
		assertThat(header.decisionDate()).hasToString("2023-12-15");
		assertThat(header.year()).isEqualTo(2024);
		assertThat(header.signer()).isEqualTo("Đặng Văn Minh");
		assertThat(header.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI");
		ImportedHeader ocr = SeedFiles.read(SeedFiles.SEED_000).header();
		assertThat(ocr.decisionNumber()).isEqualTo("1782/KH-VP");
		assertThat(ocr.year()).isEqualTo(2021);
	}

	@Test
	void targetsWithComparatorValueAndUnit() {
		List<ImportedTarget> targets = SeedFiles.read(SeedFiles.SEED_003).targets();
		assertThat(targets).isNotEmpty();
		assertThat(targets.get(0).value()).isEqualByComparingTo("100");
		assertThat(targets.get(0).unit()).isEqualTo("%");
		assertThat(targets).anySatisfy((t) -> {
			assertThat(t.comparator()).isEqualTo("≥");
			assertThat(t.value()).isEqualByComparingTo("85");
		});
	}

	@Test
	void tcvn3TextIsConvertedToUnicode() {
		// "Cải cách hành chính" and a labelled task, typed in TCVN3 (ABC) and saved as
		// bytes.
		String tcvn3 = "1. C¶i c¸ch thñ tôc hµnh chÝnh\na) Rµ so¸t thñ tôc hµnh chÝnh.\n- C¬ quan chñ tr×: V¨n phßng UBND tØnh.\n";
		ImportedPlan plan = this.reader.read(tcvn3.getBytes(Charset.forName("windows-1252")), "ke-hoach.txt");
		assertThat(plan.problems()).extracting(ImportProblem::key, ImportProblem::line)
			.containsExactly(tuple("import.warning.tcvn3Converted", 1), tuple("import.warning.noDeadline", 2));
		assertThat(plan.sections().get(0).title()).isEqualTo("Cải cách thủ tục hành chính");
		assertThat(plan.tasks().get(0).lead()).isEqualTo("Văn phòng UBND tỉnh.");
	}

	@Test
	void problemsCarryTheLineWhereTheyArise() {
		String text = """
				KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024
				1. Cải cách thủ tục hành chính
				a) Rà soát thủ tục hành chính.
				- Cơ quan chủ trì: Văn phòng UBND tỉnh.
				- Thời gian thực hiện: Quý II/2024.
				b) Số hóa hồ sơ.
				- Sản phẩm: Báo cáo.
				- Thời gian thực hiện: Năm 2024.
				2. Nâng cao Chỉ số PCI
				a) Đối thoại doanh nghiệp.
				- Cơ quan chủ trì: Sở Kế hoạch và Đầu tư.
				""";
		ImportedPlan plan = this.reader.read(text);
		assertThat(plan.problems()).extracting(ImportProblem::key, ImportProblem::line, (p) -> p.args())
			.containsExactly(tuple("import.warning.sectionNoDomain", 9, List.of("2. Nâng cao Chỉ số PCI")),
					tuple("import.warning.noLead", 6, List.of("b")),
					tuple("import.warning.noDeadline", 10, List.of("a")));
		assertThat(plan.problems()).allMatch((p) -> p.severity() == ImportProblem.Severity.WARNING);
	}

	@Test
	void tableRowThatCannotBeReadIsReportedOnItsLine() {
		String text = """
				TT\tNội dung nhiệm vụ\tSản phẩm\tThời gian hoàn thành\tCơ quan chủ trì
				\tdòng mồ côi\tBáo cáo\tNăm 2024\tSở Nội vụ
				1\tRà soát văn bản\tBáo cáo\tNăm 2024\tSở Tư pháp
				""";
		ImportedPlan plan = this.reader.read(text);
		assertThat(plan.tasks()).hasSize(1);
		assertThat(plan.problems()).extracting(ImportProblem::key, ImportProblem::line)
			.containsExactly(tuple("import.warning.rowUnread", 2));
	}

	@Test
	void lostFrameworkTableIsRecoveredByActivityNumbers() {
		ImportedPlan plan = SeedFiles.read(SeedFiles.SEED_002);
		assertThat(plan.format()).isEqualTo(ImportFormat.FRAMEWORK);
		// Every activity row of the framework (expected-002.tsv lists 93).
		assertThat(plan.tasks()).hasSize(93);
		assertThat(plan.problems()).extracting(ImportProblem::key, ImportProblem::line)
			.contains(tuple("import.warning.tableLayoutLost", 788), tuple("import.warning.frameworkRecovered", 788));
		ImportedTask first = plan.tasks().get(0);
		assertThat(first.label()).isEqualTo("3.1");
		assertThat(first.firstLine()).isEqualTo(793);
		assertThat(first.text()).isEqualTo("Xay dung du");
		assertThat(plan.sections().get(0).domain()).isEqualTo("CHI_DAO_DIEU_HANH");
	}

	/**
	 * A long plan (seed 001 nine times over, about 110 pages) keeps every task: the
	 * repeated headings and numbering start new sections, nothing is merged or dropped.
	 * How long it takes is measured by bench/import-login.sh.
	 */
	@Test
	void aHundredPagePlanKeepsEveryTask() {
		String seed = new String(SeedFiles.bytes(SeedFiles.SEED_001), StandardCharsets.UTF_8);
		ImportedPlan plan = this.reader.read((seed + "\n").repeat(9).getBytes(StandardCharsets.UTF_8), "plan.txt");
		assertThat(plan.tasks()).hasSize(9 * 56);
	}

	/**
	 * A written lost-column framework: 3.2's number is damaged ("|2~"), so the gap in the
	 * numbering adds its row; the part whose numbering restarts under a plain heading
	 * takes that heading, and the enclosing section's domain.
	 */
	@Test
	void lostFrameworkGapsAndRestartedParts() {
		String text = """
				KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH
				1- Mục tiêu | 2- Nhiệm vụ | 3- Hoạt động | 4- Kết quả | 5- Chủ trì
				I | CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC
				1.1. Nâng cao | 2.1. Ban hành | 3.1. Xây dựng dự thảo | Văn bản
				chất lượng |2~ Tổng hợp ý kiến | Công văn
				3.3. Trình ban hành kế hoạch
				3.4. Theo dõi việc thực hiện
				3.5. Tổng kết năm
				3.6. Khen thưởng tập thể
				Áp dụng hệ thống quản lý chất lượng trong hoạt động
				1.1. Duy trì | 2.1. Duy trì | 3.1. Áp dụng hệ thống | Quyết định
				3.2. Đánh giá nội bộ
				""";
		ImportedPlan plan = this.reader.read(text);
		assertThat(plan.format()).isEqualTo(ImportFormat.FRAMEWORK);
		assertThat(plan.tasks()).extracting(ImportedTask::section, ImportedTask::label)
			.containsExactly(tuple(0, "3.1"), tuple(0, "3.2"), tuple(0, "3.3"), tuple(0, "3.4"), tuple(0, "3.5"),
					tuple(0, "3.6"), tuple(1, "3.1"), tuple(1, "3.2"));
		assertThat(plan.tasks().get(1).text()).isEqualTo("Tổng hợp ý kiến");
		assertThat(plan.tasks().get(1).firstLine()).isEqualTo(5);
		assertThat(plan.problems()).extracting(ImportProblem::key, ImportProblem::args)
			.contains(tuple("import.warning.frameworkNumberLost", List.of("3.2", "5", "6")));
		assertThat(plan.sections().get(1).title()).isEqualTo("Áp dụng hệ thống quản lý chất lượng trong hoạt động");
		assertThat(plan.sections().get(1).domain()).isEqualTo("CHI_DAO_DIEU_HANH");
	}

	/**
	 * Cells of a lost-column framework, written with OCR damage: "Sé Noi vy" is Sở Nội
	 * vụ, "Thuong" / "xuyén" wraps over two lines, the group printed right of the agency
	 * on the same line coordinates, the agency printed right of a group is coordinating.
	 */
	@Test
	void lostFrameworkCellsAreSpottedInEachRowsLines() {
		String text = """
				KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH
				1- Mục tiêu | 2- Nhiệm vụ | 3- Hoạt động | 4- Kết quả | 5- Chủ trì | 6- Phối hợp | 7- Thời gian
				I | CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC
				1.1. Nâng cao chất | 2.1. Ban hành | 3.1. Xây dựng dự thảo | Công văn | Sé Noi vy | Các cơ quan liên quan | Nam 2024
				lượng công tác chỉ | kế hoạch năm | kế hoạch tuyên truyền | |
				đạo điều hành | | | | | |
				1.2. Cải thiện | 2.2. Kiểm tra | 3.2. Tổ chức kiểm tra | Biên bản | Các sở, ban, ngành | Sở Tư pháp | Thuong
				các chỉ số | công tác | tại các đơn vị | | | | xuyén
				""";
		ImportedPlan plan = this.reader.read(text);
		assertThat(plan.tasks()).hasSize(2);
		ImportedTask first = plan.tasks().get(0);
		assertThat(first.lead()).isEqualTo("Sở Nội vụ");
		assertThat(first.coordinating()).isEqualTo("các cơ quan, đơn vị có liên quan");
		assertThat(first.products()).containsExactly("Công văn");
		assertThat(first.deadline()).isEqualTo("Năm 2024");
		assertThat(first.guessed()).contains("lead", "products").doesNotContain("coordinating");
		ImportedTask second = plan.tasks().get(1);
		assertThat(second.lead()).isEqualTo("các sở, ban, ngành");
		assertThat(second.coordinating()).isEqualTo("Sở Tư pháp");
		assertThat(second.products()).containsExactly("Biên bản");
		assertThat(second.deadline()).isEqualTo("Thường xuyên");
		assertThat(second.guessed()).contains("deadline");
	}

	@Test
	void vniTextIsReportedNotGuessed() {
		String vni = "Keá hoaïch caûi caùch haønh chính naêm 2024 cuûa tænh. Nhieäm vuï: caûi caùch thuû tuïc haønh chính, ñaåy maïnh.";
		ImportedPlan plan = this.reader.read(vni.getBytes(Charset.forName("windows-1252")), "vni.txt");
		assertThat(plan.problems()).extracting(ImportProblem::key).containsExactly("import.error.vni");
		assertThat(plan.usable()).isFalse();
	}

	@Test
	void wordParagraphsAndTablesBecomeTheSameLines() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024");
			XWPFTable table = document.createTable(3, 6);
			String[][] cells = { HEADER.split("\t"), { "I", "CẢI CÁCH THỂ CHẾ", "", "", "", "" },
					{ "1", "Rà soát văn bản", "Báo cáo", "Quý II/2024", "Sở Tư pháp", "Các sở" } };
			for (int r = 0; r < cells.length; r++) {
				for (int c = 0; c < 6; c++) {
					table.getRow(r).getCell(c).setText(cells[r][c]);
				}
			}
			document.write(out);
			docx = out.toByteArray();
		}
		ImportedPlan plan = this.reader.read(docx, "ke-hoach.docx");
		assertThat(plan.format()).isEqualTo(ImportFormat.TABLE);
		assertThat(plan.header().year()).isEqualTo(2024);
		assertThat(plan.tasks()).singleElement().satisfies((task) -> {
			assertThat(task.lead()).isEqualTo("Sở Tư pháp");
			assertThat(task.deadline()).isEqualTo("Quý II/2024");
			assertThat(plan.domainOf(task)).isEqualTo("THE_CHE");
		});
	}

	@Test
	void excelRowsBecomeTableLines() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Nhiệm vụ");
			String[][] rows = { HEADER.split("\t"), { "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "" },
					{ "1", "Công bố TTHC", "Quyết định", "Thường xuyên", "Văn phòng UBND tỉnh", "Các sở" },
					{ "2", "Số hóa hồ sơ", "Báo cáo", "Năm 2024", "Các sở, ban ngành", "" } };
			for (int r = 0; r < rows.length; r++) {
				XSSFRow row = sheet.createRow(r);
				for (int c = 0; c < 6; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		ImportedPlan plan = this.reader.read(xlsx, "nhiem-vu.xlsx");
		assertThat(plan.tasks()).extracting(ImportedTask::lead)
			.containsExactly("Văn phòng UBND tỉnh", "Các sở, ban ngành");
		assertThat(plan.tasks()).extracting(plan::domainOf).containsOnly("TTHC");
	}

	@Test
	void badInputGivesAMessageKeyNeverAnException() throws IOException {
		assertThat(errorOf(new byte[0], "a.txt")).isEqualTo("import.error.empty");
		assertThat(errorOf("   \n\n".getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo("import.error.empty");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertThat(errorOf(png, "anh.docx")).isEqualTo("import.error.notDocument");
		byte[] oldWord = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(errorOf(oldWord, "cu.doc")).isEqualTo("import.error.legacyOffice");
		assertThat(errorOf(zipWith("word/document.xml", "not xml"), "hong.docx")).isEqualTo("import.error.unreadable");
		assertThat(errorOf("Kính gửi các sở.\nNội dung không có nhiệm vụ.".getBytes(StandardCharsets.UTF_8), "a.txt"))
			.isEqualTo("import.error.noTasks");
		PlanDocumentReader small = new PlanDocumentReader(new ImportLimits(10, 100, 1000), TestClock.atStart());
		assertThat(small.read("0123456789ABC".getBytes(StandardCharsets.UTF_8), "a.txt").problems())
			.extracting(ImportProblem::key)
			.containsExactly("import.error.tooLarge");
		assertThat(this.reader.read((String) null).usable()).isFalse();
	}

	/**
	 * A deflate bomb of well-formed XML (40 million blank paragraphs, 240 MB inflated,
	 * about 350 kB as sent): nothing is wrong with it but how far it inflates, so only
	 * POI's inflate-ratio guard stands between it and the heap. The reader shows every
	 * refusal as "unreadable", and POI's 100 MB cap on an entry would refuse it too, so
	 * the guard is told apart by opening the same bytes as DocumentText does, after the
	 * reader (whose ZipSecureFile settings are global).
	 */
	@Test
	void wordDeflateBombIsRefusedByTheInflateGuard() throws IOException {
		byte[] bomb = deflateBomb(WORD, 40_000_000);
		assertThat(bomb.length).isLessThan(400_000);
		assertThat(errorOf(bomb, "bom.docx")).isEqualTo("import.error.unreadable");
		assertThat(refusalOf(() -> new XWPFDocument(new ByteArrayInputStream(bomb))))
			.startsWith("Zip bomb detected! The file would exceed the max. ratio");
	}

	@Test
	void excelDeflateBombIsRefusedByTheInflateGuard() throws IOException {
		byte[] bomb = deflateBomb(EXCEL, 40_000_000);
		assertThat(bomb.length).isLessThan(400_000);
		assertThat(errorOf(bomb, "bom.xlsx")).isEqualTo("import.error.unreadable");
		assertThat(refusalOf(() -> new XSSFWorkbook(new ByteArrayInputStream(bomb))))
			.startsWith("Zip bomb detected! The file would exceed the max. ratio");
	}

	/**
	 * The same construction with 10,000 blank lines stays under the 100 kB POI inflates
	 * before it checks the ratio: a plan, read whole.
	 */
	@Test
	void theBombsConstructionBelowTheGuardIsAPlan() throws IOException {
		for (Part part : List.of(WORD, EXCEL)) {
			ImportedPlan plan = this.reader.read(deflateBomb(part, 10_000), "ke-hoach" + part.extension());
			assertThat(plan.usable()).as(part.extension()).isTrue();
			assertThat(plan.tasks()).as(part.extension()).singleElement().satisfies((task) -> {
				assertThat(task.text()).isEqualTo("Rà soát thủ tục hành chính.");
				assertThat(task.lead()).isEqualTo("Văn phòng UBND tỉnh");
				assertThat(task.deadline()).isEqualTo("Quý II/2024");
				assertThat(plan.domainOf(task)).isEqualTo("TTHC");
			});
		}
	}

	private String errorOf(byte[] bytes, String name) {
		ImportedPlan plan = this.reader.read(bytes, name);
		assertThat(plan.usable()).isFalse();
		return plan.problems()
			.stream()
			.filter((p) -> p.severity() == ImportProblem.Severity.ERROR)
			.findFirst()
			.orElseThrow()
			.key();
	}

	/** The message of the exception POI's guard throws, found in the cause chain. */
	private static String refusalOf(ThrowingCallable open) {
		Throwable thrown = catchThrowable(open);
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb")) {
				return cause.getMessage();
			}
		}
		return String.valueOf(thrown);
	}

	/**
	 * A package whose main part holds a plan of one task after {@code fillerLines} blank
	 * lines, written through the deflater so the inflated part is never in memory.
	 */
	private static byte[] deflateBomb(Part part, int fillerLines) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (String[] entry : part.parts()) {
				zip.putNextEntry(new ZipEntry(entry[0]));
				zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(part.main()));
			zip.write(part.before().getBytes(StandardCharsets.UTF_8));
			byte[] thousand = part.filler().repeat(1000).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < fillerLines / 1000; i++) {
				zip.write(thousand);
			}
			zip.write(part.filler().repeat(fillerLines % 1000).getBytes(StandardCharsets.UTF_8));
			zip.write(part.after().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private record Part(String extension, String main, List<String[]> parts, String before, String filler,
			String after) {
	}

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	private static final Part WORD = new Part(".docx", "word/document.xml", List.of(new String[] {
			"[Content_Types].xml",
			"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
					+ "</Types>" },
			new String[] { "_rels/.rels",
					"<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT
							+ "\" Target=\"word/document.xml\"/></Relationships>" }),
			"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
					+ paragraph("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"),
			"<w:p/>",
			paragraph("1. Cải cách thủ tục hành chính") + paragraph("a) Rà soát thủ tục hành chính.")
					+ paragraph("- Cơ quan chủ trì: Văn phòng UBND tỉnh")
					+ paragraph("- Thời gian thực hiện: Quý II/2024") + "</w:body></w:document>");

	private static final Part EXCEL = new Part(".xlsx", "xl/worksheets/sheet1.xml", List.of(new String[] {
			"[Content_Types].xml",
			"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "</Types>" },
			new String[] { "_rels/.rels",
					"<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT
							+ "\" Target=\"xl/workbook.xml\"/></Relationships>" },
			new String[] { "xl/workbook.xml",
					"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ "<sheets><sheet name=\"Nhiệm vụ\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
			new String[] { "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELATIONSHIPS
					+ "\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>" }),
			"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ row("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"),
			"<row/>",
			row(HEADER.split("\t")) + row("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "")
					+ row("1", "Rà soát thủ tục hành chính.", "Báo cáo", "Quý II/2024", "Văn phòng UBND tỉnh", "")
					+ "</sheetData></worksheet>");

	private static String paragraph(String text) {
		return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
	}

	private static String row(String... cells) {
		StringBuilder row = new StringBuilder("<row>");
		for (String cell : cells) {
			row.append("<c t=\"inlineStr\"><is><t>").append(cell).append("</t></is></c>");
		}
		return row.append("</row>").toString();
	}

	private static byte[] zipWith(String name, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
