/**
 * The narrow screen's menu: the "Menu" button opens and closes the list of sections. Without this
 * script the header shows the list wrapped and hides the button, so every section stays one tap away
 * (the header's layout follows public/theme.js's mark, set before the first paint).
 */
const header = document.querySelector<HTMLElement>('[data-site-header]');
const button = header?.querySelector<HTMLButtonElement>('[data-site-menu]');

if (header && button) {
  const setOpen = (open: boolean) => button.setAttribute('aria-expanded', String(open));
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Node && !header.contains(event.target)) setOpen(false);
  });
}
