package vn.cchc.portal.shared.deadline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTests {

	private static Deadline parse(String wording) {
		return DeadlineParser.parse(wording, 2024);
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Nested
	class Dates {

		@Test
		void latestDayIsDueThatDay() {
			Deadline deadline = parse("Chậm nhất là ngày 31/01/2024");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.DATE);
			assertThat(deadline.dueDate()).contains(day(2024, 1, 31));
			assertThat(deadline.windowStart()).isEmpty();
			assertThat(deadline.confidence()).isEqualTo(1.0);
		}

		@Test
		void beforeADayIsDueTheDayBefore() {
			assertThat(parse("trước ngày 15/01/2024").dueDate()).contains(day(2024, 1, 14));
			assertThat(parse("Trước ngày 01/03/2024").dueDate()).contains(day(2024, 2, 29));
			assertThat(parse("trước ngày 01/01/2025").dueDate()).contains(day(2024, 12, 31));
		}

		@Test
		void readsShortAndLongDayMonthForms() {
			assertThat(parse("ngày 20/3/2024").dueDate()).contains(day(2024, 3, 20));
			assertThat(parse("ngày 05/03/2024").dueDate()).contains(day(2024, 3, 5));
		}

		@Test
		void takesThePlanYearWhenTheYearIsLeftOut() {
			assertThat(DeadlineParser.parse("Chậm nhất ngày 15/7", 2025).dueDate()).contains(day(2025, 7, 15));
		}

		@Test
		void acceptsTheLeapDayOnlyInALeapYear() {
			assertThat(parse("ngày 29/02/2024").dueDate()).contains(day(2024, 2, 29));
			Deadline impossible = DeadlineParser.parse("ngày 29/02/2023", 2023);
			assertThat(impossible.kind()).isEqualTo(DeadlineKind.UNKNOWN);
			assertThat(impossible.dueDate()).isEmpty();
		}

	}

	@Nested
	class Months {

		@Test
		void isDueAtTheMonthsEnd() {
			Deadline deadline = parse("Tháng 12 năm 2024");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.MONTH);
			assertThat(deadline.windowStart()).contains(day(2024, 12, 1));
			assertThat(deadline.dueDate()).contains(day(2024, 12, 31));
			assertThat(parse("tháng 6/2024").dueDate()).contains(day(2024, 6, 30));
			assertThat(parse("Tháng 4").dueDate()).contains(day(2024, 4, 30));
		}

		@Test
		void februaryEndsOnTheLeapDayInALeapYear() {
			assertThat(parse("tháng 2/2024").dueDate()).contains(day(2024, 2, 29));
			assertThat(parse("tháng 2/2023").dueDate()).contains(day(2023, 2, 28));
		}

		@Test
		void beforeAMonthIsDueAtTheEndOfThePreviousMonth() {
			Deadline deadline = parse("trước tháng 11/2021");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.MONTH);
			assertThat(deadline.dueDate()).contains(day(2021, 10, 31));
			assertThat(deadline.windowStart()).isEmpty();
			assertThat(parse("trước tháng 3/2024").dueDate()).contains(day(2024, 2, 29));
			assertThat(parse("trước tháng 1/2024").dueDate()).contains(day(2023, 12, 31));
		}

		@Test
		void ignoresAMonthNumberThatIsNoMonth() {
			assertThat(parse("tháng 13/2024").kind()).isEqualTo(DeadlineKind.UNKNOWN);
		}

	}

	@Nested
	class Quarters {

		@Test
		void isDueAtTheQuartersEnd() {
			assertThat(parse("Quý I/2024").dueDate()).contains(day(2024, 3, 31));
			assertThat(parse("Quý II/2021").dueDate()).contains(day(2021, 6, 30));
			assertThat(parse("Trong Quý III/2021").dueDate()).contains(day(2021, 9, 30));
			Deadline fourth = parse("Quý IV năm 2024");
			assertThat(fourth.kind()).isEqualTo(DeadlineKind.QUARTER);
			assertThat(fourth.windowStart()).contains(day(2024, 10, 1));
			assertThat(fourth.dueDate()).contains(day(2024, 12, 31));
		}

		@Test
		void readsArabicNumeralsAndTheOmittedYear() {
			assertThat(parse("Quý 2/2024").dueDate()).contains(day(2024, 6, 30));
			assertThat(parse("Quý 3").dueDate()).contains(day(2024, 9, 30));
			assertThat(DeadlineParser.parse("Quý II", 2022).dueDate()).contains(day(2022, 6, 30));
			assertThat(parse("Quý III, năm 2024").dueDate()).contains(day(2024, 9, 30));
			assertThat(parse("Quý I/ 2021").dueDate()).contains(day(2021, 3, 31));
		}

		@Test
		void consecutiveQuartersMakeARange() {
			Deadline range = parse("Quý II-III/2021");
			assertThat(range.kind()).isEqualTo(DeadlineKind.QUARTER_RANGE);
			assertThat(range.windowStart()).contains(day(2021, 4, 1));
			assertThat(range.dueDate()).contains(day(2021, 9, 30));
			Deadline listed = parse("Quý I và Quý II năm 2024");
			assertThat(listed.kind()).isEqualTo(DeadlineKind.QUARTER_RANGE);
			assertThat(listed.windowStart()).contains(day(2024, 1, 1));
			assertThat(listed.dueDate()).contains(day(2024, 6, 30));
		}

		@Test
		void quartersWithAGapAreSeparateMilestones() {
			Deadline deadline = parse("Quý II và Quý IV/2021");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.MULTIPLE);
			assertThat(deadline.milestones(2021)).containsExactly(day(2021, 6, 30), day(2021, 12, 31));
			assertThat(deadline.dueDate()).contains(day(2021, 12, 31));
		}

		@Test
		void beforeAQuarterIsDueBeforeItStarts() {
			assertThat(parse("trước Quý III/2021").dueDate()).contains(day(2021, 6, 30));
		}

		@Test
		void doesNotTakeRegulationsForQuarters() {
			assertThat(parse("Theo quy định của Chính phủ").kind()).isEqualTo(DeadlineKind.CONDITIONAL);
			assertThat(parse("Ban hành quy trình nội bộ").kind()).isEqualTo(DeadlineKind.UNKNOWN);
		}

	}

	@Nested
	class OcrNoise {

		@Test
		void readsRomanNumeralsTurnedIntoDigits() {
			Deadline third = parse("Quy 111/2021");
			assertThat(third.dueDate()).contains(day(2021, 9, 30));
			assertThat(third.confidence()).isEqualTo(DeadlineParser.OCR_REPAIRED);
			assertThat(parse("Quy 11/2021").dueDate()).contains(day(2021, 6, 30));
			assertThat(parse("Trong Quy I11/2021.").dueDate()).contains(day(2021, 9, 30));
			assertThat(parse("Quy 1V/2024").dueDate()).contains(day(2024, 12, 31));
			assertThat(parse("Quy Il").dueDate()).contains(day(2024, 6, 30));
		}

		@Test
		void readsAGarbledRange() {
			Deadline range = parse("Trong Quy 1-11/2021.");
			assertThat(range.kind()).isEqualTo(DeadlineKind.QUARTER_RANGE);
			assertThat(range.windowStart()).contains(day(2021, 1, 1));
			assertThat(range.dueDate()).contains(day(2021, 6, 30));
			assertThat(parse("Quyll- IV nam 2024").windowStart()).contains(day(2024, 4, 1));
		}

		@Test
		void aLostQuarterNumberIsTheYearAtTheLatestWithLowConfidence() {
			for (String wording : List.of("Quy /2021", "Quy 112021", "Quy nam 2021", "Quy -V nim 2021")) {
				Deadline deadline = parse(wording);
				assertThat(deadline.kind()).as(wording).isEqualTo(DeadlineKind.QUARTER);
				assertThat(deadline.dueDate()).as(wording).contains(day(2021, 12, 31));
				assertThat(deadline.isLowConfidence()).as(wording).isTrue();
			}
		}

		@Test
		void readsGarbledLabelsAndWords() {
			Deadline before = parse("- Tho1 gian thuc hién: Bdo cao UBND tinh trude ngay 05/12/2021.");
			assertThat(before.dueDate()).contains(day(2021, 12, 4));
			assertThat(before.confidence()).isEqualTo(DeadlineParser.OCR_REPAIRED);
			assertThat(parse("-Thot gian thyc hién: Hoan thanh trude thang 12/2021.").dueDate())
				.contains(day(2021, 11, 30));
			assertThat(parse("Nim 2024").dueDate()).contains(day(2024, 12, 31));
			assertThat(parse("Theo 16 trinh dé 4n duoc phé duyét").kind()).isEqualTo(DeadlineKind.CONDITIONAL);
		}

	}

	@Nested
	class WithoutDiacritics {

		@Test
		void readsTypedVietnameseWithoutDiacritics() {
			assertThat(parse("quy 2/2024").dueDate()).contains(day(2024, 6, 30));
			assertThat(parse("thuong xuyen").kind()).isEqualTo(DeadlineKind.CONTINUOUS);
			assertThat(parse("truoc ngay 15/1/2024").dueDate()).contains(day(2024, 1, 14));
			assertThat(parse("cham nhat ngay 31/1/2024").dueDate()).contains(day(2024, 1, 31));
			assertThat(parse("thang 12 nam 2024").dueDate()).contains(day(2024, 12, 31));
			assertThat(parse("hang quy").recurrence()).contains(Recurrence.QUARTERLY);
			assertThat(parse("sau khi co van ban huong dan").kind()).isEqualTo(DeadlineKind.CONDITIONAL);
			assertThat(parse("6 thang dau nam").dueDate()).contains(day(2024, 6, 30));
		}

		@Test
		void readsTheSameAsWithDiacritics() {
			assertThat(parse("QUÝ III NĂM 2024").dueDate()).isEqualTo(parse("quy iii nam 2024").dueDate());
		}

	}

	@Nested
	class SurroundingWords {

		@Test
		void skipsLabelsLeadInsAndTrailingFullStops() {
			assertThat(parse("Thời gian thực hiện: Quý II năm 2024.").dueDate()).contains(day(2024, 6, 30));
			assertThat(parse("- Thời gian hoàn thành: Quý I năm 2024.").dueDate()).contains(day(2024, 3, 31));
			assertThat(parse("Hoàn thành trong Quý III/2021").dueDate()).contains(day(2021, 9, 30));
			assertThat(parse("Quý I năm 2024 (theo yêu cầu của Bộ Nội vụ).").kind()).isEqualTo(DeadlineKind.QUARTER);
		}

		@Test
		void ignoresTheDatesOfDocumentsAndProgrammes() {
			Deadline deadline = parse(
					"Thường xuyên trong năm, theo Kế hoạch rà soát giai đoạn 2022 - 2025 ban hành kèm "
							+ "theo Quyết định số 1648/QĐ-UBND ngày 30/11/2022 của Chủ tịch UBND tỉnh.");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.CONTINUOUS);
			assertThat(deadline.windowStart()).contains(day(2024, 1, 1));
		}

		@Test
		void keepsTheOriginalWording() {
			String wording = "  Quý I năm 2024 ban hành kế hoạch; định kỳ báo cáo kết quả thực hiện.";
			Deadline deadline = parse(wording);
			assertThat(deadline.wording()).isEqualTo(wording);
			assertThat(deadline.parts()).extracting(Deadline::wording).containsExactly("Quý I năm 2024", "định kỳ");
		}

	}

	@Nested
	class PartsOfTheYear {

		@Test
		void readsHalvesAndNineMonths() {
			Deadline first = parse("6 tháng đầu năm");
			assertThat(first.kind()).isEqualTo(DeadlineKind.HALF_YEAR);
			assertThat(first.windowStart()).contains(day(2024, 1, 1));
			assertThat(first.dueDate()).contains(day(2024, 6, 30));
			Deadline last = parse("6 tháng cuối năm 2025");
			assertThat(last.windowStart()).contains(day(2025, 7, 1));
			assertThat(last.dueDate()).contains(day(2025, 12, 31));
			Deadline nine = parse("9 tháng đầu năm 2024");
			assertThat(nine.kind()).isEqualTo(DeadlineKind.NINE_MONTHS);
			assertThat(nine.dueDate()).contains(day(2024, 9, 30));
		}

		@Test
		void readsYears() {
			for (String wording : List.of("Năm 2021", "Trong năm 2021", "trong nam 2021")) {
				Deadline deadline = parse(wording);
				assertThat(deadline.kind()).as(wording).isEqualTo(DeadlineKind.YEAR);
				assertThat(deadline.windowStart()).as(wording).contains(day(2021, 1, 1));
				assertThat(deadline.dueDate()).as(wording).contains(day(2021, 12, 31));
			}
			assertThat(parse("Cả năm").dueDate()).contains(day(2024, 12, 31));
			Deadline years = parse("Năm 2024-2026");
			assertThat(years.windowStart()).contains(day(2024, 1, 1));
			assertThat(years.dueDate()).contains(day(2026, 12, 31));
			assertThat(parse("trước năm 2025").dueDate()).contains(day(2024, 12, 31));
		}

	}

	@Nested
	class Periodic {

		@Test
		void continuousWorkHasNoDueDateAndIsReportedEveryPeriod() {
			for (String wording : List.of("Thường xuyên", "Nhiệm vụ thường xuyên", "Thường xuyên trong năm 2024")) {
				Deadline deadline = parse(wording);
				assertThat(deadline.kind()).as(wording).isEqualTo(DeadlineKind.CONTINUOUS);
				assertThat(deadline.dueDate()).as(wording).isEmpty();
				assertThat(deadline.isReportedEveryPeriod()).as(wording).isTrue();
				assertThat(deadline.milestones()).as(wording).isEmpty();
			}
			Deadline within = parse("Thường xuyên trong năm 2024");
			assertThat(within.windowStart()).contains(day(2024, 1, 1));
			assertThat(within.windowEnd()).contains(day(2024, 12, 31));
			assertThat(parse("Năm 2021 và các năm tiếp theo").kind()).isEqualTo(DeadlineKind.CONTINUOUS);
		}

		@Test
		void recurringWorkHasOneMilestonePerPeriod() {
			Deadline quarterly = parse("Hàng quý");
			assertThat(quarterly.kind()).isEqualTo(DeadlineKind.RECURRING);
			assertThat(quarterly.dueDate()).isEmpty();
			assertThat(quarterly.milestones(2024)).containsExactly(day(2024, 3, 31), day(2024, 6, 30), day(2024, 9, 30),
					day(2024, 12, 31));
			assertThat(parse("định kỳ 6 tháng").milestones(2024)).containsExactly(day(2024, 6, 30), day(2024, 12, 31));
			assertThat(parse("Hằng năm").milestones(2025)).containsExactly(day(2025, 12, 31));
			assertThat(parse("hàng tháng").milestones(2024)).hasSize(12).contains(day(2024, 2, 29));
		}

		@Test
		void periodicReportingWithoutAPeriodFollowsTheQuarterlyRegime() {
			Deadline deadline = parse("định kỳ báo cáo kết quả thực hiện theo quy định");
			assertThat(deadline.recurrence()).contains(Recurrence.QUARTERLY);
			assertThat(deadline.confidence()).isEqualTo(DeadlineParser.PERIOD_INFERRED);
		}

		@Test
		void recurringWithinANamedYearHasNoMilestonesInOtherYears() {
			Deadline deadline = parse("Định kỳ hàng tháng trong năm 2024.");
			assertThat(deadline.milestones(2024)).hasSize(12);
			assertThat(deadline.milestones(2025)).isEmpty();
		}

	}

	@Nested
	class SeveralMilestones {

		@Test
		void readsEverySegment() {
			Deadline deadline = parse("Quý I năm 2024 ban hành kế hoạch; định kỳ báo cáo");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.MULTIPLE);
			assertThat(deadline.parts()).extracting(Deadline::kind)
				.containsExactly(DeadlineKind.QUARTER, DeadlineKind.RECURRING);
			assertThat(deadline.dueDate()).contains(day(2024, 3, 31));
			assertThat(deadline.milestones(2024)).containsExactly(day(2024, 3, 31), day(2024, 6, 30), day(2024, 9, 30),
					day(2024, 12, 31));
			assertThat(deadline.isReportedEveryPeriod()).isTrue();
		}

		@Test
		void readsSeveralDatesInOneSentence() {
			Deadline deadline = parse("Trước ngày 15/01 và trước 15/7");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.MULTIPLE);
			assertThat(deadline.milestones(2024)).containsExactly(day(2024, 1, 14), day(2024, 7, 14));
			assertThat(deadline.dueDate()).contains(day(2024, 7, 14));
		}

		@Test
		void takesTheLowestConfidenceOfItsParts() {
			Deadline deadline = DeadlineParser.parse("Quy /2021 tham muu ban hanh ke hoach; dinh ky bao cao ket qua; "
					+ "hoan thanh trudc thang 11/2021.", 2021);
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.MULTIPLE);
			assertThat(deadline.parts()).hasSize(3);
			assertThat(deadline.parts().get(2).dueDate()).contains(day(2021, 10, 31));
			assertThat(deadline.confidence()).isEqualTo(DeadlineParser.QUARTER_UNREADABLE);
		}

	}

	@Nested
	class ConditionsAndUnknowns {

		@Test
		void aConditionHasNoDueDate() {
			for (String wording : List.of("Sau khi có văn bản hướng dẫn của Trung ương", "Theo tiến độ Đề án",
					"Theo lộ trình",
					"Theo Kế hoạch số 140/KH-UBND ngày 14/10/2021 của UBND tỉnh đối với những nhiệm vụ "
							+ "giao thực hiện trong năm 2024.")) {
				Deadline deadline = parse(wording);
				assertThat(deadline.kind()).as(wording).isEqualTo(DeadlineKind.CONDITIONAL);
				assertThat(deadline.dueDate()).as(wording).isEmpty();
				assertThat(deadline.milestones()).as(wording).isEmpty();
			}
		}

		@Test
		void aConditionInsideASentenceIsLessCertain() {
			Deadline deadline = parse("Kiểm tra việc sắp xếp bộ máy sau khi được UBND tỉnh phê duyệt");
			assertThat(deadline.kind()).isEqualTo(DeadlineKind.CONDITIONAL);
			assertThat(deadline.confidence()).isEqualTo(DeadlineParser.CONDITION_INSIDE);
		}

		@Test
		void nothingRecognisedKeepsTheWording() {
			for (String wording : List.of("", "   ", "Kịp thời", "Báo cáo kết quả về UBND tỉnh")) {
				Deadline deadline = parse(wording);
				assertThat(deadline.kind()).as(wording).isEqualTo(DeadlineKind.UNKNOWN);
				assertThat(deadline.wording()).isEqualTo(wording);
				assertThat(deadline.confidence()).isZero();
				assertThat(deadline.dueDate()).isEmpty();
			}
			assertThat(parse(null).wording()).isEmpty();
		}

	}

}
