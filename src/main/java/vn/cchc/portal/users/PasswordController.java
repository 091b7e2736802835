package vn.cchc.portal.users;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Anyone signed in changes their own password here; someone with a temporary password is
 * sent here by {@link CurrentAccountFilter} until they do.
 */
@Controller
class PasswordController {

	private final OwnPassword ownPassword;

	PasswordController(OwnPassword ownPassword) {
		this.ownPassword = ownPassword;
	}

	@GetMapping(CurrentAccountFilter.PASSWORD_PAGE)
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		return page(user, AccountForms.ChangePassword.empty(), model);
	}

	@PostMapping(CurrentAccountFilter.PASSWORD_PAGE)
	String change(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("password") AccountForms.ChangePassword form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.ownPassword.change(user.getId(), form.currentPassword(), form.newPassword(), form.confirmation());
				redirect.addFlashAttribute("passwordChanged", true);
				// The next request reloads the principal (its version changed), ending
				// the
				// forced change.
				return "redirect:/";
			}
			catch (AccountProblems problems) {
				problems.problems().forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
			}
		}
		return page(user, form, model);
	}

	private static String page(PortalUser user, AccountForms.ChangePassword form, Model model) {
		// th:field never writes a password input's value back into the page.
		model.addAttribute("password", form);
		model.addAttribute("forced", user.isMustChangePassword());
		model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
		return "users/password";
	}

}
