/**
 * The province's periodic CCHC report (quý, 6 tháng, 9 tháng, năm): Sở Nội vụ edits the
 * draft's words, the figures are counted at download, and it comes out as Word, PDF or
 * Excel.
 */
package vn.cchc.portal.reporting;
