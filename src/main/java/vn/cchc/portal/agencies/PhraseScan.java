package vn.cchc.portal.agencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.portal.agencies.AgencyResolution.Candidate;
import vn.cchc.portal.agencies.AgencyResolution.MatchType;
import vn.cchc.portal.agencies.AgencyResolution.Party;
import vn.cchc.portal.agencies.ResolverVocabulary.Entry;
import vn.cchc.portal.agencies.ResolverVocabulary.Similar;
import vn.cchc.portal.agencies.ResolverVocabulary.Target;

/**
 * One left-to-right pass over a phrase. At each word it takes, in order: a noise word
 * ("chủ trì", "phối hợp"), the longest known name or group, a unit named by its level, a
 * name completed from its context, a fuzzy match; what is left is an unknown name when it
 * starts like one ("Sở …", "Trung tâm …"), otherwise description text, skipped to the end
 * of its clause.
 */
final class PhraseScan {

	static final double EXACT = 1.0;

	static final double ALIAS = 0.97;

	static final double FOLDED = 0.9;

	/** A name completed from its context: "Các Sở: Nội vụ", "UBND cấp huyện, cấp xã". */
	static final double FROM_CONTEXT = 0.85;

	static final double UNIT_AT_LEVEL = 0.7;

	/** Fuzzy confidence is the similarity scaled below any folded match. */
	static final double FUZZY_SCALE = 0.85;

	/** Similarity a fuzzy match needs to be taken. */
	static final double FUZZY_ACCEPT = 0.6;

	/** Similarity a list item without a recognisable head needs ("Sa Nội vụ"). */
	static final double FUZZY_ACCEPT_HEADLESS = 0.7;

	/** Similarity a longer, damaged name needs to replace a known name it starts with. */
	static final double LONGER_NAME = 0.75;

	/** Spans this close in similarity count as equally good; the longer one wins. */
	static final double CLOSE = 0.1;

	/** Similarity a fuzzy runner-up needs to be offered. */
	static final double FUZZY_OFFER = 0.45;

	/** Two targets sharing one wording: each is less certain. */
	static final double AMBIGUITY = 0.8;

	private static final int MAX_CANDIDATES = 3;

	private static final List<List<String>> NOISE = sortedLongestFirst(List.of("co quan chu tri", "co quan phoi hop",
			"co quan thuc hien", "don vi chu tri", "don vi phoi hop", "don vi thuc hien", "chu tri", "phoi hop",
			"thuc hien", "theo chuc nang nhiem vu", "theo chuc nang", "theo doi", "tiep nhan"));

	/** How names of bodies begin; description text does not. */
	private static final List<List<String>> NAME_HEADS = sortedLongestFirst(List.of("so", "ban", "uy ban", "van phong",
			"phong", "cuc", "chi cuc", "chi nhanh", "trung tam", "dai", "bao", "buu dien", "cong an", "kho bac",
			"bao hiem", "ngan hang", "thanh tra", "truong", "benh vien", "hoi", "hoi dong", "lien doan", "lien minh",
			"mat tran", "tinh doan", "tinh uy", "doan", "co quan", "co so", "don vi", "cong ty", "tong cong ty", "vien",
			"hoc vien", "toa an", "to chuc", "bo phan", "cong chuc", "can bo"));

	/** Units that exist at every district or commune ("Phòng Tư pháp cấp huyện"). */
	private static final List<List<String>> UNIT_HEADS = sortedLongestFirst(
			List.of("phong", "van phong", "cong chuc", "can bo", "bo phan", "trung tam"));

	private static final Map<List<String>, String> LEVELS = Map.of(List.of("cap", "huyen"),
			AgencyDirectory.DISTRICT_COMMITTEES, List.of("huyen", "thi", "xa", "thanh", "pho"),
			AgencyDirectory.DISTRICT_COMMITTEES, List.of("cap", "xa"), AgencyDirectory.COMMUNE_COMMITTEES,
			List.of("xa", "phuong", "thi", "tran"), AgencyDirectory.COMMUNE_COMMITTEES);

