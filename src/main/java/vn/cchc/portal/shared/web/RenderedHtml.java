package vn.cchc.portal.shared.web;

import java.util.Set;

import org.springframework.stereotype.Component;
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
