package vn.cchc.portal.progress;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.portal.plans.TaskCompletion;

/**
 * Tasks are finished when every lead agency's latest reported status (in the latest
 * period it reported on) is done or stopped; a lead that never reported leaves it
 * unfinished.
 */
@Component
class ReportedCompletion implements TaskCompletion {

	private final JdbcClient jdbc;

	ReportedCompletion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> finished(Collection<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				select a.task_id
				from assignment a
				left join lateral (
				    select p.status from assignment_progress p join reporting_period r on r.id = p.period_id
				    where p.assignment_id = a.id order by r.cutoff_to desc limit 1) latest on true
				where a.active and a.role = 'LEAD' and a.task_id in (:taskIds)
				group by a.task_id
				having bool_and(coalesce(latest.status in ('DONE_ON_TIME', 'DONE_LATE', 'SUSPENDED'), false))
				""").param("taskIds", taskIds).query(Long.class).list());
	}

}
