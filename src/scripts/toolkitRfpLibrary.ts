/**
 * Filters the RFP answer library by category without a page load; the category lives in the
 * query string (`?category=security`) so a filtered library can be bookmarked and shared.
 */
const library = document.querySelector<HTMLElement>('[data-rfp-library]');
if (library) setUpLibrary(library);

function setUpLibrary(library: HTMLElement): void {
  const buttons = [...library.querySelectorAll<HTMLButtonElement>('button[data-rfp-filter]')];
  const answers = [...library.querySelectorAll<HTMLElement>('[data-rfp-category]')];
  const status = library.querySelector<HTMLElement>('[data-rfp-status]');
  const offered = new Set(buttons.map((button) => button.dataset['rfpFilter']));

  const apply = (category: string) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['rfpFilter'] === category));
    let shown = 0;
    for (const answer of answers) {
      answer.hidden = category !== '' && answer.dataset['rfpCategory'] !== category;
      if (!answer.hidden) shown += 1;
    }
    if (status) status.textContent = `${shown} answer${shown === 1 ? '' : 's'} shown.`;
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
