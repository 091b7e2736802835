package vn.cchc.portal.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * A reorganisation as it was decided: what happened, from when, by which decision, to
 * whom.
 */
@Entity
class AgencyEvent {

	enum Type {

		ESTABLISH, RENAME, MERGE, SPLIT, DISSOLVE

	}

	enum Role {

		/** The agency established, renamed or dissolved. */
		SUBJECT,

		/** An agency merged or split away. */
		PREDECESSOR,

		/** The agency that takes over. */
		SUCCESSOR

	}

	@Embeddable
	record Party(Long agencyId, @Enumerated(EnumType.STRING) Role role) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Type type;

	private LocalDate effectiveDate;

	private String decision;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	@ElementCollection
	@CollectionTable(name = "agency_event_party", joinColumns = @JoinColumn(name = "event_id"))
	private List<Party> parties = new ArrayList<>();

	protected AgencyEvent() {
	}

	AgencyEvent(Type type, LocalDate effectiveDate, String decision, String note, String recordedBy) {
		this.type = type;
		this.effectiveDate = effectiveDate;
		this.decision = decision;
		this.note = note;
		this.recordedBy = recordedBy;
	}

	AgencyEvent recordedAt(Instant when) {
		this.recordedAt = when;
		return this;
	}

	AgencyEvent with(long agencyId, Role role) {
		this.parties.add(new Party(agencyId, role));
		return this;
	}

	Long getId() {
		return this.id;
	}

	Type getType() {
		return this.type;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	String getDecision() {
		return this.decision;
	}

	String getNote() {
		return this.note;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	List<Party> getParties() {
		return this.parties;
	}

}
