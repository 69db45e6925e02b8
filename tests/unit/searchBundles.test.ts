import { describe, expect, it } from 'vitest';
import { bundleLanguage, bundleManifest } from '../../src/lib/search/bundles';

describe('search bundles', () => {
  it('keys languages as Pagefind does', () => {
    expect(bundleLanguage('zh-CN')).toBe('zh-cn');
    expect(bundleLanguage('en')).toBe('en');
    expect(bundleLanguage(undefined)).toBe('unknown');
    expect(bundleLanguage('../etc')).toBe('unknown');
  });

  it('makes the language with most pages primary and merges the others', () => {
    expect(
      bundleManifest(
        new Map([
          ['zh-cn', 5],
          ['en', 80],
        ]),
      ),
    ).toEqual({
      primary: 'en',
      merge: [{ language: 'zh-cn', path: 'zh-cn/' }],
    });
  });

  it('breaks ties by name, so the layout does not change from build to build', () => {
    expect(
      bundleManifest(
        new Map([
          ['zh-cn', 3],
          ['en', 3],
        ]),
      ).primary,
    ).toBe('en');
  });

  it('refuses to describe an empty index', () => {
    expect(() => bundleManifest(new Map())).toThrow(/at least one/u);
  });
});
