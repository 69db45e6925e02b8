import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storedTheme, themeStorageKey, themes } from '../../src/lib/theme';

describe('storedTheme', () => {
  it('reads a chosen theme and nothing else', () => {
    expect(storedTheme('dark')).toBe('dark');
    expect(storedTheme('light')).toBe('light');
    expect(storedTheme(null)).toBeUndefined();
    expect(storedTheme('')).toBeUndefined();
    expect(storedTheme('Dark')).toBeUndefined();
  });
});

describe('public/theme.js, the script that applies the choice before the first paint', () => {
  const script = readFileSync(new URL('../../public/theme.js', import.meta.url), 'utf8');

  it('reads the key the theme switch writes', () => {
    expect(script).toContain(`localStorage.getItem('${themeStorageKey}')`);
  });

  it('accepts exactly the themes the switch offers', () => {
    for (const theme of themes) expect(script).toContain(`theme === '${theme}'`);
  });
});
