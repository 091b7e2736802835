package vn.cchc.portal.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTests {

	private final Navigation navigation = new Navigation(RoleHierarchyImpl.withDefaultRolePrefix().build());

	@Test
	void officersSeeTheCommonEntriesOnly() {
		List<Navigation.Item> items = this.navigation.navigation(signedIn("ROLE_OFFICER"), request("/agencies"));
		assertThat(items).extracting(Navigation.Item::path)
			.containsExactly("/", "/my-tasks", "/agency-report", "/plans", "/periods", "/agencies", "/domains");
	}

	@Test
	void administratorsAlsoSeeAccounts() {
		List<Navigation.Item> items = this.navigation.navigation(signedIn("ROLE_ADMIN"), request("/"));
		assertThat(items).extracting(Navigation.Item::path)
			.containsExactly("/", "/dashboard", "/reports", "/plans", "/periods", "/agencies", "/domains",
					"/admin/users", "/admin/audit");
	}

	@Test
	void leadershipSeesTheDashboardAndTheProvinceReportButNoAgencyWork() {
		List<Navigation.Item> items = this.navigation.navigation(signedIn("ROLE_LEADER"), request("/"));
		assertThat(items).extracting(Navigation.Item::path)
			.contains("/dashboard", "/reports")
			.doesNotContain("/my-tasks", "/agency-report", "/admin/users");
	}

	@Test
	void marksTheCurrentSectionOnly() {
		List<Navigation.Item> items = this.navigation.navigation(signedIn("ROLE_PLANNER"), request("/agencies"));
		assertThat(items).filteredOn(Navigation.Item::current)
			.extracting(Navigation.Item::path)
			.containsExactly("/agencies");
	}

	@Test
	void anonymousVisitorsGetNoMenu() {
		AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(this.navigation.navigation(anonymous, request("/login"))).isEmpty();
	}

	@Test
	void everyEntryHasAVietnameseAndAnEnglishLabel() throws IOException {
		// Labels live in the shell bundle or in their module's bundle: look across all.
		for (String suffix : List.of(".properties", "_en.properties")) {
			Properties messages = new Properties();
			for (String basename : basenames()) {
				try (InputStream in = getClass().getResourceAsStream("/" + basename + suffix)) {
					messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			assertThat(Navigation.ENTRIES).allSatisfy((entry) -> assertThat(messages).containsKey(entry.labelKey()));
		}
	}

	private static List<String> basenames() throws IOException {
		Properties application = new Properties();
		try (InputStream in = NavigationTests.class.getResourceAsStream("/application.properties")) {
			application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toList();
	}

	private static TestingAuthenticationToken signedIn(String authority) {
		return new TestingAuthenticationToken("someone", "secret", authority);
	}

	private static MockHttpServletRequest request(String path) {
		return new MockHttpServletRequest("GET", path);
	}

}
