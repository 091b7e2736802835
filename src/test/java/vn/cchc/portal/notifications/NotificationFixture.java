package vn.cchc.portal.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.portal.support.Browser;
import vn.cchc.portal.support.TestData;

/**
 * Two fresh agencies (A and B) with a head and an officer each, all with an e-mail, and a
 * third (C) with no work; an issued plan of the year giving A and B work. The same
 * approach as the progress tests' ReportingFixture, with mailboxes.
 */
final class NotificationFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final int port;

	final JdbcTemplate jdbc;

	final int year;

	final String tag;

	final long agencyA;

	final long agencyB;

	final long agencyC;

	/** Task ids by label. */
	final Map<String, Long> tasks = new LinkedHashMap<>();

	NotificationFixture(int port, JdbcTemplate jdbc, int year) {
		this.port = port;
		this.jdbc = jdbc;
		this.year = year;
		this.tag = "n" + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
		this.agencyA = agency("Sở Gamma " + this.tag);
		this.agencyB = agency("Sở Delta " + this.tag);
		this.agencyC = agency("Sở Epsilon " + this.tag);
		person("headA", "AGENCY_HEAD", this.agencyA);
		person("officerA", "OFFICER", this.agencyA);
		person("headB", "AGENCY_HEAD", this.agencyB);
		person("officerB", "OFFICER", this.agencyB);
		person("officerC", "OFFICER", this.agencyC);
	}

	/** Two tasks: a) led by A with B coordinating, b) led by A alone. Issued. */
	NotificationFixture plan() {
		Browser planner = Browser.signedIn(this.port, "planner");
		long plan = Browser.createdId(planner.submit("/plans/new", "/plans/new",
				Map.of("year", String.valueOf(this.year), "title", "KH thông báo " + this.tag)));
		String page = "/plans/" + plan;
		long section = Browser.createdId(planner.submit(page + "/sections/new", page + "/sections/new",
				Map.of("label", "1.", "title", "Cải cách thủ tục hành chính", "domainCode", "TTHC")));
		String form = page + "/sections/" + section + "/tasks/new";
		String a = agencyName(this.agencyA);
		String b = agencyName(this.agencyB);
		for (List<String> task : List.of(List.of("a)", "Công bố thủ tục hành chính " + this.tag, a, b),
				List.of("b)", "Số hóa kết quả giải quyết " + this.tag, a, ""))) {
			this.tasks.put(task.get(0),
					Browser.createdId(planner.submit(form, form, Map.of("label", task.get(0), "text", task.get(1),
							"leads", task.get(2), "coordinators", task.get(3), "deadline", "Thường xuyên"))));
		}
		planner.submit(page, page + "/submit", Map.of());
		planner.submit(page + "/issue", page + "/issue", Map.of("decisionNumber", "8" + SEQUENCE.get() + "/QĐ-UBND",
				"decisionDate", (this.year - 1) + "-12-20"));
		return this;
	}

	/**
	 * The id of the year's period of this kind (Q1, H1, M9, YEAR), created if need be.
	 */
	long period(String kind) {
		Browser.signedIn(this.port, "planner").get("/periods?year=" + this.year);
		return this.jdbc.queryForObject("select id from reporting_period where plan_year = ? and kind = ?", Long.class,
				this.year, kind);
	}

	/** Opens the period unless it is open already. */
	void open(long periodId) {
		Map<String, Object> period = this.jdbc.queryForMap("select status, version from reporting_period where id = ?",
				periodId);
		if (!"OPEN".equals(period.get("status"))) {
			Browser planner = Browser.signedIn(this.port, "planner");
			planner.submit("/periods?year=" + this.year, "/periods/" + periodId + "/open",
					Map.of("version", String.valueOf(period.get("version")), "year", String.valueOf(this.year)));
		}
	}

	String agencyName(long agency) {
		return this.jdbc.queryForObject("select name from agency where id = ?", String.class, agency);
	}

	long assignment(String label, long agency) {
		return this.jdbc.queryForObject("select id from assignment where task_id = ? and agency_id = ? and active",
				Long.class, this.tasks.get(label), agency);
	}

	Browser signedIn(String person) {
		return Browser.signedIn(this.port, username(person));
	}

	String username(String person) {
		return person + "-" + this.tag;
	}

	String email(String person) {
		return username(person).toLowerCase() + "@mail.test";
	}

	long accountId(String person) {
		return this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, username(person));
	}

	/** The kinds of notification the person has, oldest first. */
	List<String> kinds(String person) {
		return this.jdbc.queryForList("select kind from notification where recipient_id = ? order by id", String.class,
				accountId(person));
	}

	private long agency(String name) {
		return TestData.agency(this.jdbc, name);
	}

	private void person(String person, String role, long agency) {
		TestData.person(this.jdbc, username(person), person + " " + this.tag, role, agency, email(person));
	}

}
