package vn.cchc.portal.shared.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures that are the request's fault, not the portal's, however deep they surface:
 * characters PostgreSQL cannot store (NUL, or none of UTF-8), parameters that are not
 * UTF-8 at all, and paging or sorting parameters Spring Data cannot read. They answer
 * 400, never 500.
 */
public final class BadInput {

	/**
	 * character_not_in_repertoire (a NUL byte in a text), untranslatable_character,
	 * invalid_escape_sequence.
	 */
	private static final Set<String> SQL_STATES = Set.of("22021", "22P05", "22025");

	private BadInput() {
	}

	public static boolean isCause(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			// Set.of refuses to look up null: a pool timeout has no SQL state.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& SQL_STATES.contains(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof IllegalArgumentException && raisedBySpringDataWeb(cause)) {
				return true;
			}
			// A parameter that is not UTF-8 ("%C3%28"): Tomcat refuses to decode it.
			if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException) {
				return true;
			}
		}
		return false;
	}

	/** {@code ?sort=%} and the like, refused while Spring Data reads the parameters. */
	private static boolean raisedBySpringDataWeb(Throwable ex) {
		StackTraceElement[] frames = ex.getStackTrace();
		for (int i = 0; i < Math.min(frames.length, 12); i++) {
			if (frames[i].getClassName().startsWith("org.springframework.data.web.")) {
				return true;
			}
		}
		return false;
	}

}
