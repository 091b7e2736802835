// Keyboard editing of plans (the shortcuts are listed on the plan page), the task search,
// and Ctrl+Enter to save an editor form. A file of its own: the CSP forbids inline scripts.
(() => {
  'use strict';

  // Searching ignores diacritics and case: "so tu phap" finds "Sở Tư pháp".
  const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

  const typing = (element) => element && (element.isContentEditable
    || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));

  // Ctrl+Enter (or Cmd+Enter) saves the editor form the cursor is in.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      const form = event.target.closest && event.target.closest('form.save-shortcut');
      if (form) {
        event.preventDefault();
        form.requestSubmit();
      }
    }
  });

  // A refused stale save: bring the comparison into view.
  const conflict = document.getElementById('conflict');
  if (conflict) {
    conflict.scrollIntoView({ block: 'start' });
    conflict.focus({ preventScroll: true });
  }

  const rows = () => Array.from(document.querySelectorAll('tr.task-row')).filter((row) => !row.hidden);
  if (!document.querySelector('tr.task-row, tr.section-row')) {
    return;
  }

  const search = document.getElementById('task-search');
  const count = document.getElementById('task-search-count');
  if (search) {
    search.hidden = false;
    // The words typed, in order, in the row's content (not its buttons and pickers).
    const contentOf = (row) => fold(Array.from(row.cells)
      .filter((cell) => !cell.classList.contains('d-print-none'))
      .map((cell) => cell.textContent).join(' ')).replace(/\s+/g, ' ');
    search.addEventListener('input', () => {
      const phrase = fold(search.value).trim().replace(/\s+/g, ' ');
      const all = document.querySelectorAll('tr.task-row');
      let shown = 0;
      all.forEach((row) => {
        row.hidden = phrase !== '' && !contentOf(row).includes(phrase);
        shown += row.hidden ? 0 : 1;
      });
      count.textContent = phrase ? shown + ' / ' + all.length : '';
    });
  }

  let current = null;
  const select = (row) => {
    if (!row) {
      return;
    }
    if (current) {
      current.classList.remove('task-current');
    }
    current = row;
    row.classList.add('task-current');
    row.focus();
  };
  document.addEventListener('focusin', (event) => {
    const row = event.target.closest && event.target.closest('tr.task-row');
    if (row && row !== current) {
      select(row);
    }
  });

  // The section the planner is in: that of the chosen task, or the first one.
  const sectionRow = () => {
    let row = current;
    while (row && !row.classList.contains('section-row')) {
      row = row.previousElementSibling;
    }
    return row || document.querySelector('tr.section-row');
  };

  const go = (url) => {
    if (url) {
      window.location.assign(url);
    }
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.key === 'Escape' && event.target === search) {
      search.blur();
      return;
    }
    if (typing(event.target) && !(event.target.type === 'checkbox')) {
      return;
    }
    const list = rows();
    const index = list.indexOf(current);
    switch (event.key) {
      case 'j':
        select(list[Math.min(index + 1, list.length - 1)]);
        break;
      case 'k':
        select(list[Math.max(index - 1, 0)]);
        break;
      case 'e':
        go(current && current.dataset.edit);
        break;
      case 'Enter':
        if (event.target === current) {
          go(current.dataset.edit);
        }
        else {
          return;
        }
        break;
      case 'n':
        go(sectionRow() && sectionRow().dataset.newTask);
        break;
      case 'a':
        go(current && current.dataset.newActivity);
        break;
      case 'x': {
        const pick = current && current.querySelector('input.bulk-pick');
        if (pick) {
          pick.checked = !pick.checked;
        }
        break;
      }
      case 'b': {
        const leads = document.getElementById('bulk-leads');
        if (leads) {
          leads.focus();
        }
        break;
      }
      case 't': {
        const link = document.getElementById('new-target');
        go(link && link.href);
        break;
      }
      case '/':
        if (search) {
          search.focus();
        }
        break;
      case '?': {
        const help = document.querySelector('#shortcuts details');
        if (help) {
          help.open = !help.open;
          help.querySelector('summary').focus();
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });
})();

// The agency picker: a suggested name is added to the lead or coordinating field (after
// "; " when it already names someone), and the field's interpretation refreshes.
document.addEventListener('click', (event) => {
  const suggestion = event.target.closest('.agency-suggestion');
  if (!suggestion) {
    return;
  }
  const field = document.getElementById(suggestion.dataset.target);
  if (!field) {
    return;
  }
  const current = field.value.trim();
  field.value = current ? `${current}; ${suggestion.dataset.name}` : suggestion.dataset.name;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  const finder = document.getElementById(`${suggestion.dataset.target}-find`);
  if (finder) {
    finder.value = '';
  }
  suggestion.parentElement.replaceChildren();
  field.focus();
});
