package vn.cchc.portal.support;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh agencies and accounts of a test's own, and the year's period opened: what tests
 * that report progress set up, so that none depends on another's data.
 */
public final class TestData {

	/** bcrypt of "cchc-demo", as the demo accounts have. */
	public static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$YATkzbilEt1I9LCCm7hHo./t6aq2S4bAA2P26BrnGTvGiQ8D4D2Fu";

	private TestData() {
	}

	/**
	 * A department with this name (its code derived from it), valid from 2040: in every
	 * {@link TestYears} year, and never one of "every department" in the years of the
	 * demo data and of the plans other tests draft.
	 */
	public static long agency(JdbcTemplate jdbc, String name) {
		return agency(jdbc, name, "DEPARTMENT", LocalDate.of(2040, 1, 1));
	}

	/** An agency of this kind with this name, valid from that day. */
	public static long agency(JdbcTemplate jdbc, String name, String kind, LocalDate validFrom) {
		return jdbc.queryForObject("insert into agency (code, name, kind, valid_from) values (?, ?, ?, ?) returning id",
				Long.class, name.replace(' ', '-').toUpperCase(), name, kind, validFrom);
	}

	/** An account of the agency, password "cchc-demo"; {@code email} may be null. */
	public static void person(JdbcTemplate jdbc, String username, String fullName, String role, long agency,
			String email) {
		jdbc.update("insert into user_account (username, password_hash, full_name, role, agency_id, email) "
				+ "values (?, ?, ?, ?, ?, ?)", username, DEMO_PASSWORD_HASH, fullName, role, agency, email);
	}

	/**
	 * The year's "Năm" period, opened by the planner unless it is open already: every
	 * test reports in it, each for its own agencies.
	 */
	public static long openYearPeriod(int port, JdbcTemplate jdbc, int year) {
		Browser planner = Browser.signedIn(port, "planner");
		planner.get("/periods?year=" + year);
		Map<String, Object> period = jdbc.queryForMap(
				"select id, status, version from reporting_period where plan_year = ? and kind = 'YEAR'", year);
		long id = ((Number) period.get("id")).longValue();
		if (!"OPEN".equals(period.get("status"))) {
			planner.submit("/periods?year=" + year, "/periods/" + id + "/open",
					Map.of("version", String.valueOf(period.get("version")), "year", String.valueOf(year)));
		}
		return id;
	}

}
