package vn.cchc.portal.importing;

/**
 * Limits on what a reader accepts, configured by the caller (the web layer reads them
 * from properties). Zip bombs are refused by POI's inflate-ratio check in any case.
 */
public record ImportLimits(long maxBytes, int maxZipEntries, int maxLines) {

	/** 20 MB, 1000 zip entries, 200 000 lines. */
	public static final ImportLimits DEFAULTS = new ImportLimits(20L * 1024 * 1024, 1000, 200_000);

}
