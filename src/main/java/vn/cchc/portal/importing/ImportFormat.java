package vn.cchc.portal.importing;

/** How a plan document lays out its tasks. */
public enum ImportFormat {

	/**
	 * Lettered items followed by labelled lines ("- Cơ quan chủ trì: …"), seeds 000 and
	 * 001.
	 */
	LIST,

	/**
	 * One task per table row under a header row (TT, Nội dung, Sản phẩm, …), seed 003.
	 */
	TABLE,

	/** A target → task → activity table with budget, seed 002. */
	FRAMEWORK,

	/** Bullets under each domain heading, without owners or deadlines, seed 004. */
	PROSE,

	/** Nothing recognisable as a task. */
	UNKNOWN

}
