package vn.cchc.portal.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * HTML that Thymeleaf itself rendered earlier (every typed text in it already escaped),
 * kept to be served again: a cached part of a page. Templates never print unescaped
 * strings ({@code th:utext} is forbidden); {@code cchc:rendered="${…}"} inserts a
 * {@code RenderedHtml} as the element's body and refuses anything else, so a typed string
 * can never reach the page unescaped by mistake.
 */
public record RenderedHtml(String html) {

	/**
	 * A template (or fragment, {@code "page :: name"}) rendered to text with the whole of
	 * Spring MVC's view support (links, messages, the forms' CSRF field), to be kept: the
	 * real response is left alone (not committed, its headers untouched).
	 */
	public static String render(ViewResolver views, String template, Locale locale, Map<String, ?> model,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		View view = views.resolveViewName(template, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + template);
		}
		Captured captured = new Captured(response);
		view.render(model, request, captured);
		return captured.text();
	}

	/** A response that keeps what the view writes as text. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(1 << 16);

		private final PrintWriter writer = new PrintWriter(this.text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A kept rendering is written as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		// A kept rendering is served to everyone: its links carry nothing of this
		// session.
		@Override
		public String encodeURL(String url) {
			return url;
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

	}

	/** The {@code cchc:rendered} attribute. */
	@Component
	static class Dialect extends AbstractProcessorDialect {

		Dialect() {
			super("CCHC", "cchc", 1000);
		}

		@Override
		public Set<IProcessor> getProcessors(String prefix) {
			return Set.of(new Processor(prefix));
		}

	}

	static final class Processor extends AbstractAttributeTagProcessor {

		Processor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "rendered", true, 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structure) {
			Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			if (value == null) {
				structure.removeElement();
				return;
			}
			if (!(value instanceof RenderedHtml rendered)) {
				throw new TemplateProcessingException(
						"cchc:rendered takes RenderedHtml only, not " + value.getClass().getName());
			}
			structure.replaceWith(rendered.html(), false);
		}

	}

}
