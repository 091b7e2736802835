package vn.cchc.portal.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.cchc.portal.shared.text.VietnameseNumbers;

/**
 * The target editor's form. Numbers are kept as typed ("94,5", "1.200") so a rejected
 * form shows them back unchanged; {@code version} is the version the planner started
 * from.
 */
record TargetForm(@Size(max = 20, message = "{form.tooLong}") String label,
		@NotBlank(message = "{form.required}") @Size(max = 5000, message = "{form.tooLong}") String wording,
		@Size(max = 500, message = "{form.tooLong}") String metric, String comparator,
		@Size(max = 30, message = "{form.tooLong}") String value,
		@Size(max = 50, message = "{form.tooLong}") String unit, String level,
		@Size(max = 30, message = "{form.tooLong}") String baseline,
		@Size(max = 500, message = "{form.tooLong}") String source, Boolean cumulative, List<Long> taskIds,
		Long version) {

	/** The largest value the database keeps (numeric(16, 4)). */
	private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	static TargetForm empty() {
		return new TargetForm(null, null, null, "≥", null, "%", "PROVINCE", null, null, true, List.of(), 0L);
	}

	static TargetForm of(PlanView.Target target) {
		return new TargetForm(target.label(), target.wording(), target.metric(), target.comparator(),
				(target.value() != null) ? PlanView.Target.number(target.value()) : null, target.unit(), target.level(),
				(target.baseline() != null) ? PlanView.Target.number(target.baseline()) : null, target.source(),
				target.cumulative(), target.taskIds(), target.version());
	}

	/** The tasks ticked as serving the target (a value that is no number is none). */
	Set<Long> links() {
		return (this.taskIds != null) ? this.taskIds.stream()
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toUnmodifiableSet()) : Set.of();
	}

	boolean accumulates() {
		return Boolean.TRUE.equals(this.cumulative);
	}

	long startedFrom() {
		return (this.version != null) ? this.version : 0;
	}

	TargetForm withVersion(long newVersion) {
		return new TargetForm(this.label, this.wording, this.metric, this.comparator, this.value, this.unit, this.level,
				this.baseline, this.source, this.cumulative, this.taskIds, newVersion);
	}

	/**
	 * The checks beyond the annotations, each beside its field: numbers that read, and a
	 * comparator and a value that go together.
	 */
	void check(BindingResult errors) {
		boolean valueOk = readable(this.value, "value", errors);
		readable(this.baseline, "baseline", errors);
		boolean hasComparator = this.comparator != null && !this.comparator.isBlank();
		if (hasComparator && !List.of("≥", "≤", "=").contains(this.comparator)) {
			errors.rejectValue("comparator", "plans.target.comparator.invalid");
		}
		else if (valueOk && hasComparator && blank(this.value)) {
			errors.rejectValue("value", "plans.target.value.required");
		}
		else if (valueOk && !hasComparator && !blank(this.value)) {
			errors.rejectValue("comparator", "plans.target.comparator.required");
		}
		if (this.level != null && !this.level.isBlank()
				&& java.util.Arrays.stream(PlanTarget.Level.values()).noneMatch((l) -> l.name().equals(this.level))) {
			errors.rejectValue("level", "plans.target.level.invalid");
		}
	}

	PlanDrafting.TargetDraft toDraft() {
		return new PlanDrafting.TargetDraft(this.label, this.wording, this.metric, this.comparator, number(this.value),
				this.unit, this.level, number(this.baseline), this.source, accumulates(), links());
	}

	private static boolean readable(String text, String field, BindingResult errors) {
		if (blank(text)) {
			return true;
		}
		BigDecimal number = number(text);
		if (number == null || number.abs().compareTo(LIMIT) >= 0) {
			errors.rejectValue(field, "plans.target.number.invalid");
			return false;
		}
		return true;
	}

	/** A number as a Vietnamese plan writes it, or nothing when it does not read. */
	static BigDecimal number(String text) {
		return VietnameseNumbers.parse(text);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
