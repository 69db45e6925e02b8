/**
 * "Print one-pager": prints the toolkit, as filtered, in its customer-facing form. Rep-only sections
 * and internal items are hidden by the print stylesheet while `data-print` is set on the root. The
 * buttons are rendered hidden, and shown here once they work.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-one-pager]')) {
  button.addEventListener('click', () => {
    document.documentElement.dataset['print'] = 'one-pager';
    window.addEventListener('afterprint', () => delete document.documentElement.dataset['print'], { once: true });
    window.print();
  });
  button.hidden = false;
}
