package vn.cchc.portal.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * An agency with its history: the current name and when it took effect, the names it
 * carried before, the other names people write, and the dates it exists.
 */
@Entity
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String shortName;

	private LocalDate nameSince;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	@ElementCollection
	@CollectionTable(name = "agency_former_name", joinColumns = @JoinColumn(name = "agency_id"))
	private List<FormerName> formerNames = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agency_alias", joinColumns = @JoinColumn(name = "agency_id"))
	@Column(name = "alias")
	private Set<String> aliases = new HashSet<>();

	@Version
	private long version;

	protected Agency() {
	}

	Agency(String code, String name, String shortName, AgencyKind kind, Long parentId, LocalDate validFrom) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.parentId = parentId;
		this.validFrom = validFrom;
		this.nameSince = validFrom;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getShortName() {
		return this.shortName;
	}

	Long getParentId() {
		return this.parentId;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	AgencyKind getKind() {
		return this.kind;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	Set<String> getAliases() {
		return this.aliases;
	}

	List<FormerName> getFormerNames() {
		return this.formerNames;
	}

	boolean existsOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || date.isBefore(this.validTo));
	}

	/** The name as documents dated {@code date} wrote it. */
	FormerName nameOn(LocalDate date) {
		if (this.nameSince == null || !date.isBefore(this.nameSince)) {
			return new FormerName(this.name, this.shortName, this.nameSince, null);
		}
		Optional<FormerName> former = this.formerNames.stream()
			.filter((candidate) -> candidate.covers(date))
			.findFirst()
			.or(() -> this.formerNames.stream().min(Comparator.comparing(FormerName::validTo)));
		return former.orElseGet(() -> new FormerName(this.name, this.shortName, this.nameSince, null));
	}

	/**
	 * Takes a new name from {@code effective}; the old one stays valid for everything
	 * dated before. An alias equal to the new name is dropped, and the old name becomes
	 * an alias so that documents still using it resolve.
	 */
	void rename(String newName, String newShortName, LocalDate effective) {
		if (this.nameSince != null && !effective.isAfter(this.nameSince)) {
			throw new ReorganisationException("agencies.error.renameBeforeCurrentName");
		}
		requireOpenOn(effective);
		this.formerNames.add(new FormerName(this.name, this.shortName, this.nameSince, effective));
		this.aliases.add(this.name);
		this.aliases.remove(newName);
		this.name = newName;
		this.shortName = newShortName;
		this.nameSince = effective;
	}

	/**
	 * Ends the agency's existence: it is valid up to the day before {@code effective}.
	 */
	void close(LocalDate effective) {
		requireOpenOn(effective);
		if (this.validFrom != null && !effective.isAfter(this.validFrom)) {
			throw new ReorganisationException("agencies.error.closeBeforeStart");
		}
		this.validTo = effective;
	}

	/**
	 * Corrects the short name of the current name (an abbreviation, not a rename: the
	 * full name and its history stay).
	 */
	void changeShortName(String shortName) {
		this.shortName = shortName;
	}

	void moveUnder(Long parentId) {
		this.parentId = parentId;
	}

	void addAlias(String alias) {
		if (!alias.equals(this.name)) {
			this.aliases.add(alias);
		}
	}

	private void requireOpenOn(LocalDate effective) {
		if (this.validTo != null && !effective.isBefore(this.validTo)) {
			throw new ReorganisationException("agencies.error.alreadyClosed");
		}
	}

	AgencySummary toSummary() {
		return new AgencySummary(this.id, this.code, this.name, this.shortName, this.kind, this.parentId,
				this.validFrom, this.validTo);
	}

	/** The agency as of {@code date}: with the name it carried then. */
	AgencySummary toSummaryOn(LocalDate date) {
		FormerName then = nameOn(date);
		return new AgencySummary(this.id, this.code, then.name(), then.shortName(), this.kind, this.parentId,
				this.validFrom, this.validTo);
	}

}
