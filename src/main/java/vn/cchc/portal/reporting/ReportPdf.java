package vn.cchc.portal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The report as PDF: the same words and figures as the Word document, laid out by an
 * XHTML template and rendered by openhtmltopdf. Liberation Serif (metrically equal to
 * Times New Roman, with every Vietnamese letter) is embedded, so the PDF reads the same
 * on a machine without the font.
 */
@Component
class ReportPdf {

	static final String FONT = "Liberation Serif";

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
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "Regular", 400, FontStyle.NORMAL);
			font(builder, "Bold", 700, FontStyle.NORMAL);
			font(builder, "Italic", 400, FontStyle.ITALIC);
			font(builder, "BoldItalic", 700, FontStyle.ITALIC);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
		ClassPathResource file = new ClassPathResource("fonts/LiberationSerif-" + face + ".ttf");
		builder.useFont(() -> {
			try {
				return file.getInputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, FONT, weight, style, true);
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

		public String date(java.time.LocalDate date) {
			return OfficialText.date(date);
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
