package vn.cchc.portal.plans;

import java.util.Objects;

/**
 * One field of a conflict page: what is saved now (someone else's save) beside what the
 * planner typed, so they can see the difference and apply theirs again.
 *
 * @param field the message key of the field's label
 * @param saved the field as saved now
 * @param typed the field as the planner typed it
 */
public record ConflictRow(String field, String saved, String typed) {

	/** Whether the two differ, blank and missing being the same. */
	public boolean differs() {
		return !Objects.equals(normal(this.saved), normal(this.typed));
	}

	private static String normal(String text) {
		return (text == null || text.isBlank()) ? null : text.strip().replace("\r\n", "\n");
	}

}
