package vn.cchc.portal.progress;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The regime's default dates, and which updates a period accepts.
 */
class ReportingPeriodTests {

	@Test
	void defaultsFollowTheReportingRegime() {
		ReportingPeriod quarter = new ReportingPeriod(2025, PeriodKind.Q1);
		assertThat(quarter.toView().cutoffFrom()).isEqualTo(LocalDate.of(2024, 12, 15));
		assertThat(quarter.toView().cutoffTo()).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(quarter.toView().dueDate()).isEqualTo(LocalDate.of(2025, 3, 15));
		ReportingPeriod year = new ReportingPeriod(2025, PeriodKind.YEAR);
		assertThat(year.toView().cutoffFrom()).isEqualTo(LocalDate.of(2024, 12, 15));
		assertThat(year.toView().cutoffTo()).isEqualTo(LocalDate.of(2025, 12, 14));
		assertThat(new ReportingPeriod(2025, PeriodKind.M9).toView().cutoffTo()).isEqualTo(LocalDate.of(2025, 9, 14));
	}

	@Test
	void anOpenPeriodTakesUpdatesAndMarksThoseAfterTheDueDateLate() {
		ReportingPeriod period = new ReportingPeriod(2025, PeriodKind.H1);
		assertThat(period.accepts(LocalDate.of(2025, 6, 1))).isEqualTo(ReportingPeriod.Acceptance.REFUSED);
		period.open();
		assertThat(period.accepts(LocalDate.of(2025, 6, 15))).isEqualTo(ReportingPeriod.Acceptance.ON_TIME);
		assertThat(period.accepts(LocalDate.of(2025, 6, 16))).isEqualTo(ReportingPeriod.Acceptance.LATE);
	}

	@Test
	void aClosedPeriodIsLockedExceptDuringItsGrace() {
		ReportingPeriod period = new ReportingPeriod(2025, PeriodKind.H1);
		period.open();
		period.close(LocalDate.of(2025, 6, 20));
		assertThat(period.accepts(LocalDate.of(2025, 6, 20))).isEqualTo(ReportingPeriod.Acceptance.LATE);
		assertThat(period.accepts(LocalDate.of(2025, 6, 21))).isEqualTo(ReportingPeriod.Acceptance.REFUSED);
		assertThatThrownBy(() -> period.close(null)).isInstanceOf(PeriodException.class);
	}

	@Test
	void datesMustMakeSense() {
		ReportingPeriod period = new ReportingPeriod(2025, PeriodKind.Q1);
		assertThatThrownBy(
				() -> period.schedule(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 2)))
			.hasMessage("progress.periods.error.window");
		assertThatThrownBy(
				() -> period.schedule(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 1)))
			.hasMessage("progress.periods.error.due");
	}

}
