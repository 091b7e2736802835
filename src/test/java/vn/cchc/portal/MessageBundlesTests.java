package vn.cchc.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.cchc.portal.agencies.AgencyKind;
import vn.cchc.portal.users.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle (the shell's and one per module) offers the same texts in Vietnamese and
 * English, and every text a template asks for exists.
 */
class MessageBundlesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	@Test
	void everyBundleFileIsConfiguredAndEveryConfiguredBundleExists() throws IOException {
		Set<String> files;
		try (Stream<Path> all = Files.walk(RESOURCES)) {
			files = all.map((path) -> RESOURCES.relativize(path).toString().replace('\\', '/'))
				.filter((name) -> name.matches("(messages|i18n/[a-z]+)\\.properties"))
				.map((name) -> name.replace(".properties", ""))
				.collect(Collectors.toCollection(TreeSet::new));
		}
		assertThat(basenames()).containsExactlyInAnyOrderElementsOf(files);
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		for (String basename : basenames()) {
			Properties vietnamese = load(basename + ".properties");
			Properties english = load(basename + "_en.properties");
			assertThat(english.stringPropertyNames()).as(basename).isEqualTo(vietnamese.stringPropertyNames());
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String basename : basenames()) {
			for (String key : load(basename + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as(key + " is defined twice").isTrue();
			}
		}
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String basename : basenames()) {
			for (String bundle : List.of(basename + ".properties", basename + "_en.properties")) {
				Properties messages = load(bundle);
				assertThat(messages.stringPropertyNames()).as(bundle)
					.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
			}
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
		assertThat(allKeys()).containsAll(used);
	}

	@Test
	void everyRoleAndAgencyKindHasALabel() throws IOException {
		Set<String> keys = allKeys();
		Arrays.stream(Role.values()).forEach((role) -> assertThat(keys).contains("role." + role.name()));
		Arrays.stream(AgencyKind.values()).forEach((kind) -> assertThat(keys).contains("agency.kind." + kind.name()));
	}

	/** The bundles Spring loads, as {@code spring.messages.basename} lists them. */
	private static List<String> basenames() throws IOException {
		Properties application = load("application.properties");
		return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toList();
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : basenames()) {
			keys.addAll(load(basename + ".properties").stringPropertyNames());
		}
		return keys;
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
