package vn.cchc.portal.agencies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.portal.shared.text.VietnameseText;

/**
 * Splits agency text into folded words and separators, expanding the abbreviations plans
 * use, so that "Sở KH&ĐT", "So Ke hoach va Dau tu" and "Sở Kế hoạch – Đầu tư" give the
 * same words.
 */
final class NameTokens {

	enum Type {

		/** A folded word that can be part of a name. */
		WORD,

		/**
		 * A separator names may contain: comma, "và", "&", hyphen, dash. Also "với",
		 * which only ever separates parties.
		 */
		SOFT,

		/**
		 * A separator no name contains: ";", ":", brackets, a sentence end, a new line.
		 */
		STRONG,

		/** A determiner ("các", "những") that names and groups may or may not write. */
		FILLER

	}

	/**
	 * One token. Several words expanded from one abbreviation share its offsets.
	 */
	record Token(String text, int start, int end, Type type) {

		boolean isWord() {
			return this.type == Type.WORD;
		}

	}

	/**
	 * Abbreviations as they fold, squashed ("KH&ĐT" is "khdt"), and what they stand for.
	 */
	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("ubnd", "uy ban nhan dan"),
			Map.entry("hdnd", "hoi dong nhan dan"), Map.entry("dbqh", "dai bieu quoc hoi"),
			Map.entry("khdt", "ke hoach dau tu"), Map.entry("tttt", "thong tin truyen thong"),
			Map.entry("tnmt", "tai nguyen moi truong"), Map.entry("nnptnt", "nong nghiep phat trien nong thon"),
			Map.entry("ldtbxh", "lao dong thuong binh xa hoi"), Map.entry("vhttdl", "van hoa the thao du lich"),
			Map.entry("gddt", "giao duc dao tao"), Map.entry("khcn", "khoa hoc cong nghe"),
			Map.entry("gtvt", "giao thong van tai"), Map.entry("ptth", "phat thanh truyen hinh"),
			Map.entry("tthc", "thu tuc hanh chinh"), Map.entry("cchc", "cai cach hanh chinh"),
			Map.entry("tp", "thanh pho"), Map.entry("tx", "thi xa"), Map.entry("vp", "van phong"),
			Map.entry("vpub", "van phong uy ban nhan dan"), Map.entry("bql", "ban quan ly"),
			Map.entry("kkt", "khu kinh te"), Map.entry("kcn", "khu cong nghiep"), Map.entry("bhxh", "bao hiem xa hoi"),
			Map.entry("kbnn", "kho bac nha nuoc"), Map.entry("nhnn", "ngan hang nha nuoc"),
			Map.entry("mttq", "mat tran to quoc"), Map.entry("cqcm", "co quan chuyen mon"),
			Map.entry("dvsncl", "don vi su nghiep cong lap"));

	private static final Set<String> SOFT_WORDS = Set.of("va", "voi");

	private static final Set<String> FILLERS = Set.of("cac", "nhung");

	private NameTokens() {
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Tokens of text already in NFC; offsets refer to it. */
	static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			char ch = text.charAt(i);
			if (Character.isLetterOrDigit(ch)) {
				int end = chunkEnd(text, i);
				addChunk(tokens, text, i, end);
				i = end;
			}
			else if (Character.isWhitespace(ch)) {
				if (ch == '\n' || ch == '\r') {
					tokens.add(new Token("\n", i, i + 1, Type.STRONG));
				}
				i++;
			}
			else {
				tokens.add(new Token(String.valueOf(ch), i, i + 1, separatorType(ch, tokens)));
				i++;
			}
		}
		return tokens;
	}

	/** The folded words of a name: what the vocabulary is keyed by. */
	static List<String> words(String text) {
		return tokenize(nfc(text)).stream().filter(Token::isWord).map(Token::text).toList();
	}

	/**
	 * A chunk: letters and digits, with "&" or "-" between them ("KH&ĐT", "LĐ-TB&XH",
	 * "thanh-Truyền").
	 */
	private static int chunkEnd(String text, int start) {
		int i = start;
		while (i < text.length()) {
			char ch = text.charAt(i);
			if (Character.isLetterOrDigit(ch) || isCombiningMark(ch)) {
				i++;
			}
			else if ((ch == '&' || ch == '-') && i + 1 < text.length()
					&& Character.isLetterOrDigit(text.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

	private static boolean isCombiningMark(char ch) {
		int type = Character.getType(ch);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	private static void addChunk(List<Token> tokens, String text, int start, int end) {
		String chunk = text.substring(start, end);
		if (chunk.indexOf('&') < 0 && chunk.indexOf('-') < 0) {
			addWord(tokens, VietnameseText.fold(chunk), start, end);
			return;
		}
		String[] parts = chunk.split("[&-]");
		if (isAbbreviation(chunk, parts)) {
			addWord(tokens, VietnameseText.fold(String.join("", parts)), start, end);
			return;
		}
		// Words joined by a hyphen or "&": "Phát thanh-Truyền hình".
		int offset = start;
		for (int p = 0; p < parts.length; p++) {
			addWord(tokens, VietnameseText.fold(parts[p]), offset, offset + parts[p].length());
			offset += parts[p].length();
			if (p < parts.length - 1) {
				tokens.add(new Token(String.valueOf(text.charAt(offset)), offset, offset + 1, Type.SOFT));
				offset++;
			}
		}
	}

	/** "KH&ĐT", "LĐ-TB&XH", "PT-TH", also typed in lower case: "kh&dt". */
	private static boolean isAbbreviation(String chunk, String[] parts) {
		boolean upper = chunk.equals(chunk.toUpperCase(java.util.Locale.ROOT));
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 4 || (!upper && part.length() > 3)) {
				return false;
			}
		}
		return true;
	}

	private static void addWord(List<Token> tokens, String folded, int start, int end) {
		if (folded.isEmpty()) {
			return;
		}
		String expansion = ABBREVIATIONS.get(folded);
		if (expansion != null) {
			for (String word : expansion.split(" ")) {
				tokens.add(new Token(word, start, end, Type.WORD));
			}
		}
		else if (SOFT_WORDS.contains(folded)) {
			tokens.add(new Token(folded, start, end, Type.SOFT));
		}
		else if (FILLERS.contains(folded)) {
			tokens.add(new Token(folded, start, end, Type.FILLER));
		}
		else if (folded.equals("cap") && !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("cac")) {
			// "các cấp" (all levels) keeps its "các": "UBND các cấp" is not "UBND cấp …".
			Token cac = tokens.remove(tokens.size() - 1);
			tokens.add(new Token("cac", cac.start(), cac.end(), Type.WORD));
			tokens.add(new Token(folded, start, end, Type.WORD));
		}
		else {
			tokens.add(new Token(folded, start, end, Type.WORD));
		}
	}

	private static Type separatorType(char ch, List<Token> before) {
		return switch (ch) {
			case ';', ':', '(', ')', '[', ']', '+', '\n', '\r', '?', '!' -> Type.STRONG;
			// A period ends a sentence, unless it ends an abbreviation ("TP. Tam Kỳ").
			case '.' -> endsShortWord(before) ? Type.SOFT : Type.STRONG;
			default -> Type.SOFT;
		};
	}

	private static boolean endsShortWord(List<Token> before) {
		if (before.isEmpty()) {
			return false;
		}
		Token last = before.get(before.size() - 1);
		return last.type() == Type.WORD && (last.end() - last.start()) <= 3;
	}

}
