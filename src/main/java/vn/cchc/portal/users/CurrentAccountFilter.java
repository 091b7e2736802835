package vn.cchc.portal.users;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with its account, on every request, before
 * authorisation:
 * <ul>
 * <li>an account an administrator locked is signed out at once, not when its session
 * expires;</li>
 * <li>a changed account (role, agency, password) is reloaded, so a demotion takes effect
 * immediately;</li>
 * <li>while a temporary password is in force, every page leads to
 * {@code /account/password}.</li>
 * </ul>
 * One primary-key query per page; static assets are skipped.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final List<String> ASSETS = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

	/** What someone with a temporary password may still open. */
	private static final List<String> OPEN_WHILE_TEMPORARY = List.of(PASSWORD_PAGE, "/logout", "/login", "/error");

	private final UserAccountRepository accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	CurrentAccountFilter(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return ASSETS.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			Optional<UserAccountRepository.AccountState> state = this.accounts.findStateById(user.getId());
			if (state.isEmpty() || !state.get().enabled()) {
				signOut(request, response);
				return;
			}
			if (state.get().version() != user.getAccountVersion()) {
				user = reload(user, authentication, request, response);
				if (user == null) {
					signOut(request, response);
					return;
				}
			}
			if (user.isMustChangePassword() && OPEN_WHILE_TEMPORARY.stream().noneMatch(path(request)::startsWith)) {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private PortalUser reload(PortalUser stale, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		PortalUser fresh = this.accounts.findById(stale.getId()).map(PortalUser::new).orElse(null);
		if (fresh == null || !fresh.isEnabled()) {
			return null;
		}
		// Keep what sign-in added besides the role (such as the factor it used).
		List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
		authentication.getAuthorities()
			.stream()
			.filter((authority) -> !String.valueOf(authority.getAuthority()).startsWith("ROLE_"))
			.forEach(authorities::add);
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
				authorities);
		refreshed.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(refreshed);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return fresh;
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + "/login");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
