package vn.cchc.portal.agencies;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected Agency() {
	}

	AgencySummary toSummary() {
		return new AgencySummary(this.id, this.code, this.name, this.shortName, this.kind, this.parentId,
				this.validFrom, this.validTo);
	}

}
