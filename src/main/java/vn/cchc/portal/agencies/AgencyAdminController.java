package vn.cchc.portal.agencies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Administrators record renames, merges and aliases. Under /admin, so only administrators
 * reach it (see the security configuration).
 */
@Controller
class AgencyAdminController {

	private final AgencyCatalog catalog;

	private final AgencyReorganisation reorganisation;

	private final Clock clock;

	AgencyAdminController(AgencyCatalog catalog, AgencyReorganisation reorganisation, Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.reorganisation = reorganisation;
	}

	@GetMapping("/admin/agencies/{id}/rename")
	String renameForm(@PathVariable long id, Model model) {
		AgencySummary agency = existing(id);
		model.addAttribute("agency", agency);
		model.addAttribute("form",
				new RenameForm(agency.name(), agency.shortName(), null, null, this.reorganisation.versionOf(id)));
		return "agencies/rename";
	}

	@PostMapping("/admin/agencies/{id}/rename")
	String rename(@PathVariable long id, @Valid @ModelAttribute("form") RenameForm form, BindingResult errors,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) {
		AgencySummary agency = existing(id);
		if (!errors.hasErrors()) {
			try {
				this.reorganisation.rename(id, (form.version() != null) ? form.version() : -1, form.name(),
						form.shortName(), form.effectiveDate(), form.decision(), user.getUsername());
				redirect.addFlashAttribute("saved", "agencies.rename.saved");
				return "redirect:/agencies/" + id;
			}
			catch (ReorganisationException ex) {
				errors.reject(ex.getMessageKey());
			}
		}
		model.addAttribute("agency", agency);
		return "agencies/rename";
	}

	@GetMapping("/admin/agencies/merge")
	String mergeForm(@RequestParam(name = "into", required = false) Long into, Model model) {
		List<Long> selected = (into != null) ? List.of(into) : List.of();
		model.addAttribute("form", new MergeForm(new ArrayList<>(selected), into, null, null, null, null, null));
		return mergePage(model);
	}

	@PostMapping("/admin/agencies/merge")
	String merge(@Valid @ModelAttribute("form") MergeForm form, BindingResult errors,
			@AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) {
		if (form.createsSuccessor() && (form.newCode() == null || form.newCode().isBlank())) {
			errors.rejectValue("newCode", "agencies.error.codeRequired");
		}
		if (!errors.hasErrors()) {
			NewAgency newSuccessor = form.createsSuccessor() ? new NewAgency(form.newCode(), form.newName(),
					form.newShortName(), kindOf(form.predecessorIds()), this.catalog.provinceCommitteeId()) : null;
			try {
				long eventId = this.reorganisation.merge(form.predecessorIds(),
						form.createsSuccessor() ? null : form.successorId(), newSuccessor, form.effectiveDate(),
						form.decision(), user.getUsername());
				redirect.addFlashAttribute("saved", "agencies.merge.saved");
				return "redirect:/agencies/events#event-" + eventId;
			}
			catch (ReorganisationException ex) {
				errors.reject(ex.getMessageKey());
			}
		}
		return mergePage(model);
	}

	@PostMapping("/admin/agencies/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam String alias, RedirectAttributes redirect) {
		existing(id);
		if (!alias.isBlank() && alias.length() <= 300) {
			this.reorganisation.addAlias(id, alias);
			redirect.addFlashAttribute("saved", "agencies.aliases.saved");
		}
		return "redirect:/agencies/" + id;
	}

	private String mergePage(Model model) {
		model.addAttribute("candidates",
				this.catalog.search("", LocalDate.now(this.clock))
					.stream()
					.filter((agency) -> agency.kind() != AgencyKind.INTERNAL_UNIT)
					.toList());
		return "agencies/merge";
	}

	private AgencyKind kindOf(List<Long> predecessorIds) {
		return predecessorIds.stream()
			.map(this::existing)
			.map(AgencySummary::kind)
			.findFirst()
			.orElse(AgencyKind.DEPARTMENT);
	}

	private AgencySummary existing(long id) {
		return this.catalog.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	record RenameForm(@NotBlank(message = "{form.required}") @Size(max = 300, message = "{form.tooLong}") String name,
			@Size(max = 120, message = "{form.tooLong}") String shortName,
			@NotNull(message = "{form.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
			@Size(max = 300, message = "{form.tooLong}") String decision, Long version) {
	}

	/**
	 * Agencies to merge, into one of them or another existing agency
	 * ({@code successorId}), or into a new agency when {@code newName} is filled.
	 */
	record MergeForm(@NotEmpty(message = "{form.chooseOne}") List<Long> predecessorIds, Long successorId,
			@Size(max = 40, message = "{form.tooLong}") String newCode,
			@Size(max = 300, message = "{form.tooLong}") String newName,
			@Size(max = 120, message = "{form.tooLong}") String newShortName,
			@NotNull(message = "{form.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
			@Size(max = 300, message = "{form.tooLong}") String decision) {

		boolean createsSuccessor() {
			return this.newName != null && !this.newName.isBlank();
		}

	}

}
