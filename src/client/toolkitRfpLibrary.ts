/**
 * Filters the RFP answer library by category without a page load; the category lives in the
 * query string (`?category=security`) so a filtered library can be bookmarked and shared. The page
 * holds the first answers of each category; the "Showing 5 of 84 — see all" line under the list
 * follows the category, and its link leads to all of them.
 */
const library = document.querySelector<HTMLElement>('[data-rfp-library]');
if (library) setUpLibrary(library);

function setUpLibrary(library: HTMLElement): void {
  const buttons = [...library.querySelectorAll<HTMLButtonElement>('button[data-rfp-filter]')];
  const answers = [...library.querySelectorAll<HTMLElement>('[data-rfp-category]')];
  const status = library.querySelector<HTMLElement>('[data-rfp-status]');
  const seeAllShown = library.querySelector<HTMLElement>('[data-see-all-shown]');
  const seeAllTotal = library.querySelector<HTMLElement>('[data-see-all-total]');
  const offered = new Set(buttons.map((button) => button.dataset['rfpFilter']));
  const format = (n: number) => n.toLocaleString('en-US');

  const apply = (category: string) => {
    let total: string | undefined;
    for (const button of buttons) {
      const pressed = button.dataset['rfpFilter'] === category;
      button.setAttribute('aria-pressed', String(pressed));
      if (pressed) total = button.dataset['rfpTotal'];
    }
    let shown = 0;
    for (const answer of answers) {
      answer.hidden = category !== '' && answer.dataset['rfpCategory'] !== category;
      if (!answer.hidden) shown += 1;
    }
    if (seeAllShown) seeAllShown.textContent = format(shown);
    if (seeAllTotal && total !== undefined) seeAllTotal.textContent = format(Number(total));
    if (status)
      status.textContent = `${shown} answer${shown === 1 ? '' : 's'} shown${total !== undefined && Number(total) > shown ? ` of ${format(Number(total))}` : ''}.`;
  };

  const fromUrl = new URLSearchParams(window.location.search).get('category') ?? '';
  apply(offered.has(fromUrl) ? fromUrl : '');

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const category = button.dataset['rfpFilter'] ?? '';
      const params = new URLSearchParams(window.location.search);
      if (category) params.set('category', category);
      else params.delete('category');
      const query = params.toString();
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
      apply(category);
    });
  }
}
