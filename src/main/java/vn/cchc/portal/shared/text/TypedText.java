package vn.cchc.portal.shared.text;

/**
 * What a person typed into an optional field: surrounding spaces are not part of it, and
 * a field left blank is stored as nothing rather than as an empty string.
 */
public final class TypedText {

	private TypedText() {
	}

	/**
	 * The text stripped, or {@code null} when nothing but spaces (or nothing) was typed.
	 */
	public static String orNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
