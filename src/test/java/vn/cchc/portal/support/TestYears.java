package vn.cchc.portal.support;

/**
 * The year each test class that plans and reports works in, and the one after it (for
 * next year's plan): a reporting period, the dashboard and the province report count
 * every row of their year, so a class sharing its year with another would count the
 * other's rows, and pass or fail by the order classes run in. All lie far beyond the year
 * the demo data are loaded in (the year {@link TestClock#START} is in).
 */
public final class TestYears {

	public static final int DASHBOARD = 2041;

	public static final int DASHBOARD_FRESHNESS = 2043;

	public static final int PROGRESS_STATISTICS = 2045;

	public static final int PROVINCE_REPORT = 2047;

	public static final int TARGET_ACTUALS = 2049;

	public static final int AGENCY_REPORT_INTEGRITY = 2051;

	public static final int PERIOD_TALLY = 2053;

	public static final int CARRY_OVER = 2055;

	public static final int PROGRESS_API = 2057;

	public static final int AUDIT_TRAIL = 2059;

	public static final int REPORTING_CYCLE = 2061;

	public static final int MY_TASKS = 2063;

	public static final int NOTIFICATIONS = 2065;

	public static final int PERIOD_OPENED_NOTICE = 2067;

	public static final int JOURNEYS = 2069;

	public static final int VIETNAM_DAY = 2071;

	public static final int AUDIT_PAGE = 2073;

	public static final int BACKUP = 2075;

	private TestYears() {
	}

}
