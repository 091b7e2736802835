package vn.cchc.portal.agencies;

import java.util.Objects;

/**
 * Turns a phrase of a plan ("Sở Tư pháp và các sở, ban ngành, UBND cấp huyện; UBND cấp
 * xã") into the agencies and groups it names, each with ranked candidates and a
 * confidence. Pure Java: build one per {@link AgencyDirectory} (the names are folded and
 * indexed once) and share it; it is immutable and thread-safe.
 * <p>
 * Matching, from the most to the least trusted: the exact name, an alias or group
 * wording, the same words after folding diacritics, case, punctuation and abbreviations,
 * then trigram similarity for OCR damage. Known names are taken greedily, longest first,
 * so the commas and "và" inside "Sở Văn hóa, Thể thao và Du lịch" do not split it.
 */
public final class AgencyNameResolver {

	private final ResolverVocabulary vocabulary;

	public AgencyNameResolver(AgencyDirectory directory) {
		this.vocabulary = new ResolverVocabulary(Objects.requireNonNull(directory, "directory"));
	}

	/** The parties a phrase names, in the order it names them. */
	public AgencyResolution resolve(String phrase) {
		String text = NameTokens.nfc((phrase != null) ? phrase : "");
		return new PhraseScan(this.vocabulary, text).scan();
	}

}
