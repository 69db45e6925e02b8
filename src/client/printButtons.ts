/**
 * "Print or save as PDF" buttons (`[data-print]`): they are rendered hidden, since without this
 * script they would do nothing, and shown once they work. The browser's own Print stays available.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}
