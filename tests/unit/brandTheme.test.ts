import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { brandContrastProblems, brandPalette, brandTokensCss, documentTheme, themeSurfaces } from '../../src/lib/brand/brandTheme';
import { contrastRatio, fromHsl, toHsl, withContrast } from '../../src/lib/brand/colorContrast';
import type { Brand } from '../../src/schemas/hubConfig';
import { parseHubConfig } from '../../src/schemas/hubConfig';

const fjord: Brand = {
  company: 'Fjord Analytics',
  logo: 'tests/fixtures/brand/fjord-logo.png',
  colors: {
    accent: '#0f766e',
    accentStrong: '#115e59',
    accentSoft: '#e6f4f1',
    ink: '#1c1917',
    inkSoft: '#57534e',
    inkFaint: '#5f5a55',
    line: '#e7e5e4',
  },
  font: 'system',
};
const allSurfaces = (theme: 'light' | 'dark') => Object.values(themeSurfaces[theme]);

describe('contrastRatio', () => {
  it('gives WCAG 2 ratios: 21 for black on white, 1 for a colour on itself, either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#4338ca', '#4338ca')).toBe(1);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#ffffff'), 10);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('teal', '#ffffff')).toThrow(/"teal" is not a colour written #rrggbb/u);
  });
});

describe('hsl', () => {
  it('round-trips colours through hue, saturation and lightness', () => {
    for (const color of ['#4338ca', '#0f766e', '#ffffff', '#000000', '#e8eaee', '#b42318']) expect(fromHsl(toHsl(color))).toBe(color);
    expect(toHsl('#ff0000')).toEqual({ h: 0, s: 100, l: 50 });
  });
});

describe('withContrast', () => {
  it('darkens a faint colour, keeping its hue, until it passes on every background', () => {
    const better = withContrast('#9ccc65', ['#ffffff', '#f1f3f6'], 4.5, 'darker');
    expect(better).toBeDefined();
    expect(contrastRatio(better ?? '', '#f1f3f6')).toBeGreaterThanOrEqual(4.5);
    expect(Math.abs(toHsl(better ?? '').h - toHsl('#9ccc65').h)).toBeLessThan(2);
    expect(toHsl(better ?? '').l).toBeLessThan(toHsl('#9ccc65').l);
  });

  it('keeps a colour that passes, and gives up when no lightness of it passes', () => {
    expect(withContrast('#111827', ['#ffffff'], 4.5, 'darker')).toBe('#111827');
    expect(withContrast('#808080', ['#ffffff', '#000000'], 12, 'lighter')).toBeUndefined();
  });
});

describe('brandPalette', () => {
  it('keeps dark colours the config sets, derives the rest', () => {
    const palette = brandPalette({ ...fjord, dark: { accent: '#5eead4' } });
    expect(palette.dark.accent).toBe('#5eead4');
    expect(palette.derived).not.toContain('accent');
    expect(palette.derived).toContain('ink');
    expect(palette.light).toEqual(fjord.colors);
  });

  it('derives a lighter accent of the same hue for dark backgrounds, and light text', () => {
    const { dark, derived } = brandPalette(fjord);
    expect(derived).toHaveLength(7);
    expect(Math.abs(toHsl(dark.accent).h - toHsl(fjord.colors.accent).h)).toBeLessThan(3);
    expect(toHsl(dark.accent).l).toBeGreaterThan(toHsl(fjord.colors.accent).l);
    for (const surface of allSurfaces('dark')) expect(contrastRatio(dark.accent, surface)).toBeGreaterThanOrEqual(7);
    expect(toHsl(dark.accentStrong).l).toBeGreaterThan(toHsl(dark.accent).l);
    expect(toHsl(dark.ink).l).toBeGreaterThan(85);
    expect(toHsl(dark.accentSoft).l).toBeLessThan(30);
  });
});

