package vn.cchc.portal.notifications;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import vn.cchc.portal.users.PortalUser;

/**
 * The unread count the layout's bell shows: one indexed count per page drawn, none for a
 * redirect (every saved form ends in one), the JSON API or anonymous visitors.
 */
@Configuration(proxyBeanMethods = false)
class NotificationBell implements HandlerInterceptor, WebMvcConfigurer {

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// Error pages (the database outage page among them) are drawn without a query.
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
				|| request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return;
		}
		try {
			page.addObject("unreadNotifications", this.notifications.unread(user.getId()));
		}
		catch (DataAccessException ex) {
			// The bell never takes a page down with it.
		}
	}

}
