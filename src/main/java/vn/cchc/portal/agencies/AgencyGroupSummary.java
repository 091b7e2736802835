package vn.cchc.portal.agencies;

import java.util.List;

/**
 * A group of agencies as plans name it. {@code memberKind} is set when the group means
 * every agency of that kind; otherwise the group lists its members, or none when it is
 * decided task by task.
 */
public record AgencyGroupSummary(String code, String name, AgencyKind memberKind, String description,
		List<String> phrases) {
}
