package vn.cchc.portal.shared.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Housekeeping jobs run inside the portal ({@code @Scheduled} methods of the modules),
 * such as the purge of old sign-in failure counts.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
