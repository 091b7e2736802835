package vn.cchc.portal.notifications;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.users.PortalUser;

/**
 * "Thông báo": the signed-in person's own notifications, newest first; opening one marks
 * it read and goes to its page. Nobody sees or opens anyone else's.
 */
@Controller
class NotificationController {

	/** The latest ones; older notifications stay in the database but are not listed. */
	static final int SHOWN = 100;

	private final Notifications notifications;

	private final ZoneId zone;

	NotificationController(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.zone = clock.getZone();
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		model.addAttribute("items",
				this.notifications.of(user.getId(), SHOWN, locale)
					.stream()
					.map((item) -> new Row(item, item.createdAt().atZone(this.zone)))
					.toList());
		return "notifications/list";
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.getId());
		redirect.addFlashAttribute("saved", "notifications.allRead");
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		return "redirect:" + this.notifications.open(user.getId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A notification with its time in the province's zone. */
	record Row(Notifications.Item item, ZonedDateTime at) {
	}

}
