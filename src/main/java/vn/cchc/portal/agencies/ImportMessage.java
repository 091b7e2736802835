package vn.cchc.portal.agencies;

import java.io.Serializable;
import java.util.List;

/**
 * A text about an imported file or row, as a message key and its arguments: the page
 * shows it in the reader's language.
 */
record ImportMessage(String key, List<Serializable> args) implements Serializable {

	static ImportMessage of(String key, Serializable... args) {
		return new ImportMessage("agencies.import." + key, List.of(args));
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
