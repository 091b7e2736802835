package vn.cchc.portal.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work an agency must report on: its active assignments in issued plans. Always asked
 * for one agency, so an agency never sees another's work.
 */
@Service
@Transactional(readOnly = true)
public class AgencyWork {

	private final AssignmentRepository assignments;

	AgencyWork(AssignmentRepository assignments) {
		this.assignments = assignments;
	}

	/** The agency's assignments in issued plans of a year, in plan and task order. */
	public List<Item> of(long agencyId, int year) {
		return this.assignments.workOf(agencyId, year);
	}

	/**
	 * One assignment, only if it is the agency's: the same answer whether absent or not
	 * theirs.
	 */
	public Optional<Item> find(long assignmentId, long agencyId) {
		return this.assignments.workItem(assignmentId, agencyId);
	}

	/** An assignment as the agency's officers see it. */
	public record Item(long assignmentId, long planId, String planTitle, String section, String domainCode,
			String taskLabel, String taskText, String role, String deadlineText, LocalDate deadlineDue) {
	}

}
