package vn.cchc.portal.plans;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetTests {

	@Test
	void readsVietnameseAmounts() {
		assertThat(Budget.parse("500.000.000 đồng").amount()).isEqualByComparingTo("500000000");
		assertThat(Budget.parse("1,5 tỷ đồng").amount()).isEqualByComparingTo("1500000000");
		assertThat(Budget.parse("200 triệu").amount()).isEqualByComparingTo("200000000");
		assertThat(Budget.parse("120000000").amount()).isEqualByComparingTo("120000000");
	}

	@Test
	void keepsTextThatIsNotAnAmount() {
		Budget budget = Budget.parse(" Theo dự toán được cấp ");
		assertThat(budget.amount()).isNull();
		assertThat(budget.text()).isEqualTo("Theo dự toán được cấp");
		assertThat(Budget.parse("Ngân sách tỉnh 2024").amount()).isNull();
	}

	@Test
	void keepsTheWordingOfAnAmountToo() {
		assertThat(Budget.parse("1,5 tỷ đồng")).isEqualTo(new Budget(new BigDecimal("1500000000"), "1,5 tỷ đồng"));
		assertThat(Budget.parse("  ")).isEqualTo(new Budget(null, null));
	}

}
