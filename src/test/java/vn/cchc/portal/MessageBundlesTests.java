package vn.cchc.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.users.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese and English offer the same texts, and every text a template asks for exists.
 */
class MessageBundlesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Properties vietnamese = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
	}

	@Test
	void everyRoleAndAgencyKindHasALabel() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Arrays.stream(Role.values()).forEach((role) -> assertThat(keys).contains("role." + role.name()));
		Arrays.stream(AgencyKind.values()).forEach((kind) -> assertThat(keys).contains("agency.kind." + kind.name()));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
