package vn.cchc.portal.progress;

import java.io.IOException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The kinds of evidence file taken, recognised by their content, never by their name: a
 * picture renamed {@code .pdf} is a picture. Office files are zip containers told apart
 * by the parts they hold. Only the zip's central directory is read, so nothing is ever
 * inflated here; a container that says it inflates far beyond any real document (a zip
 * bomb) is refused, so that nobody downloads one from the portal.
 */
enum EvidenceType {

	PDF("application/pdf", "pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	/** Word 97–2003 or Excel 97–2003 (the same container): named by the extension. */
	DOC("application/msword", "doc"),

	XLS("application/vnd.ms-excel", "xls"),

	PNG("image/png", "png"),

	JPEG("image/jpeg", "jpg");

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** Enough entries for any real Office file; more is not a document we take. */
	private static final int MAX_ZIP_ENTRIES = 2000;

	/** What the entries may inflate to in all: far above any real Office file. */
	private static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

	/**
	 * How much one large entry may inflate per compressed byte: XML compresses some 10 to
	 * 30 times, a run of zeros a thousand times (POI refuses past 100 as well).
	 */
	private static final long MAX_RATIO = 100;

	private static final long SMALL_ENTRY_BYTES = 1024 * 1024;

	private final String mediaType;

	private final String extension;

	EvidenceType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	/** What the bytes are, if one of the kinds taken. */
	static Optional<EvidenceType> of(byte[] content, String fileName) {
		if (startsWith(content, "%PDF-".getBytes())) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, OLE2)) {
			String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
			return name.endsWith(".xls") ? Optional.of(XLS) : Optional.of(DOC);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return officeDocument(content);
		}
		return Optional.empty();
	}

	private static Optional<EvidenceType> officeDocument(byte[] content) {
		// The central directory only: nothing is inflated.
		Set<String> names = new HashSet<>();
		long inflated = 0;
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
				ZipArchiveEntry entry = entries.nextElement();
				inflated += Math.max(entry.getSize(), 0);
				if (names.size() >= MAX_ZIP_ENTRIES || inflated > MAX_INFLATED_BYTES || isBomb(entry)) {
					return Optional.empty();
				}
				names.add(entry.getName());
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		if (!names.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(DOCX);
		}
		if (names.contains("xl/workbook.xml")) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	private static boolean isBomb(ZipArchiveEntry entry) {
		return entry.getSize() > SMALL_ENTRY_BYTES
				&& entry.getSize() > MAX_RATIO * Math.max(entry.getCompressedSize(), 1);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
