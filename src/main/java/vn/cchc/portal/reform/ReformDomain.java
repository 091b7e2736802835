package vn.cchc.portal.reform;

import java.util.Locale;

/**
 * One of the seven reform domains (Nghị quyết 76/NQ-CP). {@code code} is stable and used
 * by the API and the importers.
 */
public record ReformDomain(String code, int position, String nameVi, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

}
