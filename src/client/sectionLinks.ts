/**
 * Long pages (toolkits, kits) keep each section in a closed `<details data-section-details>` whose
 * body carries the section's id. Chromium opens a closed `<details>` when the address names something
 * inside it, even without JavaScript; this module does the same in every browser, for links followed
 * within the page too, keeps the address naming the section last opened (so it can be shared), and
 * opens every section for the browser's own print.
 */
const sections = [...document.querySelectorAll<HTMLDetailsElement>('details[data-section-details]')];

/** Opens every closed `<details>` around the element the fragment names; true when one was closed. */
function reveal(hash: string): boolean {
  const id = hash.startsWith('#') ? decodeURIComponent(hash.slice(1)) : '';
  const target = id ? document.getElementById(id) : null;
  let opened = false;
  for (let node = target?.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) {
      node.open = true;
      opened = true;
    }
  }
  // A browser that did not reveal it scrolled to a closed box: scroll again now that it is open.
  if (opened) target?.scrollIntoView();
  return opened;
}

if (sections.length > 0) {
  reveal(window.location.hash);
  window.addEventListener('hashchange', () => reveal(window.location.hash));
  // Following a link to the fragment the address already names fires no hashchange.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
    if (link && link.hash === window.location.hash) reveal(link.hash);
  });

  // Sections opened and closed for print leave the address as it was.
  const forPrint = new Set<HTMLDetailsElement>();
  for (const details of sections) {
    const body = details.querySelector<HTMLElement>(':scope > [id]');
    details.addEventListener('toggle', () => {
      if (forPrint.delete(details) || !body) return;
      const here = `#${body.id}`;
      if (details.open && window.location.hash !== here) {
        window.history.replaceState(window.history.state, '', here);
      } else if (!details.open && window.location.hash === here) {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
      }
    });
  }

  // Print stylesheets show closed sections too; opening them also covers browsers without `::details-content`.
  let closedBeforePrint: HTMLDetailsElement[] = [];
  const setOpen = (list: HTMLDetailsElement[], open: boolean) => {
    for (const details of list) {
      forPrint.add(details);
      details.open = open;
    }
  };
  window.addEventListener('beforeprint', () => {
    closedBeforePrint = sections.filter((details) => !details.open);
    setOpen(closedBeforePrint, true);
  });
  window.addEventListener('afterprint', () => setOpen(closedBeforePrint, false));
}
