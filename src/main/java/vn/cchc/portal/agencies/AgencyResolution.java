package vn.cchc.portal.agencies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a free-text phrase of a plan names: its parties in the order they are written.
 *
 * @param phrase the phrase as resolved (Unicode NFC; span offsets refer to it)
 * @param parties one per agency, group or unknown name found in the phrase
 */
public record AgencyResolution(String phrase, List<Party> parties) {

	public AgencyResolution {
		Objects.requireNonNull(phrase, "phrase");
		parties = List.copyOf(parties);
	}

	/** The parties with at least one candidate. */
	public List<Party> resolved() {
		return this.parties.stream().filter(Party::isResolved).toList();
	}

	/** The spans that look like names but match nothing: "pick or create" in the UI. */
	public List<Party> unresolved() {
		return this.parties.stream().filter((party) -> !party.isResolved()).toList();
	}

	/**
	 * One named party: where it is written and who it may be.
	 *
	 * @param start offset of the span's first character in the phrase
	 * @param end offset after its last character
	 * @param text the span as written
	 * @param candidates who it may be, best first; empty when nothing matched
	 */
	public record Party(int start, int end, String text, List<Candidate> candidates) {

		public Party {
			Objects.requireNonNull(text, "text");
			candidates = List.copyOf(candidates);
		}

		public boolean isResolved() {
			return !this.candidates.isEmpty();
		}

		/** The best candidate, if any. */
		public Optional<Candidate> best() {
			return this.candidates.stream().findFirst();
		}

	}

	/**
	 * One possible meaning of a span.
	 *
	 * @param kind an agency or a group
	 * @param agencyId the agency's id, {@code null} for a group
	 * @param code the agency's or the group's code
	 * @param name the agency's official name or the group's canonical wording
	 * @param confidence from 0 to 1: 1 for the exact name, lower the looser the match
	 * @param match how the span matched
	 */
	public record Candidate(TargetKind kind, Long agencyId, String code, String name, double confidence,
			MatchType match) {

	}

	/** What a candidate stands for. */
	public enum TargetKind {

		AGENCY, GROUP

	}

	/** How a span matched, from the strictest to the loosest. */
	public enum MatchType {

		/** The official name, or the group's canonical wording (case aside). */
		EXACT,

		/** A short name, alias, earlier name, or a group wording. */
		ALIAS,

		/**
		 * A name after folding diacritics, case, punctuation, "và"/"&"/"-", "các" and
		 * abbreviations (UBND, HĐND, KH&ĐT); also names completed from their context
		 * ("Các Sở: Nội vụ, Tư pháp", "UBND cấp huyện, cấp xã").
		 */
		FOLDED,

		/**
		 * Similar, not equal, after folding: OCR damage, typing errors, partial names.
		 */
		FUZZY,

		/**
		 * A unit named by its level ("Phòng Tư pháp cấp huyện", "công chức Tư pháp - Hộ
		 * tịch cấp xã"): it stands for that level's people's committees, which own the
		 * task.
		 */
		UNIT_AT_LEVEL

	}

}
