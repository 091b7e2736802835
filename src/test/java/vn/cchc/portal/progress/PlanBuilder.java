package vn.cchc.portal.progress;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import vn.cchc.portal.support.Browser;

/**
 * A plan of a {@link ReportingFixture}'s year drafted by the planner over HTTP with
 * sections in several reform domains, then issued or left a draft: for tests whose
 * expected figures are written per domain. Task ids go into the fixture's
 * {@link ReportingFixture#tasks}, so {@link ReportingFixture#assignment} finds them.
 */
public final class PlanBuilder {

	private static final AtomicInteger DECISIONS = new AtomicInteger();

	private final ReportingFixture fixture;

	private final Browser planner;

	private final String page;

	private long section;

	public PlanBuilder(ReportingFixture fixture, String title) {
		this.fixture = fixture;
		this.planner = Browser.signedIn(fixture.port, "planner");
		long plan = Browser.createdId(this.planner.submit("/plans/new", "/plans/new",
				Map.of("year", String.valueOf(fixture.year), "title", title)));
		this.page = "/plans/" + plan;
	}

	/** A new section; the tasks added next go into it. */
	public PlanBuilder section(String label, String title, String domainCode) {
		String form = this.page + "/sections/new";
		this.section = Browser.createdId(
				this.planner.submit(form, form, Map.of("label", label, "title", title, "domainCode", domainCode)));
		return this;
	}

	/**
	 * A task of the current section; leads and coordinators as the planner types them.
	 */
	public PlanBuilder task(String label, String text, String leads, String coordinators, String deadline) {
		String form = this.page + "/sections/" + this.section + "/tasks/new";
		this.fixture.tasks.put(label, Browser.createdId(this.planner.submit(form, form, Map.of("label", label, "text",
				text, "leads", leads, "coordinators", coordinators, "deadline", deadline))));
		return this;
	}

	/** Deletes a task added before (it stays in the database, marked deleted). */
	public PlanBuilder delete(String label) {
		String action = this.page + "/tasks/" + this.fixture.tasks.get(label) + "/delete";
		org.assertj.core.api.Assertions.assertThat(this.planner.submit(this.page, action, Map.of()).statusCode())
			.isEqualTo(302);
		return this;
	}

	/** The plan's page, e.g. to add targets before issuing. */
	public String page() {
		return this.page;
	}

	public Browser planner() {
		return this.planner;
	}

	/** Submits the plan and issues it. */
	public void issue() {
		this.planner.submit(this.page, this.page + "/submit", Map.of());
		org.assertj.core.api.Assertions.assertThat(this.planner.submit(this.page + "/issue", this.page + "/issue",
				Map.of("decisionNumber", DECISIONS.incrementAndGet() + "-" + this.fixture.tag + "/QĐ-UBND",
						"decisionDate", (this.fixture.year - 1) + "-12-20"))
			.statusCode()).isEqualTo(302);
		org.assertj.core.api.Assertions
			.assertThat(this.fixture.jdbc.queryForObject("select status from plan where id = ?", String.class,
					Long.parseLong(this.page.substring("/plans/".length()))))
			.isEqualTo("ISSUED");
	}

}