describe('brandContrastProblems', () => {
  it('finds none in the sample brand nor in a derived dark theme', () => {
    expect(brandContrastProblems(hubConfig.brand)).toEqual([]);
    expect(brandContrastProblems(fjord)).toEqual([]);
  });

  it('names a light accent too faint on white, its ratio, and a darker colour that passes', () => {
    const problems = brandContrastProblems({ ...fjord, colors: { ...fjord.colors, accent: '#5eead4' } });
    expect(problems.map((p) => p.path)).toEqual([['colors', 'accent']]);
    const [problem] = problems;
    expect(problem?.message).toMatch(
      /^is #5eead4, which reads 1\.\d\d:1 on .+ in the light theme; WCAG AA needs 4\.5:1\. Use a darker colour, e\.g\. "#[0-9a-f]{6}"\.$/u,
    );
    const suggestion = /"(#[0-9a-f]{6})"/u.exec(problem?.message ?? '')?.[1] ?? '';
    const fixed = { ...fjord, colors: { ...fjord.colors, accent: suggestion } };
    expect(brandContrastProblems(fixed)).toEqual([]);
  });

  it('checks the dark theme too: a set dark colour is named where it is set', () => {
    const problems = brandContrastProblems({ ...fjord, dark: { inkSoft: '#44403c' } });
    expect(problems.map((p) => p.path)).toEqual([['dark', 'inkSoft']]);
    expect(problems[0]?.message).toMatch(/in the dark theme; WCAG AA needs 4\.5:1\. Use a lighter colour, e\.g\. "#[0-9a-f]{6}"/u);
  });

  it('checks text on the accent tint and the label on the accent', () => {
    const tinted = brandContrastProblems({ ...fjord, colors: { ...fjord.colors, accentSoft: '#5eaaa0' } });
    expect(tinted.map((p) => p.path)).toEqual(expect.arrayContaining([['colors', 'accentStrong']]));
    expect(tinted[0]?.message).toMatch(/accent tint \(accentSoft\)/u);
  });
});

