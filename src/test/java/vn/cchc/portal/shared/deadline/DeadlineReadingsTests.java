package vn.cchc.portal.shared.deadline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages read the same wordings thousands of times: a wording is parsed once per plan
 * year, and the year still counts.
 */
class DeadlineReadingsTests {

	@Test
	void aWordingIsReadOncePerYear() {
		Deadline first = Deadline.parse("Quý II năm 2024", 2024);
		assertThat(Deadline.parse("Quý II năm 2024", 2024)).isSameAs(first);
		assertThat(first.dueDate()).contains(LocalDate.of(2024, 6, 30));
	}

	@Test
	void theSameWordingInAnotherYearIsReadForThatYear() {
		assertThat(Deadline.parse("Quý II", 2024).dueDate()).contains(LocalDate.of(2024, 6, 30));
		assertThat(Deadline.parse("Quý II", 2025).dueDate()).contains(LocalDate.of(2025, 6, 30));
	}

	@Test
	void noWordingIsStillUnknown() {
		assertThat(Deadline.parse(null, 2024).kind()).isEqualTo(DeadlineKind.UNKNOWN);
	}

}
