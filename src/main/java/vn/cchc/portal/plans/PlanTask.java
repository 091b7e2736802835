package vn.cchc.portal.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.SQLRestriction;

/**
 * A task of a plan, or an activity under a task: what is to be done, by whom, producing
 * what, by when, with what budget. Edited on its own with its own version, so two
 * planners working on different tasks of one plan never collide, and the same task is
 * never silently overwritten.
 */
@Entity
@SQLRestriction("deleted_at is null")
class PlanTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long sectionId;

	private Long parentTaskId;

	private int position;

	private String label;

	private String text;

	private String leadWording;

	private String coordinatorWording;

	private String deadlineText;

	private String deadlineKind;

	private LocalDate deadlineDue;

	private BigDecimal budgetAmount;

	private String budgetText;

	private String notes;

	private Long originTaskId;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "plan_task_party", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	private List<TaskParty> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "plan_task_product", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> products = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "plan_task_target", joinColumns = @JoinColumn(name = "task_id"))
	@Column(name = "target_id")
	private Set<Long> targetIds = new HashSet<>();

	protected PlanTask() {
	}

	PlanTask(long planId, long sectionId, Long parentTaskId, int position) {
		this.planId = planId;
		this.sectionId = sectionId;
		this.parentTaskId = parentTaskId;
		this.position = position;
	}

	/** Moves the task to another section of the plan, at {@code newPosition}. */
	void moveTo(long newSectionId, int newPosition) {
		this.sectionId = newSectionId;
		this.position = newPosition;
	}

	/** Takes the task's place among its siblings (moving up or down). */
	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	/** Marks the task as carrying out {@code origin}, a task of the province plan. */
	void implement(long origin) {
		this.originTaskId = origin;
	}

	Long getOriginTaskId() {
		return this.originTaskId;
	}

	/** Replaces what the task says; the caller checked the plan is editable. */
	void write(TaskContent content) {
		this.label = content.label();
		this.text = content.text();
		this.leadWording = content.leadWording();
		this.coordinatorWording = content.coordinatorWording();
		this.deadlineText = content.deadlineText();
		this.deadlineKind = content.deadlineKind();
		this.deadlineDue = content.deadlineDue();
		this.budgetAmount = content.budgetAmount();
		this.budgetText = content.budgetText();
		this.notes = content.notes();
		this.parties.clear();
		this.parties.addAll(content.parties());
		this.products.clear();
		this.products.addAll(content.products());
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	long getSectionId() {
		return this.sectionId;
	}

	Long getParentTaskId() {
		return this.parentTaskId;
	}

	int getPosition() {
		return this.position;
	}

	String getLabel() {
		return this.label;
	}

	String getText() {
		return this.text;
	}

	/** The targets this task serves. */
	Set<Long> getTargetIds() {
		return this.targetIds;
	}

	String getLeadWording() {
		return this.leadWording;
	}

	String getCoordinatorWording() {
		return this.coordinatorWording;
	}

	String getDeadlineText() {
		return this.deadlineText;
	}

	String getDeadlineKind() {
		return this.deadlineKind;
	}

	LocalDate getDeadlineDue() {
		return this.deadlineDue;
	}

	BigDecimal getBudgetAmount() {
		return this.budgetAmount;
	}

	String getBudgetText() {
		return this.budgetText;
	}

	String getNotes() {
		return this.notes;
	}

	long getVersion() {
		return this.version;
	}

	List<TaskParty> getParties() {
		return this.parties;
	}

	List<String> getProducts() {
		return this.products;
	}

}
