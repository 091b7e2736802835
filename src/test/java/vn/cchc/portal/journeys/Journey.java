package vn.cchc.portal.journeys;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every journey shares: the running portal (the one {@code @PortalWebTest} context
 * of the Failsafe run, on its own PostgreSQL) and the browsers it opens, closed after
 * each test. Journeys that change state do it on fresh agencies ({@link JourneyData}).
 */
@ExtendWith(Chromium.Installed.class)
abstract class Journey {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private final List<Chromium> browsers = new ArrayList<>();

	@BeforeAll
	static void chromiumInstalledWhereRequired() {
		assertThat(Chromium.installed() || !Chromium.required()).as(Chromium.missing()).isTrue();
	}

	/** A new browser window (its own cookies) for this journey. */
	Chromium browser(String journey) {
		Chromium browser = new Chromium(this.port, journey);
		this.browsers.add(browser);
		return browser;
	}

	/** When a journey fails, what each of its browsers showed: NN-failure.png. */
	@RegisterExtension
	final AfterTestExecutionCallback pictureOnFailure = (context) -> {
		if (context.getExecutionException().isPresent()) {
			this.browsers.forEach((browser) -> browser.picture("failure"));
		}
	};

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Chromium::close);
		this.browsers.clear();
	}

}
