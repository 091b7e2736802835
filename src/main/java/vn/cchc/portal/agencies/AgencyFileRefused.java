package vn.cchc.portal.agencies;

import java.io.Serializable;

/** A file that cannot be read as a list of agencies at all, and why. */
class AgencyFileRefused extends RuntimeException {

	private final ImportMessage reason;

	AgencyFileRefused(String key, Serializable... args) {
		super(key);
		this.reason = ImportMessage.of(key, args);
	}

	ImportMessage reason() {
		return this.reason;
	}

}
