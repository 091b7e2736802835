package vn.cchc.portal.agencies;

import java.util.List;
import java.util.Objects;

/**
 * What a plan can name at a given date: the agencies of the province with every name
 * people use for them, and the groups plans assign tasks to ("các sở, ban, ngành", "UBND
 * cấp huyện"). Pure data, so the {@link AgencyNameResolver} needs no database.
 *
 * @param agencies the agencies in force at that date
 * @param groups the groups plans write, usually {@link #standardGroups()}
 */
public record AgencyDirectory(List<Agency> agencies, List<Group> groups) {

	/** Group code: the province's departments and equivalent bodies. */
	public static final String DEPARTMENTS = "DEPARTMENTS";

	/** Group code: the departments a task concerns ("các sở, ngành có liên quan"). */
	public static final String RELATED_DEPARTMENTS = "RELATED_DEPARTMENTS";

	/** Group code: every district-level people's committee. */
	public static final String DISTRICT_COMMITTEES = "DISTRICT_COMMITTEES";

	/** Group code: every commune-level people's committee. */
	public static final String COMMUNE_COMMITTEES = "COMMUNE_COMMITTEES";

	/** Group code: people's committees of all levels. */
	public static final String LOCAL_COMMITTEES = "LOCAL_COMMITTEES";

	/** Group code: central agencies located in the province. */
	public static final String CENTRAL_AGENCIES = "CENTRAL_AGENCIES";

	/** Group code: whoever the task concerns, to be chosen by the planner. */
	public static final String RELATED_AGENCIES = "RELATED_AGENCIES";

	/** Group code: every agency, unit and locality of the province. */
	public static final String AGENCIES_AND_LOCALITIES = "AGENCIES_AND_LOCALITIES";

	/** Group code: the state administrative agencies. */
	public static final String STATE_ADMINISTRATIVE_AGENCIES = "STATE_ADMINISTRATIVE_AGENCIES";

	/** Group code: public service units directly under the provincial committee. */
	public static final String PROVINCIAL_PUBLIC_SERVICE_UNITS = "PROVINCIAL_PUBLIC_SERVICE_UNITS";

	/** Group code: the agencies an inspection plan selects. */
	public static final String INSPECTED_AGENCIES = "INSPECTED_AGENCIES";

	/** Group code: the public vocational schools of the province. */
	public static final String PUBLIC_VOCATIONAL_SCHOOLS = "PUBLIC_VOCATIONAL_SCHOOLS";

	public AgencyDirectory {
		agencies = List.copyOf(agencies);
		groups = List.copyOf(groups);
	}

	/**
	 * An agency as plans may name it.
	 *
	 * @param id the agency's id
	 * @param code its stable code (SNV, H-BINHSON)
	 * @param kind what sort of body it is
	 * @param parentId the agency it belongs to, or {@code null}
	 * @param name its official name at the directory's date
	 * @param otherNames short names, aliases and earlier names still in use
	 */
	public record Agency(long id, String code, AgencyKind kind, Long parentId, String name, List<String> otherNames) {

		public Agency {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(name, "name");
			otherNames = (otherNames != null) ? List.copyOf(otherNames) : List.of();
		}

	}

	/**
	 * A group of agencies as plans write it.
	 *
	 * @param code the group's code ({@link #DEPARTMENTS})
	 * @param name its canonical wording
	 * @param phrases the other wordings plans use for it
	 */
	public record Group(String code, String name, List<String> phrases) {

		public Group {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(name, "name");
			phrases = (phrases != null) ? List.copyOf(phrases) : List.of();
		}

	}

	/** The same agencies with the {@link #standardGroups()}. */
	public static AgencyDirectory withStandardGroups(List<Agency> agencies) {
		return new AgencyDirectory(agencies, standardGroups());
	}

