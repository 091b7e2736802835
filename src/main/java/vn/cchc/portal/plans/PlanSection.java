package vn.cchc.portal.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A section as the plan numbers and names it ("3. Cải cách thủ tục hành chính"), mapped
 * to one of the seven reform domains or to none ("7. Nâng cao Chỉ số PCI").
 */
@Entity
class PlanSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String label;

	private String title;

	private String domainCode;

	protected PlanSection() {
	}

	PlanSection(int position, String label, String title, String domainCode) {
		this.position = position;
		this.label = label;
		this.title = title;
		this.domainCode = domainCode;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	String getLabel() {
		return this.label;
	}

	String getTitle() {
		return this.title;
	}

	String getDomainCode() {
		return this.domainCode;
	}

}
