package vn.cchc.portal.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files are told apart by their content; a Word file that would inflate like a
 * zip bomb is refused without being inflated.
 */
class EvidenceTypeTests {

	@Test
	void aWordFileIsAWordFileWhateverItsName() throws IOException {
		byte[] docx = zip(xml("<document>Báo cáo kết quả</document>"));
		assertThat(EvidenceType.of(docx, "bao-cao.pdf")).contains(EvidenceType.DOCX);
	}

	@Test
	void aZipBombNamedDocxIsRefused() throws IOException {
		// 50 MB of zeros deflate to some 50 kB: a thousand times.
		byte[] bomb = zip(new byte[50 * 1024 * 1024]);
		assertThat(bomb.length).isLessThan(200_000);
		assertThat(EvidenceType.of(bomb, "bao-cao.docx")).isEmpty();
	}

	/** A Word container whose document part is {@code document}. */
	private static byte[] zip(byte[] document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(xml("<Types/>"));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(document);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] xml(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
