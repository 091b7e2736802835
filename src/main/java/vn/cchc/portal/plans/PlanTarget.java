package vn.cchc.portal.plans;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

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

	@Version
	private long version;

	protected PlanTarget() {
	}

	PlanTarget(String label, String wording, String metric, Comparator comparator, BigDecimal value, String unit,
			Level level, BigDecimal baseline, String source, boolean cumulative) {
		rewrite(label, wording, metric, comparator, value, unit, level, baseline, source, cumulative);
	}

	void placeAt(int position) {
		this.position = position;
	}

	/** Replaces what the target says; the caller checked the plan is editable. */
	void rewrite(String label, String wording, String metric, Comparator comparator, BigDecimal value, String unit,
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

	int getPosition() {
		return this.position;
	}

	String getMetric() {
		return this.metric;
	}

	BigDecimal getBaseline() {
		return this.baseline;
	}

	String getSource() {
		return this.source;
	}

	boolean isCumulative() {
		return this.cumulative;
	}

	long getVersion() {
		return this.version;
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
