package vn.cchc.portal.journeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, valid one-page PDF (header, objects, cross-reference table, trailer), written
 * where a journey can pick it in a file field: what an officer uploads as evidence.
 */
final class SamplePdf {

	private SamplePdf() {
	}

	static Path write(Path directory, String fileName, String line) {
		String content = "BT /F1 14 Tf 72 760 Td (" + line + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		append(pdf, "%PDF-1.4\n");
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.size());
			append(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = pdf.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach((offset) -> table.append(String.format("%010d 00000 n \n", offset)));
		append(pdf, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
				+ "\n%%EOF\n");
		try {
			Files.createDirectories(directory);
			return Files.write(directory.resolve(fileName), pdf.toByteArray()).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void append(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

}
