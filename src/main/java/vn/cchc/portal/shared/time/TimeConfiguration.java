package vn.cchc.portal.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every time-based rule reads (lockouts, audit times, deadlines, "today"),
 * in the province's time zone: Việt Nam's date is the next day from 17:00 UTC, and every
 * date a person sees or a deadline is judged by is Việt Nam's. Tests replace it with a
 * clock they set.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	@Bean
	Clock clock(@Value("${cchc.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
		return Clock.system(zone);
	}

}