	/**
	 * A word of the phrase and what separates it from the previous one.
	 *
	 * @param distributiveHead the word a list shares ("so" after "Các Sở:"), or null
	 */
	private record Word(String text, int start, int end, boolean strongBefore, boolean commaBefore, boolean andBefore,
			boolean fillerBefore, String distributiveHead) {

		boolean breakBefore() {
			return this.commaBefore || this.andBefore || this.fillerBefore;
		}

	}

	/** A party and where the scan goes on; {@code key} is set for vocabulary matches. */
	private record Found(Party party, int end, List<String> key) {

	}

	private final ResolverVocabulary vocabulary;

	private final String phrase;

	private final Word[] words;

	private final List<Party> parties = new ArrayList<>();

	PhraseScan(ResolverVocabulary vocabulary, String phrase) {
		this.vocabulary = vocabulary;
		this.phrase = phrase;
		this.words = words(NameTokens.tokenize(phrase));
	}

	AgencyResolution scan() {
		int n = this.words.length;
		List<String> lastKey = null;
		int k = 0;
		while (k < n) {
			int noiseEnd = sequenceEnd(k, NOISE, true);
			if (noiseEnd > k) {
				k = noiseEnd;
				continue;
			}
			Found found = known(k, lastKey);
			if (found != null) {
				found = longerDamagedName(k, found);
				this.parties.add(found.party());
				lastKey = found.key();
				k = found.end();
				continue;
			}
			k = unknown(k, runEnd(k));
			lastKey = null;
		}
		return new AgencyResolution(this.phrase, this.parties);
	}

	/** A known name or group starting at k, in the order of trust. */
	private Found known(int k, List<String> lastKey) {
		Found found = keyMatch(k, List.of(), false);
		Word word = this.words[k];
		if (found == null && word.distributiveHead() != null) {
			found = keyMatch(k, List.of(word.distributiveHead()), true);
		}
		if (found == null) {
			found = unitAtLevel(k);
		}
		if (found == null && lastKey != null && word.breakBefore() && !word.strongBefore()) {
			// "UBND cấp huyện, cấp xã": the second name borrows the first one's head.
			for (int p = lastKey.size() - 1; p >= 1 && found == null; p--) {
				found = keyMatch(k, lastKey.subList(0, p), true);
			}
		}
		return found;
	}

	/**
	 * Where an unmatched run starting at k ends: the next clause or the next known thing.
	 */
	private int runEnd(int k) {
		int j = k + 1;
		while (j < this.words.length && !this.words[j].strongBefore() && sequenceEnd(j, NOISE, true) == j
				&& !startsKnown(j)) {
			j++;
		}
		return j;
	}

	/** Handles the unmatched run [k, end); returns where the scan goes on. */
	private int unknown(int k, int end) {
		Word word = this.words[k];
		boolean distributive = word.distributiveHead() != null;
		boolean named = distributive || sequenceEnd(k, NAME_HEADS, true) > k;
		int pieceEnd = k + 1;
		while (pieceEnd < end && !this.words[pieceEnd].breakBefore()) {
			pieceEnd++;
		}
		boolean listItem = (word.strongBefore() || word.breakBefore()) && pieceEnd - k <= 4
				&& (pieceEnd == this.words.length || this.words[pieceEnd].breakBefore()
						|| this.words[pieceEnd].strongBefore());
		if (named || listItem) {
			// A list item whose head is damaged ("Sa Nội vụ") must look closer to a name.
			Found fuzzy = fuzzy(k, named ? end : pieceEnd, named ? FUZZY_ACCEPT : FUZZY_ACCEPT_HEADLESS);
			if (fuzzy != null) {
				this.parties.add(fuzzy.party());
				return fuzzy.end();
			}
		}
		if (named) {
			this.parties.add(party(k, pieceEnd, List.of()));
			return pieceEnd;
		}
		if (pieceEnd == k + 1 || (k + 1 < end && sequenceEnd(k + 1, NAME_HEADS, true) > k + 1)) {
			return k + 1; // a stray or damaged word ("tỉnh", "Cáe") before a name
		}
		// Description text ("xây dựng quy trình nội bộ …"): skipped to the end of its
		// clause, or to a known name listed after it.
		int j = k + 1;
		while (j < this.words.length && !this.words[j].strongBefore()
				&& !(this.words[j].breakBefore() && keyHit(j, List.of(), this.words[j].text()) != null)) {
			j++;
		}
		return j;
	}

