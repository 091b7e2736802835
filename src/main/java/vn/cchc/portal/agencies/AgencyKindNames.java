package vn.cchc.portal.agencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a kind as people write it in a file: the enum name ("DEPARTMENT") or the label
 * the portal shows, in Vietnamese or English ("Sở, ban, ngành", "so ban nganh", "UBND cấp
 * xã", "Ủy ban nhân dân cấp xã"). The labels come from the agencies message bundles, so a
 * renamed label is accepted at once.
 */
final class AgencyKindNames {

	private static final String[] BUNDLES = { "/i18n/agencies.properties", "/i18n/agencies_en.properties" };

	private static final Map<String, AgencyKind> BY_KEY = load();

	private AgencyKindNames() {
	}

	static Optional<AgencyKind> parse(String text) {
		return Optional.ofNullable(BY_KEY.get(key(text)));
	}

	/** "Ủy ban nhân dân" and "UBND" are written interchangeably. */
	private static String key(String text) {
		return AgencyFileColumn.key(text).replace("uy ban nhan dan", "ubnd");
	}

	private static Map<String, AgencyKind> load() {
		Map<String, AgencyKind> byKey = new HashMap<>();
		for (AgencyKind kind : AgencyKind.values()) {
			byKey.put(key(kind.name()), kind);
		}
		for (String bundle : BUNDLES) {
			Properties labels = new Properties();
			try (InputStream in = AgencyKindNames.class.getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			for (AgencyKind kind : AgencyKind.values()) {
				String label = labels.getProperty("agency.kind." + kind.name());
				if (label != null) {
					byKey.put(key(label), kind);
				}
			}
		}
		return Map.copyOf(byKey);
	}

}
