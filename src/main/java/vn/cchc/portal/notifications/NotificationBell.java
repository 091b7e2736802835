package vn.cchc.portal.notifications;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.cchc.portal.users.PortalUser;

/**
 * The unread count the layout's bell shows: one indexed count per page, none for the JSON
 * API or anonymous visitors.
 */
@ControllerAdvice
class NotificationBell {

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Integer unread(Authentication authentication, HttpServletRequest request) {
		// Error pages (the database outage page among them) are drawn without a query.
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return null;
		}
		try {
			return this.notifications.unread(user.getId());
		}
		catch (org.springframework.dao.DataAccessException ex) {
			// The bell never takes a page down with it.
			return null;
		}
	}

}
