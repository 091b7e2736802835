package vn.cchc.portal.importing;

/** The kinds of labelled fields and table columns a plan uses. */
enum FieldKind {

	LABEL, TEXT, TARGET, ACTIVITY, LEAD, COORDINATING, PRODUCT, DEADLINE, BUDGET

}
