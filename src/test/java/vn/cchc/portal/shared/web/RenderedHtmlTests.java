package vn.cchc.portal.shared.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code cchc:rendered} inserts HTML rendered earlier, and nothing else. */
class RenderedHtmlTests {

	private static final String TEMPLATE = "<main><div cchc:rendered=\"${part}\">placeholder</div></main>";

	@Test
	void renderedHtmlIsInsertedAsItIs() {
		assertThat(render(new RenderedHtml("<table><tr><td>Sở Nội vụ &amp; UBND</td></tr></table>")))
			.isEqualTo("<main><table><tr><td>Sở Nội vụ &amp; UBND</td></tr></table></main>");
		assertThat(render(null)).isEqualTo("<main></main>");
	}

	@Test
	void aStringIsRefusedSoThatTypedTextNeverGoesOutUnescaped() {
		assertThatThrownBy(() -> render("<script>alert(1)</script>")).isInstanceOf(TemplateProcessingException.class)
			.rootCause()
			.hasMessageContaining("RenderedHtml only");
	}

	private static String render(Object part) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new RenderedHtml.Dialect());
		Context context = new Context();
		context.setVariables((part != null) ? Map.of("part", part) : Map.of());
		return engine.process(TEMPLATE, context);
	}

}
