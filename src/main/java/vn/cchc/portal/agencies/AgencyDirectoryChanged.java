package vn.cchc.portal.agencies;

/**
 * Agencies were established, renamed, merged, split, dissolved or moved under another
 * parent: whatever is counted or named by agency may read differently now. Published
 * inside the change's transaction.
 */
public record AgencyDirectoryChanged() {

}
