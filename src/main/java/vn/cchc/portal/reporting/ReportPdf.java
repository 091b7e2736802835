package vn.cchc.portal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The report as PDF: the same words and figures as the Word document, laid out by an
 * XHTML template and rendered by openhtmltopdf, then the appendix of every task drawn by
 * {@link PdfAppendix} on the pages after. Liberation Serif (metrically equal to Times New
 * Roman, with every Vietnamese letter) is embedded, so the PDF reads the same on a
 * machine without the font.
 */
@Component
class ReportPdf {

	static final String FONT = "Liberation Serif";

	/** The four faces' files, read once. */
	private static final Map<String, byte[]> FACES = faces();

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] write(ProvinceReport report) {
		Context context = new Context(OfficialText.VI);
		context.setVariable("report", report);
		context.setVariable("text", new Words());
		context.setVariable("counted", ProvinceReport.COUNTED);
		context.setVariable("categoryNames", ProvinceReport.CATEGORY_NAMES);
		String html = this.templates.process("reporting/pdf", context);
		List<TrueTypeFont> faces = new ArrayList<>();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			PDFont regular = font(builder, document, faces, "Regular", 400, FontStyle.NORMAL);
			PDFont bold = font(builder, document, faces, "Bold", 700, FontStyle.NORMAL);
			PDFont italic = font(builder, document, faces, "Italic", 400, FontStyle.ITALIC);
			font(builder, document, faces, "BoldItalic", 700, FontStyle.ITALIC);
			builder.withHtmlContent(html, null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
			}
			// The same fonts, so the appendix adds its letters to the same embedded
			// subsets.
			PdfAppendix.append(document, regular, bold, italic, report);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			faces.forEach(ReportPdf::close);
		}
	}

	/** A face of the font, for openhtmltopdf under the template's family name. */
	private static PDFont font(PdfRendererBuilder builder, PDDocument document, List<TrueTypeFont> faces, String face,
			int weight, FontStyle style) throws IOException {
		PDFont font = face(document, face, faces);
		builder.useFont(new PDFontSupplier(font), FONT, weight, style, true);
		return font;
	}

	/**
	 * A face ("Regular", "Bold", …) of the font for the document, embedded as a subset.
	 * Its GSUB substitutions are off: PDFBox would otherwise run its Latin ligature rules
	 * (regular expressions compiled anew for every string shown) on each table cell,
	 * three quarters of the time of a year report; Word shows no ligatures either, and
	 * without them every letter extracts as itself. The font file, added to {@code open},
	 * is closed once the document is saved.
	 */
	static PDFont face(PDDocument document, String face, List<TrueTypeFont> open) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FACES.get(face)));
		open.add(font);
		font.setEnableGsub(false);
		return PDType0Font.load(document, font, true);
	}

	private static void close(TrueTypeFont font) {
		try {
			font.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, byte[]> faces() {
		Map<String, byte[]> faces = new java.util.HashMap<>();
		for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
			try (InputStream in = new ClassPathResource("fonts/LiberationSerif-" + face + ".ttf").getInputStream()) {
				faces.put(face, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Map.copyOf(faces);
	}

	/** The fixed wording, for the template. */
	static final class Words {

		public java.util.List<String> issuerLines(String issuer) {
			return OfficialText.issuerLines(issuer);
		}

		public String number(String number) {
			return OfficialText.number(number);
		}

		public String placeAndDate(String place, java.time.LocalDate date) {
			return OfficialText.placeAndDate(place, date);
		}

		public String submissions(ProvinceReport.Submissions submissions) {
			return OfficialText.submissions(submissions);
		}

		public String planned(vn.cchc.portal.progress.ProgressStatistics.TargetTally target) {
			return OfficialText.planned(target);
		}

		public String attainment(vn.cchc.portal.progress.ProgressStatistics.TargetTally target) {
			return OfficialText.attainment(target);
		}

		public java.util.List<String> lines(String text) {
			return (text == null) ? java.util.List.of() : text.lines().filter((line) -> !line.isBlank()).toList();
		}

		public String nation() {
			return OfficialText.NATION;
		}

		public String motto() {
			return OfficialText.MOTTO;
		}

	}

}
