package vn.cchc.portal.users;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.agencies.AgencySummary;

/**
 * The administrator's list of accounts.
 */
@Controller
class AccountsController {

	private final UserAccountRepository accounts;

	private final AgencyCatalog agencies;

	AccountsController(UserAccountRepository accounts, AgencyCatalog agencies) {
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@GetMapping("/admin/users")
	@Transactional(readOnly = true)
	String list(Model model) {
		List<UserAccount> all = this.accounts.findAllByOrderByUsernameAsc();
		Map<Long, AgencySummary> agencyById = this.agencies
			.findAll(all.stream().map(UserAccount::getAgencyId).filter(Objects::nonNull).distinct().toList());
		model.addAttribute("accounts",
				all.stream()
					.map((account) -> new AccountRow(account.getUsername(), account.getFullName(), account.getRole(),
							agencyById.get(account.getAgencyId()), account.isEnabled()))
					.toList());
		return "users/list";
	}

	record AccountRow(String username, String fullName, Role role, AgencySummary agency, boolean enabled) {
	}

}
