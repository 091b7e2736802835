// Import preview: a click on a suggested agency fills the agency field it was offered for.
document.addEventListener('click', (event) => {
  const suggestion = event.target.closest('.import-suggestion');
  if (!suggestion) {
    return;
  }
  const pick = suggestion.closest('.import-pick');
  const field = pick && pick.querySelector('.import-agency');
  if (field) {
    field.value = suggestion.dataset.name;
    field.focus();
  }
  suggestion.closest('.import-suggestions').replaceChildren();
});
