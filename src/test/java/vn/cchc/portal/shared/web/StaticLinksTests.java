package vn.cchc.portal.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.PortalWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static links still go through the resource chain (a WebJar's versioned path, served);
 * links to pages are written as the template wrote them.
 */
@PortalWebTest
class StaticLinksTests {

	@LocalServerPort
	int port;

	@Test
	void onlyStaticLinksAreRewritten() {
		Browser planner = Browser.signedIn(this.port, "planner");
		String page = planner.get("/plans").body();
		java.util.regex.Matcher bootstrap = java.util.regex.Pattern
			.compile("href=\"(/webjars/bootstrap/\\d[^/\"]*/dist/css/bootstrap\\.min\\.css)\"")
			.matcher(page);
		assertThat(bootstrap.find()).as("the WebJar's versioned path").isTrue();
		assertThat(planner.get(bootstrap.group(1)).statusCode()).isEqualTo(200);
		assertThat(page).contains("href=\"/css/app.css\"", "href=\"/plans\"").containsPattern("href=\"/plans/\\d+\"");
	}

}
