package vn.cchc.portal.shared.scheduling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the modules' {@code @Scheduled} jobs: the purge of old sign-in failure counts, the
 * reminders and the mail outbox. Tests switch it off
 * ({@code cchc.scheduling.enabled=false}) and call the jobs themselves, so that nothing
 * runs behind their back.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "cchc.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {

}
