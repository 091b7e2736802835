package vn.cchc.portal.plans;

import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The task editor's form: the task as the plan writes it, one field per column of the
 * appendix table; products one per line. {@code version} is the version the planner
 * started from.
 */
record TaskForm(@Size(max = 20, message = "{form.tooLong}") String label,
		@NotBlank(message = "{form.required}") @Size(max = 10000, message = "{form.tooLong}") String text,
		@Size(max = 2000, message = "{form.tooLong}") String leads,
		@Size(max = 2000, message = "{form.tooLong}") String coordinators,
		@Size(max = 5000, message = "{form.tooLong}") String products,
		@Size(max = 500, message = "{form.tooLong}") String deadline,
		@Size(max = 500, message = "{form.tooLong}") String budget,
		@Size(max = 5000, message = "{form.tooLong}") String notes, Long version) {

	static TaskForm empty() {
		return new TaskForm(null, null, null, null, null, null, null, null, 0L);
	}

	/** The form showing a saved task: its parties as the plan worded them. */
	static TaskForm of(PlanView.Task task) {
		return new TaskForm(task.label(), task.text(),
				(task.leadWording() != null) ? task.leadWording() : wording(task.leads()),
				(task.coordinatorWording() != null) ? task.coordinatorWording() : wording(task.coordinators()),
				String.join("\n", task.products()), task.deadlineText(),
				(task.budgetText() != null) ? task.budgetText()
						: (task.budgetAmount() != null) ? task.budgetAmount().toPlainString() : null,
				task.notes(), task.version());
	}

	/** The version the planner started from; a new task has none yet. */
	long startedFrom() {
		return (this.version != null) ? this.version : 0;
	}

	TaskForm withVersion(long newVersion) {
		return new TaskForm(this.label, this.text, this.leads, this.coordinators, this.products, this.deadline,
				this.budget, this.notes, newVersion);
	}

	TaskDraft toDraft() {
		return new TaskDraft(this.label, this.text, this.leads, this.coordinators, this.products, this.deadline,
				this.budget, this.notes);
	}

	private static String wording(java.util.List<PlanView.Party> parties) {
		return parties.stream().map(PlanView.Party::wording).collect(Collectors.joining("; "));
	}

}
