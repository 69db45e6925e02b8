// Runs before the first paint, a classic render-blocking script on purpose:
// - marks the page as one where scripts run (`<html data-scripts>`), so the parts that need a script
//   (`data-needs-script`) are laid out from the first paint and their no-script stand-ins
//   (`data-no-script`) never show: nothing moves when the page's modules start;
// - applies the reader's stored colour theme, so a dark choice never flashes light. The key is
//   themeStorageKey in src/lib/theme.ts.
document.documentElement.dataset.scripts = '';
try {
  const theme = localStorage.getItem('gtm-hub-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage refused: the system setting applies.
}