describe('brandTokensCss', () => {
  it('writes each brand colour as a light-dark() token in the tokens layer', () => {
    const css = brandTokensCss(fjord);
    const { dark } = brandPalette(fjord);
    expect(css).toMatch(/^@layer tokens \{\n {2}:root \{/u);
    expect(css).toContain(`--hub-color-brand: light-dark(#0f766e, ${dark.accent});`);
    expect(css).toContain(`--hub-color-brand-soft: light-dark(#e6f4f1, ${dark.accentSoft});`);
    expect(css).toContain(`--hub-color-ink-faint: light-dark(#5f5a55, ${dark.inkFaint});`);
    expect(css).toContain('--hub-color-surface: light-dark(#ffffff, #161a21);');
  });

  it('gives the sample company the tokens its pages had before theming', () => {
    const css = brandTokensCss(hubConfig.brand);
    for (const token of [
      '--hub-color-ink: light-dark(#111827, #e8eaee);',
      '--hub-color-ink-soft: light-dark(#4b5563, #bfc5cf);',
      '--hub-color-ink-faint: light-dark(#566070, #a3acb9);',
      '--hub-color-bg: light-dark(#f6f7f9, #0e1116);',
      '--hub-color-surface-sunk: light-dark(#f1f3f6, #1e232c);',
      '--hub-color-line: light-dark(#e2e5ea, #2a303b);',
      '--hub-color-brand: light-dark(#4338ca, #aab6fd);',
      '--hub-color-brand-strong: light-dark(#3730a3, #c7d0fe);',
      '--hub-color-brand-soft: light-dark(#eef0ff, #262b52);',
      '--hub-color-on-brand: light-dark(#ffffff, #0e1116);',
    ]) {
      expect(css).toContain(token);
    }
  });

  it('sets pages in bundled Inter or in the platform font', () => {
    expect(brandTokensCss(hubConfig.brand)).toMatch(/--hub-font-sans: 'Inter Variable', /u);
    expect(brandTokensCss(fjord)).toMatch(/--hub-font-sans: system-ui, /u);
    expect(brandTokensCss(fjord)).not.toContain('Inter');
  });
});

describe('documentTheme', () => {
  it('gives documents the light colours and the font Office files name', () => {
    expect(documentTheme(fjord)).toEqual({
      colors: {
        brand: '#0f766e',
        brandStrong: '#115e59',
        brandSoft: '#e6f4f1',
        ink: '#1c1917',
        soft: '#57534e',
        faint: '#5f5a55',
        line: '#e7e5e4',
      },
      fonts: { heading: 'Arial', body: 'Arial' },
    });
    expect(documentTheme(hubConfig.brand).fonts).toEqual({ heading: 'Inter', body: 'Inter' });
  });
});

describe('the brand settings', () => {
  const settingsWith = (brand: unknown) => ({ ...hubConfig, brand }) as Parameters<typeof parseHubConfig>[0];
  const failure = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the settings to be refused');
  };

  it('refuses a colour that is not hex, a missing or non-image logo, and names each setting', () => {
    const message = failure(() =>
      parseHubConfig(
        settingsWith({ ...fjord, logo: 'public/no-such-logo.svg', colors: { ...fjord.colors, accent: 'teal' } }),
        'hub.config.ts',
        {},
      ),
    );
    expect(message).toMatch(/^hub\.config\.ts has 2 wrong setting\(s\):/u);
    expect(message).toMatch(/setting "brand\.colors\.accent": is not a hex colour: write six hex digits after #/u);
    expect(message).toMatch(/setting "brand\.logo": names no file/u);
    expect(failure(() => parseHubConfig(settingsWith({ ...fjord, logo: 'README.md' }), 'hub.config.ts', {}))).toMatch(
      /setting "brand\.logo": is not an SVG or PNG file/u,
    );
  });

  it('refuses too little contrast, naming the setting and a colour that passes', () => {
    const message = failure(() =>
      parseHubConfig(settingsWith({ ...fjord, colors: { ...fjord.colors, inkFaint: '#a8a29e' } }), 'hub.config.ts', {}),
    );
    expect(message).toMatch(/setting "brand\.colors\.inkFaint": is #a8a29e, which reads \d\.\d\d:1 .* Use a darker colour, e\.g\. "#/u);
  });

  it('takes the brand of GTM_BRAND_FILE, its logo path read from the file’s folder', () => {
    const config = parseHubConfig(hubConfig, 'hub.config.ts', { GTM_BRAND_FILE: 'tests/fixtures/brand/brand.json' });
    expect(config.brand.company).toBe('Fjord Analytics');
    expect(config.brand.logo).toBe(resolve('tests/fixtures/brand/fjord-logo.png'));
    expect(config.brand.font).toBe('system');
    expect(config.publicSiteUrl).toBe(hubConfig.publicSiteUrl);
  });

  it('names the brand file when it is not JSON or holds a wrong setting', () => {
    const folder = mkdtempSync(join(tmpdir(), 'gtm-brand-'));
    const notJson = join(folder, 'brand.json');
    writeFileSync(notJson, 'company: Fjord');
    expect(failure(() => parseHubConfig(hubConfig, 'hub.config.ts', { GTM_BRAND_FILE: notJson }))).toMatch(
      /^GTM_BRAND_FILE \(.*brand\.json\) cannot be read as JSON: .*Point it at a JSON file holding the `brand` settings/u,
    );
    const wrong = join(folder, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...fjord, logo: resolve(fjord.logo), font: 'Comic Sans' }));
    expect(failure(() => parseHubConfig(hubConfig, 'hub.config.ts', { GTM_BRAND_FILE: wrong }))).toMatch(
      new RegExp(`^${wrong.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} has 1 wrong setting\\(s\\):\\n {2}- setting "font"`, 'u'),
    );
  });
});
