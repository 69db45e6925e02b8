/**
 * The header's theme switch: dark or light, remembered in localStorage. Until a reader chooses, the
 * hub follows the system setting; public/theme.js applies a stored choice before the first paint.
 */
import { storedTheme, themeStorageKey } from '../lib/theme';

const button = document.querySelector<HTMLButtonElement>('[data-theme-switch]');

if (button) {
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (storedTheme(root.dataset['theme']) ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  show();
  systemDark.addEventListener('change', show);
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = theme;
    try {
      localStorage.setItem(themeStorageKey, theme);
    } catch {
      // Storage refused (private mode, policy): the choice holds for this page only.
    }
    show();
  });
}