	/**
	 * The groups provincial CCHC plans assign tasks to, with the wordings found in the
	 * Quảng Ngãi 2024 and Quảng Nam 2021 plans. Punctuation, "và", "các", diacritics and
	 * the usual abbreviations (UBND, HĐND) need not be listed: the resolver ignores them.
	 */
	public static List<Group> standardGroups() {
		return List.of(new Group(DEPARTMENTS, "các sở, ban, ngành",
				List.of("các sở, ban ngành", "các sở ngành", "các sở, ban, ngành tỉnh", "các sở ngành tỉnh",
						"các sở, ban, ngành của tỉnh", "các cơ quan chuyên môn thuộc UBND tỉnh",
						"các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "các cơ quan chuyên môn cấp tỉnh")),
				new Group(RELATED_DEPARTMENTS, "các sở, ban, ngành có liên quan",
						List.of("các sở, ngành có liên quan", "các sở, ngành liên quan", "các sở, ban, ngành liên quan",
								"các sở, ban, ngành tỉnh có liên quan")),
				new Group(DISTRICT_COMMITTEES, "UBND cấp huyện",
						List.of("UBND các huyện, thị xã, thành phố", "UBND huyện, thị xã, thành phố",
								"UBND các huyện, thành phố", "UBND các huyện, thị xã", "UBND các huyện",
								"UBND các địa phương cấp huyện", "các huyện, thị xã, thành phố")),
				new Group(COMMUNE_COMMITTEES, "UBND cấp xã",
						List.of("UBND các xã, phường, thị trấn", "UBND xã, phường, thị trấn", "UBND các xã",
								"các xã, phường, thị trấn")),
				new Group(LOCAL_COMMITTEES, "UBND các cấp", List.of("Ủy ban nhân dân các cấp", "chính quyền các cấp")),
				new Group(CENTRAL_AGENCIES, "các cơ quan Trung ương đóng trên địa bàn tỉnh",
						List.of("các cơ quan Trung ương đóng trên địa bàn", "các cơ quan ngành dọc",
								"các cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh",
								"các cơ quan Trung ương trên địa bàn tỉnh")),
				new Group(RELATED_AGENCIES, "các cơ quan, đơn vị có liên quan",
						List.of("các cơ quan, đơn vị liên quan", "các cơ quan liên quan", "các cơ quan có liên quan",
								"các đơn vị có liên quan", "các đơn vị liên quan",
								"các cơ quan, đơn vị, cá nhân liên quan", "các cơ quan, đơn vị, cá nhân có liên quan",
								"các cơ quan, đơn vị, địa phương và cá nhân có liên quan",
								"các cơ quan, đơn vị, địa phương có liên quan", "các cơ quan, địa phương liên quan",
								"các cơ quan, địa phương có liên quan", "các tổ chức, cá nhân có liên quan",
								"các tổ chức, cá nhân liên quan", "các cơ quan, tổ chức có liên quan")),
				new Group(AGENCIES_AND_LOCALITIES, "các cơ quan, đơn vị, địa phương",
						List.of("các cơ quan, đơn vị và địa phương", "các cơ quan, địa phương")),
				new Group(STATE_ADMINISTRATIVE_AGENCIES, "các cơ quan hành chính nhà nước",
						List.of("các cơ quan hành chính nhà nước các cấp", "các cơ quan hành chính")),
				new Group(PROVINCIAL_PUBLIC_SERVICE_UNITS, "các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
						List.of("các đơn vị sự nghiệp trực thuộc UBND tỉnh",
								"các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh",
								"các đơn vị sự nghiệp thuộc UBND tỉnh")),
				new Group(INSPECTED_AGENCIES, "các cơ quan, đơn vị được kiểm tra",
						List.of("các cơ quan, đơn vị, địa phương được kiểm tra")),
				new Group(PUBLIC_VOCATIONAL_SCHOOLS, "các cơ sở giáo dục nghề nghiệp công lập trên địa bàn tỉnh",
						List.of("các cơ sở giáo dục nghề nghiệp công lập")));
	}

}
