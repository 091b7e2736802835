package vn.cchc.portal.notifications;

import jakarta.servlet.RequestDispatcher;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.cchc.portal.users.PortalUser;

/**
 * The unread count the layout's bell shows, asked for by the layout itself
 * ({@code ${@notificationBell.unread()}}): one indexed count per page drawn, none for a
 * redirect (every saved form ends in one), the JSON API or a download, whatever the
 * controller does with its model.
 */
@Component("notificationBell")
public class NotificationBell {

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * The signed-in person's unread notifications; null for anonymous visitors and error
	 * pages.
	 */
	public Integer unread() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		// Error pages (the database outage page among them) are drawn without a query.
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
				|| (request != null && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE,
						RequestAttributes.SCOPE_REQUEST) != null)) {
			return null;
		}
		try {
			return this.notifications.unread(user.getId());
		}
		catch (DataAccessException ex) {
			// The bell never takes a page down with it.
			return null;
		}
	}

}
