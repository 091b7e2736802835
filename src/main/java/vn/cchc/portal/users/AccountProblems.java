package vn.cchc.portal.users;

import java.util.List;

/**
 * An administrator's change breaks account rules: each problem names the form field it
 * belongs beside and a message code.
 */
class AccountProblems extends RuntimeException {

	private final List<Problem> problems;

	AccountProblems(List<Problem> problems) {
		super("Account rules broken: " + problems);
		this.problems = List.copyOf(problems);
	}

	static AccountProblems of(String field, String code) {
		return new AccountProblems(List.of(new Problem(field, code)));
	}

	List<Problem> problems() {
		return this.problems;
	}

	record Problem(String field, String code) {
	}

}
