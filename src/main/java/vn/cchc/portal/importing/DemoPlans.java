package vn.cchc.portal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
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
 * the workflow.
 */
@Component
@Profile("demo")
class DemoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final PlanImports imports;

	private final PlanWorkflow workflow;

	private final AgencyCatalog agencies;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	DemoPlans(PlanImports imports, PlanWorkflow workflow, AgencyCatalog agencies, UserDetailsService users,
			JdbcClient jdbc) {
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
		PlanDocumentReader reader = new PlanDocumentReader();
		long quangNgai = this.imports.createDraft(reader.read(seed("001_3aebb1f59d195251.txt")), province, planner);
		this.workflow.submit(quangNgai, planner);
		this.workflow.issue(quangNgai, "1879/QĐ-UBND", LocalDate.of(2023, 12, 15), planner);
		this.imports.createDraft(reader.read(seed("003_58feb45cd8388237.txt")), province, planner);
		log.info("Demo data: imported the plans of seeds 001 (issued) and 003 (draft).");
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