	/**
	 * A known name followed, in the same noun phrase, by words that make it a longer,
	 * damaged name: "Các Sở, ngành có lien quon" is not "các sở, ngành".
	 */
	private Found longerDamagedName(int k, Found found) {
		int e = found.end();
		if (found.key() == null || e >= this.words.length || this.words[e].strongBefore() || this.words[e].breakBefore()
				|| sequenceEnd(e, NOISE, true) > e || startsKnown(e)) {
			return found;
		}
		int limit = e + 1;
		while (limit < Math.min(this.words.length, e + 3) && !this.words[limit].strongBefore()
				&& !this.words[limit].breakBefore()) {
			limit++;
		}
		Set<String> codes = new HashSet<>();
		found.party().candidates().forEach((candidate) -> codes.add(candidate.code()));
		for (int end = limit; end > e; end--) {
			List<Similar> similar = this.vocabulary.similarTo(keyText(k, end, null), LONGER_NAME);
			if (!similar.isEmpty() && !codes.contains(similar.get(0).target().code())) {
				return new Found(party(k, end, fuzzyCandidates(similar)), end, null);
			}
		}
		return found;
	}

	/**
	 * The best fuzzy match of a span starting at k: within the run, or the run together
	 * with the known name right after it ("Vam phòng UBND tỉnh" is not "UBND tỉnh"). Of
	 * spans about as similar, the longest wins, but a span only reaches over a comma or
	 * "và" when that makes it clearly more similar than any span that does not ("Sở Văn
	 * hóa, Thể thao …").
	 */
	private Found fuzzy(int k, int end, double accept) {
		String head = this.words[k].distributiveHead();
		List<Span> spans = new ArrayList<>();
		if (end < this.words.length && !this.words[end].strongBefore() && !this.words[end].breakBefore()) {
			KeyHit next = keyHit(end, List.of(), this.words[end].text());
			if (next != null) {
				spans.add(new Span(next.end(), false,
						this.vocabulary.similarTo(keyText(k, next.end(), head), FUZZY_OFFER)));
			}
		}
		ResolverVocabulary.Similarity similarity = this.vocabulary.similarity();
		if (head != null) {
			similarity.add(head);
		}
		int length = (head != null) ? head.length() : 0;
		boolean crossesBreak = false;
		List<Span> growing = new ArrayList<>();
		for (int e = k + 1; e <= Math.min(end, k + this.vocabulary.longestKey() + 2); e++) {
			Word word = this.words[e - 1];
			crossesBreak |= e - 1 > k && word.breakBefore();
			similarity.add(word.text());
			length += word.text().length() + 1;
			if (length >= 5) {
				growing.add(new Span(e, crossesBreak, similarity.best(FUZZY_OFFER)));
			}
		}
		for (int i = growing.size() - 1; i >= 0; i--) {
			spans.add(growing.get(i)); // longest first
		}
		double top = 0;
		double topWithinItem = 0;
		for (Span span : spans) {
			top = Math.max(top, span.top());
			if (!span.crossesBreak()) {
				topWithinItem = Math.max(topWithinItem, span.top());
			}
		}
		if (top < accept) {
			return null;
		}
		for (Span span : spans) {
			double needed = span.crossesBreak() ? Math.max(top - CLOSE, topWithinItem + CLOSE / 2) : top - CLOSE;
			if (span.top() >= Math.max(accept, needed)) {
				return new Found(party(k, span.end(), fuzzyCandidates(span.similar())), span.end(), null);
			}
		}
		return null;
	}

