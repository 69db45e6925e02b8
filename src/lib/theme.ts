/** The colour themes a reader can choose; with none chosen the hub follows the system setting. */
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Where the reader's choice is kept; public/theme.js reads the same key before the first paint. */
export const themeStorageKey = 'gtm-hub-theme';

/** A stored or attribute value as a theme, or undefined for anything else (no choice made). */
export function storedTheme(value: string | null | undefined): Theme | undefined {
  return themes.find((theme) => theme === value);
}
