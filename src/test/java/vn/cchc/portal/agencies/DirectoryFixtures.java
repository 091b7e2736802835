package vn.cchc.portal.agencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test directories from CSV fixtures: code, kind, parent code, name, other names
 * separated by "|". Fields with commas are quoted; lines starting with "#" are comments.
 */
final class DirectoryFixtures {

	private DirectoryFixtures() {
	}

	static AgencyDirectory load(String resource) {
		List<String[]> rows = new ArrayList<>();
		for (String line : resourceText(resource).split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				rows.add(csvFields(line));
			}
		}
		Map<String, Long> ids = new HashMap<>();
		for (String[] row : rows) {
			ids.put(row[0], (long) ids.size() + 1);
		}
		List<AgencyDirectory.Agency> agencies = new ArrayList<>();
		for (String[] row : rows) {
			Long parent = row[2].isEmpty() ? null : ids.get(row[2]);
			if (!row[2].isEmpty() && parent == null) {
				throw new IllegalStateException("Unknown parent " + row[2] + " in " + resource);
			}
			List<String> otherNames = (row.length > 4 && !row[4].isBlank()) ? List.of(row[4].split("\\|")) : List.of();
			agencies.add(new AgencyDirectory.Agency(ids.get(row[0]), row[0], AgencyKind.valueOf(row[1]), parent, row[3],
					otherNames));
		}
		return AgencyDirectory.withStandardGroups(agencies);
	}

	static String resourceText(String resource) {
		try (InputStream in = DirectoryFixtures.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String[] csvFields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (ch == '"') {
				quoted = !quoted;
			}
			else if (ch == ',' && !quoted) {
				fields.add(field.toString().strip());
				field.setLength(0);
			}
			else {
				field.append(ch);
			}
		}
		fields.add(field.toString().strip());
		return fields.toArray(String[]::new);
	}

}
