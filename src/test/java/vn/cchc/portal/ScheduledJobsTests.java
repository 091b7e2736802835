package vn.cchc.portal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal starts with its scheduled jobs on, as in production (the other tests switch
 * them off and call the jobs themselves), and every module's job is registered once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cchc.scheduling.enabled=true")
class ScheduledJobsTests {

	@Autowired
	List<ScheduledTaskHolder> holders;

	@Test
	void theJobsOfEveryModuleAreScheduledOnce() {
		List<String> jobs = this.holders.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map((task) -> task.getTask().getRunnable().toString())
			.toList();
		assertThat(jobs).anyMatch((job) -> job.contains("LoginThrottle"))
			.anyMatch((job) -> job.contains("Reminders"))
			.anyMatch((job) -> job.contains("MailOutbox"))
			.doesNotHaveDuplicates();
	}

}
