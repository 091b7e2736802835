package vn.cchc.portal.shared.deadline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTests {

	@Test
	void isOverdueOnlyAfterItsDueDate() {
		Deadline deadline = Deadline.parse("Quý II/2024", 2024);
		assertThat(deadline.isOverdueOn(LocalDate.of(2024, 6, 30))).isFalse();
		assertThat(deadline.isOverdueOn(LocalDate.of(2024, 7, 1))).isTrue();
		assertThat(Deadline.parse("Thường xuyên", 2024).isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
		assertThat(Deadline.parse("Sau khi có hướng dẫn", 2024).isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
	}

	@Test
	void aDatedDeadlineKeepsItsOwnDateWhateverThePlanYear() {
		Deadline deadline = Deadline.parse("trước ngày 15/01/2025", 2024);
		assertThat(deadline.milestones(2024)).containsExactly(LocalDate.of(2025, 1, 14));
		assertThat(deadline.milestones(2025)).containsExactly(LocalDate.of(2025, 1, 14));
	}

	@Test
	void aRecurringDeadlineWithoutAYearAppliesToEveryPlanYear() {
		Deadline deadline = Deadline.parse("Hàng quý", 2024);
		assertThat(deadline.milestones()).first().isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(deadline.milestones(2026)).last().isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void periodEndsFollowTheCalendar() {
		assertThat(Recurrence.MONTHLY.periodEnds(2023)).element(1).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(Recurrence.MONTHLY.periodEnds(2024)).element(1).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Recurrence.HALF_YEARLY.periodEnds(2024)).containsExactly(LocalDate.of(2024, 6, 30),
				LocalDate.of(2024, 12, 31));
		assertThat(Recurrence.YEARLY.periodEnds(2024)).containsExactly(LocalDate.of(2024, 12, 31));
	}

	@Test
	void isAValue() {
		assertThat(Deadline.parse("Quý II/2024", 2024)).isEqualTo(Deadline.parse("Quý II/2024", 2024))
			.hasSameHashCodeAs(Deadline.parse("Quý II/2024", 2024))
			.isNotEqualTo(Deadline.parse("quy 2/2024", 2024))
			.isNotEqualTo(Deadline.parse("Quý II/2024", 2025));
		assertThat(Deadline.parse("Quý II/2024", 2024).parts()).isEmpty();
	}

	@Test
	void theDatedKindsAreThoseWithALastDay() {
		assertThat(DeadlineKind.QUARTER.isDated()).isTrue();
		assertThat(DeadlineKind.RECURRING.isDated()).isFalse();
		assertThat(DeadlineKind.MULTIPLE.isDated()).isFalse();
	}

}
