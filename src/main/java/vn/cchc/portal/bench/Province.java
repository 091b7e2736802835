package vn.cchc.portal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agencies of a large province over ten years, with the 2025 reorganisation: six
 * department mergers on 1/3/2025, and on 1/7/2025 the district level dissolved and the
 * communes merged into about half as many. Codes and names follow Quảng Ngãi's (seed
 * 001); communes are numbered.
 */
final class Province {

	static final LocalDate DEPARTMENTS_MERGED = LocalDate.of(2025, 3, 1);

	static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);

	/** One agency as generated, with its history. */
	static final class Agency {

		final long id;

		final String code;

		final String name;

		final String shortName;

		final String kind;

		final Agency parent;

		final LocalDate validFrom;

		LocalDate validTo;

		/** Who takes over its work when it ends (null when nobody does). */
		Agency successor;

		final List<Agency> units = new ArrayList<>();

		Agency(long id, String code, String name, String shortName, String kind, Agency parent, LocalDate validFrom) {
			this.id = id;
			this.code = code;
			this.name = name;
			this.shortName = shortName;
			this.kind = kind;
			this.parent = parent;
			this.validFrom = validFrom;
		}

		boolean validOn(LocalDate day) {
			return (this.validFrom == null || !day.isBefore(this.validFrom))
					&& (this.validTo == null || day.isBefore(this.validTo));
		}

		boolean isUnit() {
			return "INTERNAL_UNIT".equals(this.kind);
		}

		/** The agency that reports a unit's work: its parent. */
		Agency reporting() {
			return isUnit() ? this.parent : this;
		}

		String login() {
			return this.code.toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** A merger, dissolution or establishment, with its parties. */
	record Event(long id, String type, LocalDate effective, String decision, List<Agency> predecessors,
			List<Agency> successors) {
	}

	private static final String[][] DEPARTMENTS = {
			{ "VP-UBND", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh" }, { "SNV", "Sở Nội vụ", "SNV" },
			{ "STP", "Sở Tư pháp", "STP" }, { "SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT" },
			{ "STC", "Sở Tài chính", "STC" }, { "SCT", "Sở Công Thương", "SCT" },
			{ "SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT" },
			{ "SGTVT", "Sở Giao thông vận tải", "Sở GTVT" }, { "SXD", "Sở Xây dựng", "SXD" },
			{ "STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT" },
			{ "STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT" },
			{ "SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH" },
			{ "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH-TT&DL" },
			{ "SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN" }, { "SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT" },
			{ "SYT", "Sở Y tế", "SYT" }, { "SNGV", "Sở Ngoại vụ", "SNGV" },
			{ "TTR", "Thanh tra tỉnh", "Thanh tra tỉnh" }, { "BDT", "Ban Dân tộc tỉnh", "Ban Dân tộc" },
			{ "BQL-KKT", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "BQL KKT Dung Quất" } };

	/** Successor ← predecessors, on 1/3/2025 (the successor may be one of them). */
	private static final String[][] MERGERS = { { "SNV", "SNV", "SLDTBXH" }, { "STC", "STC", "SKHDT" },
			{ "SNNMT", "SNNPTNT", "STNMT" }, { "SKHCN", "SKHCN", "STTTT" }, { "SXD", "SXD", "SGTVT" },
			{ "VP-UBND", "VP-UBND", "SNGV" } };

	private static final String[][] CENTRAL = { { "CA-TINH", "Công an tỉnh Quảng Ngãi", "Công an tỉnh" },
			{ "CUC-THUE", "Cục Thuế tỉnh Quảng Ngãi", "Cục Thuế tỉnh" },
			{ "KBNN", "Kho bạc Nhà nước Quảng Ngãi", "Kho bạc Nhà nước tỉnh" },
			{ "BHXH", "Bảo hiểm xã hội tỉnh Quảng Ngãi", "BHXH tỉnh" },
			{ "CUC-HQ", "Cục Hải quan tỉnh Quảng Ngãi", "Cục Hải quan" },
			{ "CUC-TK", "Cục Thống kê tỉnh Quảng Ngãi", "Cục Thống kê" },
			{ "NHNN", "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi", "NHNN chi nhánh tỉnh" } };

	private static final String[] DISTRICTS = { "thành phố Quảng Ngãi", "thị xã Đức Phổ", "huyện Bình Sơn",
			"huyện Sơn Tịnh", "huyện Tư Nghĩa", "huyện Nghĩa Hành", "huyện Mộ Đức", "huyện Minh Long", "huyện Ba Tơ",
			"huyện Sơn Hà", "huyện Sơn Tây", "huyện Trà Bồng", "huyện Lý Sơn" };

	private static final String[] UNITS = { "Văn phòng", "Phòng Kế hoạch - Tổng hợp" };

	private static final String[] PLACE_FIRST = { "Bình", "Tịnh", "Nghĩa", "Đức", "Phổ", "Hành", "Sơn", "Trà", "Ba",
			"Long", "Tư", "Mộ", "Minh", "An" };

	private static final String[] PLACE_SECOND = { "An", "Hòa", "Thuận", "Phong", "Minh", "Thạnh", "Hiệp", "Kỳ", "Lâm",
			"Trung", "Châu", "Long", "Hải", "Sơn", "Tân", "Phú", "Khánh", "Thọ" };

	final List<Agency> all = new ArrayList<>();

	final List<Event> events = new ArrayList<>();

	final Agency committee;

	final Agency homeAffairs;

	private long nextId = 1;

	private long nextEventId = 1;

	Province(double scale) {
		this.committee = add("UBND-TINH", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh", "PROVINCE_COMMITTEE", null,
				null);
		for (String[] d : DEPARTMENTS) {
			Agency department = add(d[0], d[1], d[2], "DEPARTMENT", this.committee, null);
			for (int u = 0; u < UNITS.length; u++) {
				department.units.add(
						add(d[0] + "-P" + (u + 1), UNITS[u] + " " + d[2], UNITS[u], "INTERNAL_UNIT", department, null));
			}
		}
		Agency merged = add("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT", "DEPARTMENT", this.committee,
				DEPARTMENTS_MERGED);
		merged.units
			.add(add("SNNMT-P1", "Văn phòng Sở NN&MT", "Văn phòng", "INTERNAL_UNIT", merged, DEPARTMENTS_MERGED));
		for (String[] m : MERGERS) {
			Agency successor = byCode(m[0]);
			List<Agency> predecessors = new ArrayList<>();
			for (int i = 1; i < m.length; i++) {
				Agency predecessor = byCode(m[i]);
				predecessors.add(predecessor);
				if (predecessor != successor) {
					end(predecessor, DEPARTMENTS_MERGED, successor);
					predecessor.units.forEach((unit) -> end(unit, DEPARTMENTS_MERGED, successor));
				}
			}
			event("MERGE", DEPARTMENTS_MERGED,
					"Nghị quyết của HĐND tỉnh về thành lập, tổ chức lại các cơ quan chuyên môn", predecessors,
					List.of(successor));
		}
		for (String[] c : CENTRAL) {
			add(c[0], c[1], c[2], "CENTRAL_AGENCY", null, null);
		}
		add("VP-DDBQH-HDND", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
				"Văn phòng Đoàn ĐBQH và HĐND tỉnh", "PROVINCIAL_BODY", null, null);
		add("UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "Ủy ban MTTQ tỉnh", "PROVINCIAL_BODY", null,
				null);
		add("DAI-PTTH", "Đài Phát thanh - Truyền hình Quảng Ngãi", "Đài PT-TH Quảng Ngãi", "PUBLIC_SERVICE_UNIT",
				this.committee, null);
		add("BAO-QN", "Báo Quảng Ngãi", "Báo Quảng Ngãi", "PUBLIC_SERVICE_UNIT", this.committee, null);
		List<Agency> districts = new ArrayList<>();
		for (int i = 0; i < DISTRICTS.length; i++) {
			Agency district = add("H-%02d".formatted(i + 1), "Ủy ban nhân dân " + DISTRICTS[i], "UBND " + DISTRICTS[i],
					"DISTRICT_COMMITTEE", this.committee, null);
			end(district, TWO_LEVEL_GOVERNMENT, null);
			districts.add(district);
			event("DISSOLVE", TWO_LEVEL_GOVERNMENT, "Luật Tổ chức chính quyền địa phương năm 2025", List.of(district),
					List.of());
		}
		int oldCommunes = Math.max(4, (int) Math.round(110 * scale));
		int newCommunes = Math.max(2, (int) Math.round(oldCommunes * 0.45));
		List<Agency> old = new ArrayList<>();
		for (int i = 0; i < oldCommunes; i++) {
			String place = placeName(i);
			old.add(add("XA-%03d".formatted(i + 1), "Ủy ban nhân dân xã " + place, "UBND xã " + place,
					"COMMUNE_COMMITTEE", districts.get(i % districts.size()), null));
		}
		for (int j = 0; j < newCommunes; j++) {
			String place = placeName(oldCommunes + j);
			Agency commune = add("XM-%03d".formatted(j + 1), "Ủy ban nhân dân xã " + place, "UBND xã " + place,
					"COMMUNE_COMMITTEE", this.committee, TWO_LEVEL_GOVERNMENT);
			List<Agency> predecessors = new ArrayList<>();
			for (int i = j; i < oldCommunes; i += newCommunes) {
				predecessors.add(old.get(i));
				end(old.get(i), TWO_LEVEL_GOVERNMENT, commune);
			}
			event("MERGE", TWO_LEVEL_GOVERNMENT, "Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã",
					predecessors, List.of(commune));
		}
		this.homeAffairs = byCode("SNV");
	}

	private static String placeName(int i) {
		String name = PLACE_FIRST[i % PLACE_FIRST.length] + " "
				+ PLACE_SECOND[(i / PLACE_FIRST.length) % PLACE_SECOND.length];
		int round = i / (PLACE_FIRST.length * PLACE_SECOND.length);
		return (round == 0) ? name : name + " " + (round + 1);
	}

	private Agency add(String code, String name, String shortName, String kind, Agency parent, LocalDate validFrom) {
		Agency agency = new Agency(this.nextId++, code, name, shortName, kind, parent, validFrom);
		this.all.add(agency);
		return agency;
	}

	private static void end(Agency agency, LocalDate day, Agency successor) {
		agency.validTo = day;
		agency.successor = successor;
	}

	private void event(String type, LocalDate day, String decision, List<Agency> predecessors,
			List<Agency> successors) {
		this.events.add(new Event(this.nextEventId++, type, day, decision, predecessors, successors));
	}

	Agency byCode(String code) {
		return this.all.stream().filter((a) -> a.code.equals(code)).findFirst().orElseThrow();
	}

	/**
	 * Agencies that report on their own work on a day: everyone but the committee and
	 * units.
	 */
	List<Agency> reportingOn(LocalDate day) {
		return this.all.stream().filter((a) -> a.validOn(day) && !a.isUnit() && a != this.committee).toList();
	}

	List<Agency> ofKind(String kind, LocalDate day) {
		return this.all.stream().filter((a) -> a.kind.equals(kind) && a.validOn(day)).toList();
	}

}
