package vn.cchc.portal.progress;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.portal.shared.deadline.Deadline;
import vn.cchc.portal.shared.deadline.DeadlineKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue rule on every deadline kind, on the days either side of each boundary.
 */
class OverdueTests {

	/** Quý I 2024 with the regime's defaults: data to 14/03, report due 15/03. */
	private static final LocalDate Q1_DUE = LocalDate.of(2024, 3, 15);

	private static Overdue on(String wording, ProgressStatus status, String today) {
		return Overdue.of(Deadline.parse(wording, 2024), Q1_DUE, status, LocalDate.parse(today));
	}

	@ParameterizedTest(name = "{0} ({1}) on {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			Chậm nhất là ngày 31/01/2024 | DATE          | 2024-01-31 | NO
			Chậm nhất là ngày 31/01/2024 | DATE          | 2024-02-01 | PAST_DUE
			trước ngày 15/01/2024        | DATE          | 2024-01-14 | NO
			trước ngày 15/01/2024        | DATE          | 2024-01-15 | PAST_DUE
			Tháng 02 năm 2024            | MONTH         | 2024-02-29 | NO
			Tháng 02 năm 2024            | MONTH         | 2024-03-01 | PAST_DUE
			Quý I/2024                   | QUARTER       | 2024-03-31 | NO
			Quý I/2024                   | QUARTER       | 2024-04-01 | PAST_DUE
			Quý I-II/2024                | QUARTER_RANGE | 2024-04-01 | NO
			Quý I-II/2024                | QUARTER_RANGE | 2024-07-01 | PAST_DUE
			6 tháng đầu năm 2024         | HALF_YEAR     | 2024-06-30 | NO
			6 tháng đầu năm 2024         | HALF_YEAR     | 2024-07-01 | PAST_DUE
			9 tháng đầu năm 2024         | NINE_MONTHS   | 2024-09-30 | NO
			9 tháng đầu năm 2024         | NINE_MONTHS   | 2024-10-01 | PAST_DUE
			Năm 2024                     | YEAR          | 2024-12-31 | NO
			Năm 2024                     | YEAR          | 2025-01-01 | PAST_DUE
			""")
	void aDatedTaskIsOverdueFromTheDayAfterItsDueDateUntilDone(String wording, DeadlineKind kind, String today,
			Overdue expected) {
		assertThat(Deadline.parse(wording, 2024).kind()).isEqualTo(kind);
		assertThat(on(wording, null, today)).isEqualTo(expected);
		assertThat(on(wording, ProgressStatus.IN_PROGRESS, today)).isEqualTo(expected);
		assertThat(on(wording, ProgressStatus.NOT_STARTED, today)).isEqualTo(expected);
		assertThat(on(wording, ProgressStatus.DONE_LATE, today)).isEqualTo(Overdue.NO);
		assertThat(on(wording, ProgressStatus.DONE_ON_TIME, today)).isEqualTo(Overdue.NO);
		assertThat(on(wording, ProgressStatus.SUSPENDED, today)).isEqualTo(Overdue.NO);
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', textBlock = """
			Thường xuyên        | CONTINUOUS
			Hàng quý            | RECURRING
			Định kỳ 6 tháng     | RECURRING
			""")
	void workReportedEveryPeriodIsOverdueOnlyWhenThePeriodsReportIsDueWithoutAnUpdate(String wording,
			DeadlineKind kind) {
		assertThat(Deadline.parse(wording, 2024).kind()).isEqualTo(kind);
		assertThat(on(wording, null, "2024-03-15")).isEqualTo(Overdue.NO);
		assertThat(on(wording, null, "2024-03-16")).isEqualTo(Overdue.NO_UPDATE_IN_PERIOD);
		assertThat(on(wording, ProgressStatus.IN_PROGRESS, "2024-03-16")).isEqualTo(Overdue.NO);
		assertThat(on(wording, ProgressStatus.NOT_STARTED, "2024-12-31")).isEqualTo(Overdue.NO);
	}

	@Test
	void severalMilestonesAreOverdueAfterTheLastDatedOneOrWithoutTheirPeriodUpdate() {
		String wording = "Quý I năm 2024 ban hành kế hoạch; định kỳ báo cáo hàng quý";
		assertThat(Deadline.parse(wording, 2024).kind()).isEqualTo(DeadlineKind.MULTIPLE);
		assertThat(on(wording, null, "2024-03-16")).isEqualTo(Overdue.NO_UPDATE_IN_PERIOD);
		assertThat(on(wording, ProgressStatus.IN_PROGRESS, "2024-03-16")).isEqualTo(Overdue.NO);
		assertThat(on(wording, ProgressStatus.IN_PROGRESS, "2024-04-01")).isEqualTo(Overdue.PAST_DUE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Sau khi có văn bản hướng dẫn của Trung ương
			Theo lộ trình
			''
			""")
	void conditionalOrUnreadableDeadlinesAreNeverOverdue(String wording) {
		assertThat(Deadline.parse(wording, 2024).kind()).isIn(DeadlineKind.CONDITIONAL, DeadlineKind.UNKNOWN);
		assertThat(on(wording, null, "2030-01-01")).isEqualTo(Overdue.NO);
		// Once the planner writes a date into it, the same task can be late.
		assertThat(on("Chậm nhất là ngày 31/05/2024", null, "2030-01-01")).isEqualTo(Overdue.PAST_DUE);
	}

}
