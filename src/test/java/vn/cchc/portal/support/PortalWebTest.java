package vn.cchc.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The running portal over real HTTP with a {@link TestClock}, driven by {@link Browser}:
 * one application context (and the one test PostgreSQL) shared by every test class that
 * uses this annotation. Tests do not roll back, so each creates the data it changes under
 * names of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestOnlyEndpoints.class, TestClock.Configuration.class })
public @interface PortalWebTest {

}
