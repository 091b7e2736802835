package vn.cchc.portal.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.cchc.portal.progress.ProgressStatistics.TargetTally;

/**
 * The fixed wording of an official report (Nghị định 30/2020/NĐ-CP), shared by the Word,
 * PDF and Excel writers so the three say the same.
 */
final class OfficialText {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	private OfficialText() {
	}

	/**
	 * The issuing body in capitals on two lines, the level of government first: "ỦY BAN
	 * NHÂN DÂN" over "TỈNH QUẢNG NGÃI".
	 */
	static List<String> issuerLines(String issuer) {
		String upper = issuer.strip().toUpperCase(VI);
		int at = upper.indexOf(" TỈNH ");
		return (at > 0) ? List.of(upper.substring(0, at), upper.substring(at + 1)) : List.of(upper);
	}

	/** " /BC-UBND" until the clerk gives the number. */
	static String number(String number) {
		return number.startsWith("/") ? "        " + number : number;
	}

	/** "Quảng Ngãi, ngày 05 tháng 01 năm 2026": days and months below 10 with a zero. */
	static String placeAndDate(String place, LocalDate date) {
		return place + ", " + date(date);
	}

	static String date(LocalDate date) {
		return String.format("ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	static String submissions(ProvinceReport.Submissions submissions) {
		return "Có " + submissions.agencies() + " cơ quan, đơn vị chủ trì nhiệm vụ phải báo cáo; "
				+ submissions.submitted() + " cơ quan, đơn vị đã gửi báo cáo, trong đó " + submissions.onTime()
				+ " gửi đúng hạn ("
				+ String.format("%02d/%02d/%d", submissions.dueDate().getDayOfMonth(),
						submissions.dueDate().getMonthValue(), submissions.dueDate().getYear())
				+ ")." + (submissions.late().isEmpty() ? "" : " Các cơ quan, đơn vị chậm báo cáo:");
	}

	/** "≥ 95 %" */
	static String planned(TargetTally target) {
		if (target.comparator() == null || target.value() == null) {
			return "";
		}
		String sign = switch (target.comparator()) {
			case "GE" -> "≥ ";
			case "LE" -> "≤ ";
			default -> "";
		};
		String unit = target.unit();
		return sign + target.valueText() + ((unit != null && !unit.isBlank()) ? " " + unit : "");
	}

	/**
	 * "Đạt" when every agency that gave a value meets the target, "Chưa đạt", "Chưa có số
	 * liệu" or "Không định lượng".
	 */
	static String attainment(TargetTally target) {
		if (target.comparator() == null || target.value() == null) {
			return "Không định lượng";
		}
		if (target.reported() == 0) {
			return "Chưa có số liệu";
		}
		return (target.met() == target.reported()) ? "Đạt" : "Chưa đạt";
	}

	static String task(String label, String text) {
		return ((label != null && !label.isBlank()) ? label.strip() + " " : "") + text;
	}

}
