package vn.cchc.portal.agencies;

import java.util.HashSet;
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
 * Agencies that plans name together: every agency of a kind ("UBND cấp xã"), or listed
 * members. A group with neither ("các cơ quan, đơn vị có liên quan") is decided task by
 * task.
 */
@Entity
class AgencyGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@ElementCollection
	@CollectionTable(name = "agency_group_kind", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "kind")
	@Enumerated(EnumType.STRING)
	private Set<AgencyKind> memberKinds = new HashSet<>();

	private String description;

	@ElementCollection
	@CollectionTable(name = "agency_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "agency_id")
	private Set<Long> memberIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "agency_group_phrase", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "phrase")
	private Set<String> phrases = new HashSet<>();

	@Version
	private long version;

	protected AgencyGroup() {
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	Set<AgencyKind> getMemberKinds() {
		return this.memberKinds;
	}

	String getDescription() {
		return this.description;
	}

	Set<Long> getMemberIds() {
		return this.memberIds;
	}

	Set<String> getPhrases() {
		return this.phrases;
	}

	/** Whether {@code agency} belongs to this group (the caller checks the date). */
	boolean includes(Agency agency) {
		return this.memberKinds.contains(agency.getKind()) || this.memberIds.contains(agency.getId());
	}

}
