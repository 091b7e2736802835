package vn.cchc.portal.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void removesDiacriticsCaseAndExtraSpaces() {
		assertThat(VietnameseText.fold("  Sở   Nội VỤ ")).isEqualTo("so noi vu");
		assertThat(VietnameseText.fold("Ủy ban nhân dân tỉnh Quảng Ngãi")).isEqualTo("uy ban nhan dan tinh quang ngai");
	}

	@Test
	void foldsTheLetterDWithStroke() {
		assertThat(VietnameseText.fold("Sở KH&ĐT")).isEqualTo("so kh&dt");
		assertThat(VietnameseText.fold("đào tạo")).isEqualTo("dao tao");
	}

	@Test
	void treatsComposedAndDecomposedFormsAlike() {
		String composed = "Tư pháp";
		String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed)).isEqualTo("tu phap");
	}

	@Test
	void foldsNothingToEmpty() {
		assertThat(VietnameseText.fold(null)).isEmpty();
		assertThat(VietnameseText.fold("   ")).isEmpty();
	}

}
