package vn.cchc.portal.importing;

/**
 * A section of the plan's tasks: its label and title as written ("2.", "Cải cách thủ tục
 * hành chính (TTHC)") and the reform domain its title means, or null when it means none
 * ("Nâng cao Chỉ số PCI").
 */
public record ImportedSection(String label, String title, String domain, int line) implements java.io.Serializable {

}
