package vn.cchc.portal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.postgresql.PGConnection;

/**
 * Rows for one table, spooled to a temporary file in PostgreSQL's {@code COPY} text
 * format and loaded with {@code COPY … FROM STDIN}: the fastest way in, the memory stays
 * flat however many rows there are, and tables can be generated in any order and loaded
 * in the order their foreign keys need.
 */
final class CopyStream {

	private final String table;

	private final String columns;

	private final Path file;

	private final Writer out;

	private final StringBuilder line = new StringBuilder(512);

	private long rows;

	CopyStream(Path directory, String table, String columns) {
		this.table = table;
		this.columns = columns;
		this.file = directory.resolve(table + ".copy");
		try {
			this.out = new BufferedWriter(Files.newBufferedWriter(this.file, StandardCharsets.UTF_8), 1 << 20);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void row(Object... values) {
		this.line.setLength(0);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.line.append('\t');
			}
			append(values[i]);
		}
		this.line.append('\n');
		try {
			this.out.append(this.line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.rows++;
	}

	private void append(Object value) {
		switch (value) {
			case null -> this.line.append("\\N");
			case byte[] bytes -> this.line.append("\\\\x").append(HexFormat.of().formatHex(bytes));
			case Instant instant -> this.line.append(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
			case LocalDate date -> this.line.append(date);
			case String text -> escape(text);
			default -> this.line.append(value);
		}
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.line.append("\\\\");
				case '\t' -> this.line.append("\\t");
				case '\n' -> this.line.append("\\n");
				case '\r' -> this.line.append("\\r");
				default -> this.line.append(c);
			}
		}
	}

	long rows() {
		return this.rows;
	}

	String table() {
		return this.table;
	}

	/** Loads the spooled rows and deletes the file. */
	long load(Connection connection) throws SQLException, IOException {
		this.out.close();
		try (Reader in = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + this.table + " (" + this.columns + ") from stdin", in, 1 << 16);
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

}
