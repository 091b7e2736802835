package vn.cchc.portal.agencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.cchc.portal.agencies.AgencyResolution.TargetKind;

/**
 * Every name and wording of a directory, folded once at construction: an index by first
 * word for the greedy longest match, and a trigram index for fuzzy matching.
 */
final class ResolverVocabulary {

	/** An agency or a group. */
	record Target(TargetKind kind, Long agencyId, String code, String name) {

	}

	/**
	 * One way to write a target.
	 *
	 * @param key the folded words
	 * @param surface the wording in lower case, for telling an exact name from a folded
	 * match
	 * @param official whether it is the official name (or the group's canonical wording)
	 */
	record Entry(int id, Target target, List<String> key, String keyText, String surface, boolean official,
			int trigramCount) {

	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final List<Entry> entries = new ArrayList<>();

	/** Entries by their first word, longest first. */
	private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

	private final Map<String, List<Entry>> byKeyText = new HashMap<>();

	private final Map<String, int[]> trigramPostings;

	private final Map<String, Target> groups = new HashMap<>();

	private final int longestKey;

	ResolverVocabulary(AgencyDirectory directory) {
		Set<String> seen = new HashSet<>();
		for (AgencyDirectory.Agency agency : directory.agencies()) {
			Target target = new Target(TargetKind.AGENCY, agency.id(), agency.code(), agency.name());
			add(target, agency.name(), true, seen);
			agency.otherNames().forEach((name) -> add(target, name, false, seen));
		}
		for (AgencyDirectory.Group group : directory.groups()) {
			Target target = new Target(TargetKind.GROUP, null, group.code(), group.name());
			this.groups.put(group.code(), target);
			add(target, group.name(), true, seen);
			group.phrases().forEach((phrase) -> add(target, phrase, false, seen));
		}
		Comparator<Entry> longestFirst = Comparator.comparingInt((Entry entry) -> entry.key().size()).reversed();
		this.byFirstWord.values().forEach((list) -> list.sort(longestFirst));
		this.trigramPostings = indexTrigrams();
		this.longestKey = this.entries.stream().mapToInt((entry) -> entry.key().size()).max().orElse(0);
	}

	private void add(Target target, String text, boolean official, Set<String> seen) {
		if (text == null || text.isBlank()) {
			return;
		}
		List<String> key = NameTokens.words(text);
		if (key.isEmpty()) {
			return;
		}
		String keyText = String.join(" ", key);
		String surface = surface(text);
		if (!seen.add(target.kind() + "/" + target.code() + "/" + keyText + "/" + surface)) {
			return;
		}
		Entry entry = new Entry(this.entries.size(), target, key, keyText, surface, official, trigrams(keyText).size());
		this.entries.add(entry);
		this.byFirstWord.computeIfAbsent(key.get(0), (word) -> new ArrayList<>()).add(entry);
		this.byKeyText.computeIfAbsent(keyText, (k) -> new ArrayList<>()).add(entry);
	}

	private Map<String, int[]> indexTrigrams() {
		Map<String, List<Integer>> postings = new HashMap<>();
		for (Entry entry : this.entries) {
			for (String trigram : trigrams(entry.keyText())) {
				postings.computeIfAbsent(trigram, (t) -> new ArrayList<>()).add(entry.id());
			}
		}
		Map<String, int[]> index = new HashMap<>();
		postings.forEach((trigram, ids) -> index.put(trigram, ids.stream().mapToInt(Integer::intValue).toArray()));
		return index;
	}

	/**
	 * A wording compared for exactness: NFC, lower case, single spaces, no leading "các",
	 * no surrounding punctuation.
	 */
	static String surface(String text) {
		String lower = NameTokens.nfc(text).toLowerCase(VIETNAMESE).replaceAll("\\s+", " ").strip();
		lower = lower.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
		return lower.startsWith("các ") ? lower.substring(4) : lower;
	}

	/** Word trigrams as PostgreSQL's pg_trgm makes them: each word padded " w ". */
	static Set<String> trigrams(String keyText) {
		Set<String> trigrams = new HashSet<>();
		for (String word : keyText.split(" ")) {
			String padded = "  " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				trigrams.add(padded.substring(i, i + 3));
			}
		}
		return trigrams;
	}

	List<Entry> startingWith(String word) {
		return this.byFirstWord.getOrDefault(word, List.of());
	}

	List<Entry> withKey(String keyText) {
		return this.byKeyText.getOrDefault(keyText, List.of());
	}

	Target group(String code) {
		return this.groups.get(code);
	}

	int longestKey() {
		return this.longestKey;
	}

	/** A target and how similar a text is to its closest wording (Dice on trigrams). */
	record Similar(Target target, double similarity) {

	}

	/**
	 * Targets whose wordings are at least {@code minimum} similar to the text, best
	 * first.
	 */
	List<Similar> similarTo(String keyText, double minimum) {
		Similarity similarity = similarity();
		for (String word : keyText.split(" ")) {
			similarity.add(word);
		}
		return similarity.best(minimum);
	}

	Similarity similarity() {
		return new Similarity();
	}

	/**
	 * Trigram overlap with every wording, grown one word at a time, so that all the spans
	 * starting at one word cost little more than the longest one.
	 */
	final class Similarity {

		private final int[] shared = new int[ResolverVocabulary.this.entries.size()];

		private final int[] touched = new int[ResolverVocabulary.this.entries.size()];

		private int touchedCount;

		private final Set<String> query = new HashSet<>();

		void add(String word) {
			String padded = "  " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				String trigram = padded.substring(i, i + 3);
				if (!this.query.add(trigram)) {
					continue;
				}
				int[] ids = ResolverVocabulary.this.trigramPostings.get(trigram);
				if (ids != null) {
					for (int id : ids) {
						if (this.shared[id]++ == 0) {
							this.touched[this.touchedCount++] = id;
						}
					}
				}
			}
		}

		/** Dice coefficient of the words so far against each target's closest wording. */
		List<Similar> best(double minimum) {
			Map<Target, Double> best = new LinkedHashMap<>();
			for (int t = 0; t < this.touchedCount; t++) {
				int id = this.touched[t];
				Entry entry = ResolverVocabulary.this.entries.get(id);
				double dice = 2.0 * this.shared[id] / (this.query.size() + entry.trigramCount());
				if (dice >= minimum) {
					best.merge(entry.target(), dice, Math::max);
				}
			}
			List<Similar> similar = new ArrayList<>(best.size());
			best.forEach((target, dice) -> similar.add(new Similar(target, dice)));
			similar.sort(Comparator.comparingDouble(Similar::similarity).reversed());
			return similar;
		}

	}

}
