package vn.cchc.portal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.plans.PlanWorkflow;
import vn.cchc.portal.users.PortalUser;

/**
 * Demo profile only: the real plans of the seeds, brought in by the importer itself the
 * first time the portal starts on an empty database. Quảng Ngãi 2024 (seed 001) is issued
 * by its real decision; Quảng Nam 2021 (seed 003) stays a draft to show the editor and
 * the workflow; seed 001 replayed in the current year (marked as illustrative) is issued
 * so that agencies have work to report on now.
 */
@Component
@Profile("demo")
@Order(10)
class DemoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final PlanImports imports;

	private final PlanWorkflow workflow;

	private final AgencyCatalog agencies;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoPlans(PlanImports imports, PlanWorkflow workflow, AgencyCatalog agencies, UserDetailsService users,
			JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.imports = imports;
		this.workflow = workflow;
		this.agencies = agencies;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from plan").query(Long.class).single() > 0) {
			return;
		}
		PortalUser planner = (PortalUser) this.users.loadUserByUsername("planner");
		long province = this.agencies.provinceCommitteeId();
		PlanDocumentReader reader = new PlanDocumentReader(this.clock);
		long quangNgai = this.imports.createDraft(reader.read(seed("001_3aebb1f59d195251.txt")), province, planner);
		this.workflow.submit(quangNgai, planner);
		this.workflow.issue(quangNgai, "1879/QĐ-UBND", LocalDate.of(2023, 12, 15), planner);
		this.imports.createDraft(reader.read(seed("003_58feb45cd8388237.txt")), province, planner);
		// Something to report on today: the 2024 plan replayed in the current year,
		// marked
		// as illustrative, issued, so agencies have tasks in this year's periods.
		int year = LocalDate.now(this.clock).getYear();
		String replayed = seed("001_3aebb1f59d195251.txt").replace("2024", String.valueOf(year))
			.replace("2023", String.valueOf(year - 1));
		long current = this.imports.createDraft(reader.read(replayed), province, planner);
		this.jdbc.sql("update plan set title = title || ' (dữ liệu minh họa)' where id = ?").param(current).update();
		this.workflow.submit(current, planner);
		this.workflow.issue(current, "1/QĐ-UBND (minh họa)", LocalDate.of(year - 1, 12, 15), planner);
		log.info("Demo data: imported the plans of seeds 001 (issued), 003 (draft) and 001 replayed in {} (issued).",
				year);
	}

	private static String seed(String name) {
		try {
			return new ClassPathResource("demo/seeds/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
