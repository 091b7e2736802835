package vn.cchc.portal.agencies;

/**
 * Letter-level comparison for short words, where OCR reads one letter as another
 * ("Pbòng", "quam").
 */
final class EditDistance {

	private EditDistance() {
	}

	/**
	 * Whether a and b have the same length and differ in at most one letter. Insertions
	 * and deletions are not allowed: they turn "hướng" into "trường".
	 */
	static boolean atMostOneSubstitution(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < a.length() && differences <= 1; i++) {
			if (a.charAt(i) != b.charAt(i)) {
				differences++;
			}
		}
		return differences <= 1;
	}

}