	private record Span(int end, boolean crossesBreak, List<Similar> similar) {

		double top() {
			return this.similar.isEmpty() ? 0 : this.similar.get(0).similarity();
		}

	}

	private static List<Candidate> fuzzyCandidates(List<Similar> similar) {
		return similar.stream()
			.limit(MAX_CANDIDATES)
			.map((s) -> candidate(s.target(), FUZZY_SCALE * s.similarity(), MatchType.FUZZY))
			.toList();
	}

	private String keyText(int from, int to, String head) {
		StringBuilder key = new StringBuilder((head != null) ? head : "");
		for (int i = from; i < to; i++) {
			key.append(key.isEmpty() ? "" : " ").append(this.words[i].text());
		}
		return key.toString();
	}

	/**
	 * The longest name or group whose words, after the given prefix, are the words from k
	 * on, within one clause.
	 */
	private Found keyMatch(int k, List<String> prefix, boolean fromContext) {
		String first = prefix.isEmpty() ? this.words[k].text() : prefix.get(0);
		KeyHit hit = keyHit(k, prefix, first);
		if (hit == null) {
			return null;
		}
		return new Found(keyParty(k, hit.end(), this.vocabulary.withKey(hit.entry().keyText()), fromContext), hit.end(),
				hit.entry().key());
	}

	private record KeyHit(int end, Entry entry) {

	}

	private KeyHit keyHit(int k, List<String> prefix, String first) {
		int p = prefix.size();
		for (Entry entry : this.vocabulary.startingWith(first)) {
			List<String> key = entry.key();
			int need = key.size() - p;
			if (need <= 0 || k + need > this.words.length || !key.subList(0, p).equals(prefix)) {
				continue;
			}
			if (matches(k, key.subList(p, key.size()))) {
				return new KeyHit(k + need, entry);
			}
		}
		return null;
	}

	/** Whether a known name or group starts at j, without building its party. */
	private boolean startsKnown(int j) {
		Word word = this.words[j];
		return keyHit(j, List.of(), word.text()) != null
				|| (word.distributiveHead() != null
						&& keyHit(j, List.of(word.distributiveHead()), word.distributiveHead()) != null)
				|| (sequenceEnd(j, UNIT_HEADS, true) > j && unitAtLevel(j) != null);
	}

	private boolean matches(int k, List<String> expected) {
		for (int i = 0; i < expected.size(); i++) {
			Word word = this.words[k + i];
			if ((i > 0 && word.strongBefore()) || !word.text().equals(expected.get(i))) {
				return false;
			}
		}
		return true;
	}

	private Party keyParty(int from, int to, List<Entry> entries, boolean fromContext) {
		String surface = ResolverVocabulary
			.surface(this.phrase.substring(this.words[from].start(), this.words[to - 1].end()));
		Map<Target, Candidate> byTarget = new LinkedHashMap<>();
		for (Entry entry : entries) {
			MatchType type;
			double confidence;
			if (fromContext) {
				type = MatchType.FOLDED;
				confidence = FROM_CONTEXT;
			}
			else if (surface.equals(entry.surface())) {
				type = entry.official() ? MatchType.EXACT : MatchType.ALIAS;
				confidence = entry.official() ? EXACT : ALIAS;
			}
			else {
				type = MatchType.FOLDED;
				confidence = FOLDED;
			}
			Candidate candidate = candidate(entry.target(), confidence, type);
			byTarget.merge(entry.target(), candidate, (a, b) -> (a.confidence() >= b.confidence()) ? a : b);
		}
		List<Candidate> candidates = new ArrayList<>(byTarget.values());
		if (candidates.size() > 1) {
			candidates.replaceAll((c) -> new Candidate(c.kind(), c.agencyId(), c.code(), c.name(),
					c.confidence() * AMBIGUITY, c.match()));
		}
		candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
		return party(from, to, candidates);
	}

