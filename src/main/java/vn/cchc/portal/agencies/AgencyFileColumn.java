package vn.cchc.portal.agencies;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.cchc.portal.shared.text.VietnameseText;

/**
 * The columns of an agency file, recognised by their English or Vietnamese header, in any
 * case, with or without diacritics ("Mã", "ma", "code").
 */
enum AgencyFileColumn {

	CODE(true, "code", "ma", "ma co quan"),

	NAME(true, "name", "ten", "ten co quan", "ten day du"),

	SHORT_NAME(false, "short name", "ten ngan", "ten viet tat"),

	KIND(true, "kind", "loai", "loai co quan"),

	PARENT_CODE(false, "parent code", "parent", "ma co quan cap tren", "ma cap tren", "cap tren"),

	VALID_FROM(false, "valid from", "hieu luc tu", "tu ngay"),

	VALID_TO(false, "valid to", "hieu luc den", "den ngay"),

	ALIASES(false, "aliases", "alias", "ten khac");

	private final boolean required;

	private final List<String> headers;

	AgencyFileColumn(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	boolean isRequired() {
		return this.required;
	}

	/** The column a header names; "Tên_ngắn", "TEN NGAN" and "tên ngắn" are the same. */
	static Optional<AgencyFileColumn> ofHeader(String header) {
		String key = key(header);
		return Arrays.stream(values()).filter((column) -> column.headers.contains(key)).findFirst();
	}

	/** Folded, with punctuation and underscores as single spaces. */
	static String key(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
	}

}
