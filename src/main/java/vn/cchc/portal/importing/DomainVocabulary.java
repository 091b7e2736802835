package vn.cchc.portal.importing;

import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.portal.shared.text.VietnameseText;

/**
 * Maps a section title to a reform domain by what it means, not by its number: plans
 * number sections freely, repeat numbers and add sections that are no domain. The rules
 * are the domains' own vocabulary (Nghị quyết 76/NQ-CP), folded so lost diacritics match;
 * OCR reads a capital Đ as P ("CHI PAO PIEU HANH"), so d/p are both accepted there; the
 * first rule that matches wins, and the order resolves overlaps ("cải cách thủ tục hành
 * chính" before anything mentioning "hành chính").
 */
final class DomainVocabulary {

	private static final List<Rule> RULES = List.of(
			new Rule("CHI_DAO_DIEU_HANH", "chi [dp]ao,? (va )?[dp]ieu hanh|[dp]ieu hanh cai cach|chi [dp]ao cai cach"),
			new Rule("TTHC", "thu tuc hanh chinh|\\btthc\\b|mot cua"),
			new Rule("THE_CHE", "(cai cach|xay dung|hoan thien) (the che|phap luat)|\\bthe che\\b"),
			new Rule("TO_CHUC_BO_MAY", "to chuc bo may|\\bbo may\\b|\\bt\\S{0,2} ch\\S{1,4} b\\S{1,2} may\\b"),
			new Rule("CONG_VU", "che do cong vu|cai cach cong vu|\\bcong vu\\b|cong chuc,? vien chuc"),
			new Rule("TAI_CHINH_CONG", "tai chinh cong|\\btai chinh\\b"), new Rule("CHINH_PHU_SO",
					"chinh (quyen|phu) (dien tu|so)|chuyen doi so|\\S?ng dung (cntt|cong nghe thong tin)|hien dai h\\S{1,2}a"));

	private DomainVocabulary() {
	}

	/** The domain code a title means, or null. */
	static String domainOf(String title) {
		String folded = VietnameseText.fold(title).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ");
		for (Rule rule : RULES) {
			if (rule.pattern().matcher(folded).find()) {
				return rule.domain();
			}
		}
		return null;
	}

	private record Rule(String domain, Pattern pattern) {

		Rule(String domain, String regex) {
			this(domain, Pattern.compile(regex));
		}

	}

}
