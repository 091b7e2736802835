package vn.cchc.portal.shared.deadline;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineFormatTests {

	private static final Locale VIETNAMESE = Locale.of("vi");

	private static String vi(String wording) {
		return DeadlineFormat.describe(DeadlineParser.parse(wording, 2024), VIETNAMESE);
	}

	private static String en(String wording) {
		return DeadlineFormat.describe(DeadlineParser.parse(wording, 2024), Locale.ENGLISH);
	}

	@Test
	void showsTheDueDate() {
		assertThat(vi("Quý II/2024")).isEqualTo("→ hạn 30/06/2024");
		assertThat(vi("trước ngày 15/01/2024")).isEqualTo("→ hạn 14/01/2024");
		assertThat(en("Quý II/2024")).isEqualTo("→ due 30/06/2024");
	}

	@Test
	void showsWhereARangeStarts() {
		assertThat(vi("Quý II-III/2024")).isEqualTo("→ hạn 30/09/2024 (từ 01/04/2024)");
		assertThat(en("Năm 2024-2026")).isEqualTo("→ due 31/12/2026 (from 01/01/2024)");
	}

	@Test
	void showsContinuousWork() {
		assertThat(vi("Thường xuyên")).isEqualTo("→ thường xuyên, báo cáo mỗi kỳ");
		assertThat(vi("Thường xuyên trong năm 2024")).isEqualTo("→ thường xuyên, báo cáo mỗi kỳ (năm 2024)");
		assertThat(en("Nhiệm vụ thường xuyên")).isEqualTo("→ continuous, reported every period");
	}

	@Test
	void listsTheMilestonesOfRecurringWork() {
		assertThat(vi("Hàng quý")).isEqualTo("→ theo quý: 31/03, 30/06, 30/09, 31/12/2024");
		assertThat(en("định kỳ 6 tháng")).isEqualTo("→ every 6 months: 30/06, 31/12/2024");
		assertThat(vi("Hằng năm")).isEqualTo("→ hằng năm: 31/12/2024");
	}

	@Test
	void listsTheMilestonesOfSeveralParts() {
		assertThat(vi("Quý I năm 2024 ban hành kế hoạch; định kỳ báo cáo"))
			.isEqualTo("→ nhiều mốc: 31/03, 30/06, 30/09, 31/12/2024; báo cáo mỗi kỳ");
		assertThat(en("Trước ngày 15/01 và trước 15/7")).isEqualTo("→ milestones: 14/01, 14/07/2024");
		assertThat(vi("Quý IV/2024 ban hành; báo cáo chậm nhất ngày 15/01/2025"))
			.isEqualTo("→ nhiều mốc: 31/12/2024, 15/01/2025");
	}

	@Test
	void saysWhenThereIsNoDueDateYet() {
		assertThat(vi("Sau khi có văn bản hướng dẫn của Trung ương"))
			.isEqualTo("→ chưa xác định hạn (phụ thuộc điều kiện)");
		assertThat(en("Theo lộ trình")).isEqualTo("→ no due date yet (depends on a condition)");
	}

	@Test
	void asksForACheckWhenUnsure() {
		assertThat(vi("Quy /2024")).isEqualTo("→ hạn muộn nhất 31/12/2024 (cần kiểm tra lại)");
		assertThat(en("Quy /2024")).isEqualTo("→ due at the latest 31/12/2024 (please check)");
	}

	@Test
	void saysWhenNothingWasRecognised() {
		assertThat(vi("Kịp thời")).isEqualTo("→ chưa nhận diện được thời hạn, giữ nguyên văn");
		assertThat(en("Kịp thời")).isEqualTo("→ deadline not recognised, wording kept");
	}

	@Test
	void fallsBackToVietnamese() {
		assertThat(DeadlineFormat.describe(DeadlineParser.parse("Quý I/2024", 2024), null))
			.isEqualTo("→ hạn 31/03/2024");
		assertThat(DeadlineFormat.describe(DeadlineParser.parse("Quý I/2024", 2024), Locale.FRENCH))
			.isEqualTo("→ hạn 31/03/2024");
	}

}
