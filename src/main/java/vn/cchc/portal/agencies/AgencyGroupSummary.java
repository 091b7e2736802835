package vn.cchc.portal.agencies;

import java.util.List;

/**
 * A group of agencies as plans name it: every agency of {@code memberKinds}, plus any
 * listed members; a group with neither is decided task by task ("các cơ quan có liên
 * quan").
 */
public record AgencyGroupSummary(String code, String name, List<AgencyKind> memberKinds, String description,
		List<String> phrases) {

}
