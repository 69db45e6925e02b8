/**
 * "Print or save as PDF" buttons (`[data-print]`): shown only where scripts run (`data-needs-script`,
 * see public/theme.js), since without this script they would do nothing. The browser's own Print
 * stays available.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.addEventListener('click', () => window.print());
}
