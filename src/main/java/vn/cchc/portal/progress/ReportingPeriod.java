package vn.cchc.portal.progress;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A period agencies report on: its data cut-off window, its due date, and whether Sở Nội
 * vụ has opened or closed it. A closed period is locked, except for late updates until
 * {@code graceUntil}, which are marked as late.
 */
@Entity
class ReportingPeriod {

	enum Status {

		PLANNED, OPEN, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year")
	private int year;

	@Enumerated(EnumType.STRING)
	private PeriodKind kind;

	private LocalDate cutoffFrom;

	private LocalDate cutoffTo;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PLANNED;

	private LocalDate graceUntil;

	@Version
	private long version;

	protected ReportingPeriod() {
	}

	ReportingPeriod(int year, PeriodKind kind) {
		this.year = year;
		this.kind = kind;
		this.cutoffFrom = kind.defaultCutoffFrom(year);
		this.cutoffTo = kind.defaultCutoffTo(year);
		this.dueDate = kind.defaultDueDate(year);
	}

	void schedule(LocalDate from, LocalDate to, LocalDate due) {
		if (to.isBefore(from)) {
			throw new PeriodException("progress.periods.error.window");
		}
		if (due.isBefore(to)) {
			throw new PeriodException("progress.periods.error.due");
		}
		this.cutoffFrom = from;
		this.cutoffTo = to;
		this.dueDate = due;
	}

	void open() {
		if (this.status == Status.OPEN) {
			throw new PeriodException("progress.periods.error.status");
		}
		this.status = Status.OPEN;
		this.graceUntil = null;
	}

	void close(LocalDate grace) {
		if (this.status != Status.OPEN) {
			throw new PeriodException("progress.periods.error.status");
		}
		this.status = Status.CLOSED;
		this.graceUntil = grace;
	}

	/**
	 * Whether an update made on {@code day} is accepted, and if so whether it is late.
	 */
	Acceptance accepts(LocalDate day) {
		if (this.status == Status.OPEN) {
			return day.isAfter(this.dueDate) ? Acceptance.LATE : Acceptance.ON_TIME;
		}
		if (this.status == Status.CLOSED && this.graceUntil != null && !day.isAfter(this.graceUntil)) {
			return Acceptance.LATE;
		}
		return Acceptance.REFUSED;
	}

	enum Acceptance {

		ON_TIME, LATE, REFUSED

	}

	Long getId() {
		return this.id;
	}

	int getYear() {
		return this.year;
	}

	PeriodView toView() {
		return new PeriodView(this.id, this.year, this.kind, this.cutoffFrom, this.cutoffTo, this.dueDate,
				this.status.name(), this.graceUntil, this.version);
	}

}
