// Applies the reader's stored colour theme before the first paint, so a dark choice never flashes
// light. A classic render-blocking script on purpose; the key is themeStorageKey in src/lib/theme.ts.
try {
  const theme = localStorage.getItem('gtm-hub-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage refused: the system setting applies.
}
