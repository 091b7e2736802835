package vn.cchc.portal.users;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The JSON API for scripts and integrations: HTTP Basic on every request, no session and
 * so no CSRF token (no cookie is ever sent), and refusals as problem details, never a
 * login page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, PortalUserDetailsService users,
			PasswordEncoder passwordEncoder, LoginThrottle throttle) throws Exception {
		// The same password check and lockout as the sign-in form: Basic is no way around
		// them.
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		http.securityMatcher("/api/**")
			.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)))
			// An account still on a temporary password must change it in the portal
			// first.
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(
						authentication.get().getPrincipal() instanceof PortalUser user
								&& !user.isMustChangePassword())))
			.httpBasic((basic) -> basic.realmName("CCHC")
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED)))
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	private static void problem(HttpServletResponse response, HttpStatus status) throws IOException {
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC\"");
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + "}");
	}

}
