package vn.cchc.portal.users;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. Everything needs a signed-in user except the login page, static
 * assets and the health probe; pages then check role and agency themselves.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline scripts or styles anywhere: templates load /js and /css files only. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI (administrators only) injects style elements; its scripts are still
	 * files. Every other page gets the strict policy.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	private static final String BCRYPT = "bcrypt";

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PortalUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, UserAccountRepository accounts) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)))
			// Not a bean: as a bean it would also run as a plain servlet filter, outside
			// security.
			.addFilterBefore(new CurrentAccountFilter(accounts), AuthorizationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
						.permitAll()
						.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
						.permitAll()
						.requestMatchers(EndpointRequest.toAnyEndpoint())
						.hasRole(Role.ADMIN.name())
						.requestMatchers("/admin/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
								"/swagger-ui/**", "/swagger-ui.html")
						.hasRole(Role.ADMIN.name())
						.anyRequest()
						.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
						new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_CONTENT_SECURITY_POLICY)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				// Sent on https only (behind a proxy: X-Forwarded-Proto, see
				// server.forward-headers-strategy); a year, as the HSTS preload list
				// asks.
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.frameOptions((frame) -> frame.deny())
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * Actuator beyond health (info, metrics, prometheus): administrators only, signed in
	 * through the portal or, for a Prometheus scraper, with HTTP Basic under the same
	 * throttle. A browser that is not signed in goes to the login page.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, PortalUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginThrottle throttle) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("CCHC");
		http.securityMatcher(EndpointRequest.toAnyEndpoint().excluding(HealthEndpoint.class))
			.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.ADMIN.name()))
			.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basic))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response,
					ex) -> (browsers.matches(request) ? loginPage : basic).commence(request, response, ex)));
		return http.build();
	}

	/**
	 * Bcrypt, behind the {id} prefix so a stronger scheme can be added later. Only bcrypt
	 * hashes are ever accepted: a hash of any other scheme ({noop}, {MD5}, {sha256}…),
	 * say written by hand into the database, matches no password at all.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(BCRYPT,
				Map.of(BCRYPT, new BCryptPasswordEncoder()));
		encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				throw new UnsupportedOperationException("Only bcrypt encodes");
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				return false;
			}

		});
		return encoder;
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.AGENCY_HEAD.name())
			.implies(Role.OFFICER.name())
			.build();
	}

}
