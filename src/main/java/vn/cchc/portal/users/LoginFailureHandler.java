package vn.cchc.portal.users;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the login page with one message for every failure (no hint whether the account
 * exists), keeping the username that was typed so only the password must be entered
 * again.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String USERNAME = "username";

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	LoginFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
		String username = request.getParameter(USERNAME);
		if (username != null) {
			FlashMap flash = new FlashMap();
			flash.put(USERNAME, username.strip());
			flash.setTargetRequestPath(request.getContextPath() + "/login");
			this.flashMaps.saveOutputFlashMap(flash, request, response);
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
