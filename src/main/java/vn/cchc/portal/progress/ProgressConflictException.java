package vn.cchc.portal.progress;

/**
 * Someone saved an update of the same assignment after the page being submitted was
 * shown: the save is refused, never silently stacked on top.
 */
public class ProgressConflictException extends RuntimeException {

	ProgressConflictException() {
		super("progress.update.conflict");
	}

}
