package vn.cchc.portal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.cchc.portal.users.PortalUser;

/**
 * Demo profile only: this year's "Năm" period opened, and a few updates by Sở Tư pháp's
 * officer, the first time the portal starts on an empty database (after the demo plans).
 */
@Component
@Profile("demo")
@Order(20)
class DemoProgress implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

	private final ReportingPeriods periods;

	private final ReportingPeriodRepository repository;

	private final MyTasks myTasks;

	private final UserDetailsService users;

	private final Clock clock;

	DemoProgress(ReportingPeriods periods, ReportingPeriodRepository repository, MyTasks myTasks,
			UserDetailsService users, Clock clock) {
		this.periods = periods;
		this.repository = repository;
		this.myTasks = myTasks;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.repository.count() > 0) {
			return;
		}
		int year = LocalDate.now(this.clock).getYear();
		PeriodView yearPeriod = this.periods.ofYear(year)
			.stream()
			.filter((period) -> period.kind() == PeriodKind.YEAR)
			.findFirst()
			.orElseThrow();
		this.periods.open(yearPeriod.id(), yearPeriod.version());
		PortalUser officer = (PortalUser) this.users.loadUserByUsername("officer");
		List<MyTasks.Row> rows = this.myTasks.rows(officer, MyTasks.Filter.NONE);
		String[][] updates = { { "DONE_ON_TIME", "100", "Đã ban hành và triển khai đầy đủ." },
				{ "IN_PROGRESS", "60", "Đã hoàn thành dự thảo, đang lấy ý kiến các cơ quan." },
				{ "IN_PROGRESS", "30", "Đang rà soát, tổng hợp số liệu." } };
		for (int i = 0; i < Math.min(updates.length, rows.size()); i++) {
			this.myTasks.update(officer, rows.get(i).item().assignmentId(),
					new ProgressInput(ProgressStatus.valueOf(updates[i][0]), Integer.parseInt(updates[i][1]),
							updates[i][2], null, null, 0));
		}
		log.info("Demo data: opened the {} year period and saved {} updates of Sở Tư pháp.", year,
				Math.min(updates.length, rows.size()));
	}

}
