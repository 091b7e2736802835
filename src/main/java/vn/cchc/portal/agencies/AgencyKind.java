package vn.cchc.portal.agencies;

/**
 * What sort of body an agency is. Plans address agencies by kind ("các sở, ban, ngành",
 * "UBND cấp xã"), so the kind is part of the reference data, not of the name.
 */
public enum AgencyKind {

	/** Ủy ban nhân dân tỉnh. */
	PROVINCE_COMMITTEE,

	/** Sở, ban, ngành of the province. */
	DEPARTMENT,

	/**
	 * A central agency located in the province: Công an tỉnh, Cục Thuế, Kho bạc, BHXH.
	 */
	CENTRAL_AGENCY,

	/** Ủy ban nhân dân cấp huyện: abolished on 1 July 2025, kept for history. */
	DISTRICT_COMMITTEE,

	/** Ủy ban nhân dân cấp xã. */
	COMMUNE_COMMITTEE,

	/** Đơn vị sự nghiệp công lập. */
	PUBLIC_SERVICE_UNIT,

	/** A unit (phòng) inside an agency. */
	INTERNAL_UNIT,

	/**
	 * Another body of the province that plans name: Văn phòng Đoàn ĐBQH và HĐND tỉnh, Ủy
	 * ban MTTQ tỉnh, the socio-political organisations.
	 */
	PROVINCIAL_BODY

}
