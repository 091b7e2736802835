package vn.cchc.portal.users;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;
import vn.cchc.portal.shared.web.PageLinks;

/**
 * The administrators' account pages (/admin/** is ADMIN-only in
 * {@link SecurityConfiguration}): list and search, create, edit, lock, unlock, reset
 * password. Rules live in {@link AccountAdministration}.
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

	static final String ISSUED_PASSWORD = "issuedPassword";

	private final AccountDirectory directory;

	private final AccountAdministration administration;

	private final AgencyCatalog agencies;

	private final AgencyChoices choices;

	AccountAdminController(AccountDirectory directory, AccountAdministration administration, AgencyCatalog agencies,
			AgencyChoices choices) {
		this.directory = directory;
		this.administration = administration;
		this.agencies = agencies;
		this.choices = choices;
	}

	@GetMapping
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "role", required = false) Role role,
			@RequestParam(name = "agency", required = false) Long agencyId,
			@PageableDefault(size = 20) Pageable pageable, HttpServletRequest request, Model model) {
		Page<AccountDirectory.Row> rows = this.directory.find(new AccountDirectory.Criteria(query, role, agencyId),
				pageable);
		// One batch look-up for the agencies and units on this page, never one per row.
		Map<Long, AgencySummary> named = this.agencies.findAll(rows.stream()
			.flatMap((row) -> Stream.of(row.agencyId(), row.unitId()))
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		model.addAttribute("accounts",
				rows.map((row) -> new AccountRow(row.id(), row.username(), row.fullName(), row.role(),
						named.get(row.agencyId()), named.get(row.unitId()), row.enabled(), row.mustChangePassword())));
		model.addAttribute("links", PageLinks.of(request));
		model.addAttribute("query", query);
		model.addAttribute("role", role);
		model.addAttribute("agency", agencyId);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agenciesByKind", this.choices.agenciesByKind());
		return "users/list";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		return newAccountPage(AccountForms.NewAccount.empty(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("account") AccountForms.NewAccount form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newAccountPage(form, model);
		}
		try {
			AccountAdministration.IssuedPassword issued = this.administration.create(form.username(), form.profile());
			redirect.addFlashAttribute(ISSUED_PASSWORD, issued.temporaryPassword());
			redirect.addFlashAttribute("saved", "users.created");
			return "redirect:/admin/users/" + issued.accountId();
		}
		catch (AccountProblems problems) {
			reject(problems, result);
			return newAccountPage(form, model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal PortalUser actor, Model model) {
		AccountAdministration.AccountView account = find(id);
		return editPage(account, AccountForms.EditAccount.of(account), actor, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("account") AccountForms.EditAccount form,
			BindingResult result, @AuthenticationPrincipal PortalUser actor, Model model, RedirectAttributes redirect) {
		AccountAdministration.AccountView account = find(id);
		if (result.hasErrors()) {
			return editPage(account, form, actor, model);
		}
		try {
			this.administration.update(id, form.version(), form.profile(), form.enabled(), actor);
			redirect.addFlashAttribute("saved", "users.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (AccountProblems problems) {
			reject(problems, result);
			return editPage(account, form, actor, model);
		}
	}

	@PostMapping("/{id}/lock")
	String lock(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalUser actor,
			RedirectAttributes redirect) {
		try {
			this.administration.lock(id, version, actor);
			redirect.addFlashAttribute("saved", "users.locked");
		}
		catch (AccountProblems problems) {
			redirect.addFlashAttribute("refused", problems.problems().get(0).code());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.administration.unlock(id, version);
		redirect.addFlashAttribute("saved", "users.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password-reset")
	String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		AccountAdministration.IssuedPassword issued = this.administration.resetPassword(id, version);
		// A flash attribute lives in the session for exactly one page view: shown once.
		redirect.addFlashAttribute(ISSUED_PASSWORD, issued.temporaryPassword());
		redirect.addFlashAttribute("saved", "users.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	/** The unit choices of one agency, swapped in by htmx when the agency changes. */
	@GetMapping("/units")
	String units(@RequestParam(name = "agencyId", required = false) Long agencyId, Model model) {
		model.addAttribute("units", this.choices.unitsOf(agencyId));
		model.addAttribute("selectedUnit", null);
		return "users/form :: unitOptions";
	}

	private AccountAdministration.AccountView find(long id) {
		return this.administration.find(id).orElseThrow(() -> new AccountNotFoundException("No account " + id));
	}

	private String newAccountPage(AccountForms.NewAccount form, Model model) {
		model.addAttribute("account", form);
		addChoices(form.agencyId(), form.unitId(), model);
		return "users/new";
	}

	private String editPage(AccountAdministration.AccountView account, AccountForms.EditAccount form, PortalUser actor,
			Model model) {
		model.addAttribute("target", account);
		model.addAttribute("account", form);
		model.addAttribute("self", actor.getId() == account.id());
		addChoices(form.agencyId(), form.unitId(), model);
		return "users/edit";
	}

	private void addChoices(Long agencyId, Long unitId, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("agenciesByKind", this.choices.agenciesByKind());
		model.addAttribute("units", this.choices.unitsOf(agencyId));
		model.addAttribute("selectedUnit", unitId);
	}

	private static void reject(AccountProblems problems, BindingResult result) {
		problems.problems().forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
	}

	/** A row of the list, with agency and unit already named. */
	record AccountRow(long id, String username, String fullName, Role role, AgencySummary agency, AgencySummary unit,
			boolean enabled, boolean mustChangePassword) {
	}

}
