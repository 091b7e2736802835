package vn.cchc.portal.home;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.cchc.portal.users.Role;

/**
 * The main menu: what each role can open, with the current page marked. Every page's
 * model carries it as {@code navigation}; the layout only renders it.
 */
@ControllerAdvice
class Navigation {

	static final List<Entry> ENTRIES = List.of(new Entry("nav.home", "/"),
			new Entry("nav.dashboard", "/dashboard", Role.LEADER, Role.PLANNER, Role.ADMIN, Role.AGENCY_HEAD),
			new Entry("nav.reports", "/reports", Role.LEADER, Role.PLANNER, Role.ADMIN),
			new Entry("nav.myTasks", "/my-tasks", Role.OFFICER),
			new Entry("nav.agencyReport", "/agency-report", Role.OFFICER), new Entry("nav.plans", "/plans"),
			new Entry("nav.periods", "/periods"), new Entry("nav.agencies", "/agencies"),
			new Entry("nav.domains", "/domains"), new Entry("nav.users", "/admin/users", Role.ADMIN),
			new Entry("nav.audit", "/admin/audit", Role.ADMIN));

	private final RoleHierarchy roleHierarchy;

	Navigation(RoleHierarchy roleHierarchy) {
		this.roleHierarchy = roleHierarchy;
	}

	@ModelAttribute("navigation")
	List<Item> navigation(Authentication authentication, HttpServletRequest request) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return List.of();
		}
		Set<String> authorities = authorities(authentication.getAuthorities());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ENTRIES.stream()
			.filter((entry) -> entry.roles().isEmpty()
					|| entry.roles().stream().anyMatch((role) -> authorities.contains(role.authority())))
			.map((entry) -> new Item(entry.labelKey(), entry.path(), entry.isCurrent(path)))
			.toList();
	}

	private Set<String> authorities(Collection<? extends GrantedAuthority> granted) {
		return this.roleHierarchy.getReachableGrantedAuthorities(granted)
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
	}

	/** A menu entry, shown to everyone signed in when no role is named. */
	record Entry(String labelKey, String path, Set<Role> roles) {

		Entry(String labelKey, String path, Role... roles) {
			this(labelKey, path, Set.of(roles));
		}

		boolean isCurrent(String requestPath) {
			return this.path.equals("/") ? requestPath.equals("/") : requestPath.startsWith(this.path);
		}

	}

	/** A menu entry as the layout shows it. */
	record Item(String labelKey, String path, boolean current) {
	}

}
