package vn.cchc.portal.plans;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A target (chỉ tiêu) as the plan words it, with its measurable part when there is one:
 * "tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%" is metric, ≥, 90, %.
 */
@Entity
class PlanTarget {

	enum Comparator {

		GE, LE, EQ

	}

	enum Level {

		PROVINCE, AGENCY, DISTRICT, COMMUNE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String label;

	private String wording;

	private String metric;

	@Enumerated(EnumType.STRING)
	private Comparator comparator;

	@Column(name = "target_value")
	private BigDecimal value;

	private String unit;

	@Enumerated(EnumType.STRING)
	private Level level;

	private BigDecimal baseline;

	private String source;

	private boolean cumulative = true;

	protected PlanTarget() {
	}

	PlanTarget(String label, String wording, String metric, Comparator comparator, BigDecimal value, String unit,
			Level level, BigDecimal baseline, String source, boolean cumulative) {
		this.label = label;
		this.wording = wording;
		this.metric = metric;
		this.comparator = comparator;
		this.value = value;
		this.unit = unit;
		this.level = level;
		this.baseline = baseline;
		this.source = source;
		this.cumulative = cumulative;
	}

	void placeAt(int position) {
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	String getLabel() {
		return this.label;
	}

	String getWording() {
		return this.wording;
	}

	Comparator getComparator() {
		return this.comparator;
	}

	BigDecimal getValue() {
		return this.value;
	}

	String getUnit() {
		return this.unit;
	}

	Level getLevel() {
		return this.level;
	}

}
