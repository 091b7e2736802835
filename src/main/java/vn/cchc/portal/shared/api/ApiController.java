package vn.cchc.portal.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the JSON API under {@code /api/v1}: HTTP Basic, and errors as RFC 9457
 * problem details (see {@link ApiExceptionHandler}) rather than error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping(produces = "application/json")
public @interface ApiController {

	@AliasFor(annotation = RestController.class)
	String value() default "";

}
