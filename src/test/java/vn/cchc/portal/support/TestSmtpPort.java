package vn.cchc.portal.support;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A free port for the tests' SMTP server (GreenMail), chosen once per run before any
 * Spring context reads {@code cchc.test.smtp-port}: builds running side by side never
 * share a mail server.
 */
public class TestSmtpPort implements LauncherSessionListener {

	public static final String PROPERTY = "cchc.test.smtp-port";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty(PROPERTY) != null) {
			return;
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			System.setProperty(PROPERTY, Integer.toString(socket.getLocalPort()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the test SMTP server", ex);
		}
	}

	public static int port() {
		return Integer.getInteger(PROPERTY);
	}

}
