/**
 * Importing plan documents: reads a plan from text, a Word or an Excel file into a
 * structured, unsaved {@link vn.cchc.portal.importing.ImportedPlan}. Pure parsing, no
 * database: the preview and the saving belong to the callers.
 */
package vn.cchc.portal.importing;