	/**
	 * "Phòng Tư pháp cấp huyện", "Văn phòng HĐND và UBND cấp huyện": the level's
	 * committees.
	 */
	private Found unitAtLevel(int k) {
		int headEnd = sequenceEnd(k, UNIT_HEADS, true);
		if (headEnd == k) {
			return null;
		}
		for (int j = headEnd; j < Math.min(this.words.length, k + 12); j++) {
			Word word = this.words[j];
			if (word.strongBefore() || word.commaBefore() || word.fillerBefore()) {
				return null;
			}
			for (Map.Entry<List<String>, String> level : LEVELS.entrySet()) {
				List<String> suffix = level.getKey();
				Target group = this.vocabulary.group(level.getValue());
				if (group != null && j + suffix.size() <= this.words.length && matches(j, suffix)) {
					int end = j + suffix.size();
					return new Found(party(k, end, List.of(candidate(group, UNIT_AT_LEVEL, MatchType.UNIT_AT_LEVEL))),
							end, null);
				}
			}
		}
		return null;
	}

	/**
	 * The end of the longest listed word sequence starting at k, or k. With
	 * {@code tolerant}, words of at least four letters may have one wrong letter (OCR).
	 */
	private int sequenceEnd(int k, List<List<String>> sequences, boolean tolerant) {
		for (List<String> sequence : sequences) {
			if (k + sequence.size() > this.words.length) {
				continue;
			}
			boolean match = true;
			for (int i = 0; i < sequence.size() && match; i++) {
				Word word = this.words[k + i];
				String expected = sequence.get(i);
				match = (i == 0 || !word.strongBefore()) && (word.text().equals(expected) || (tolerant
						&& expected.length() >= 4 && EditDistance.atMostOneSubstitution(word.text(), expected)));
			}
			if (match) {
				return k + sequence.size();
			}
		}
		return k;
	}

	private Party party(int from, int to, List<Candidate> candidates) {
		int start = this.words[from].start();
		int end = this.words[to - 1].end();
		return new Party(start, end, this.phrase.substring(start, end), candidates);
	}

	private static Candidate candidate(Target target, double confidence, MatchType type) {
		return new Candidate(target.kind(), target.agencyId(), target.code(), target.name(), confidence, type);
	}

	/** The words of the phrase, with the separators before each and lists distributed. */
	private static Word[] words(List<NameTokens.Token> tokens) {
		List<Word> words = new ArrayList<>();
		boolean strong = true;
		boolean comma = false;
		boolean and = false;
		boolean filler = false;
		String distributiveHead = null;
		for (int i = 0; i < tokens.size(); i++) {
			NameTokens.Token token = tokens.get(i);
			switch (token.type()) {
				case STRONG -> {
					strong = true;
					distributiveHead = null;
				}
				case SOFT -> {
					boolean isAnd = token.text().equals("va") || token.text().equals("voi") || token.text().equals("&");
					and |= isAnd;
					comma |= !isAnd && !token.text().equals("-") && !token.text().equals("–");
				}
				case FILLER -> {
					// "Các Sở: Nội vụ, Tư pháp" names Sở Nội vụ and Sở Tư pháp.
					if (i + 2 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 2).text().equals(":")) {
						distributiveHead = tokens.get(i + 1).text();
						i += 2;
						strong = true;
					}
					else {
						filler = true;
					}
				}
				case WORD -> {
					words.add(new Word(token.text(), token.start(), token.end(), strong, comma, and, filler,
							distributiveHead));
					strong = false;
					comma = false;
					and = false;
					filler = false;
				}
			}
		}
		return words.toArray(Word[]::new);
	}

	private static List<List<String>> sortedLongestFirst(List<String> sequences) {
		return sequences.stream()
			.map((sequence) -> List.of(sequence.split(" ")))
			.sorted(Comparator.comparingInt((List<String> sequence) -> sequence.size()).reversed())
			.toList();
	}

}
