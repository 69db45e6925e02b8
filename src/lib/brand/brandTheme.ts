/**
 * The company's brand (hub config `brand`) as the hub applies it: the colours of both themes (dark
 * ones derived from the light ones unless set), the WCAG AA contrast both must pass, the pages'
 * design tokens and the documents' colours and fonts. Pages, slides and documents all read it here.
 */
import type { Brand, BrandColors, BrandFont } from '../../schemas/hubConfig';
import type { Hsl } from './colorContrast';
import { contrastRatio, fromHsl, textContrastAA, toHsl, withContrast } from './colorContrast';

export type BrandColorName = keyof BrandColors;
export type ThemeName = 'light' | 'dark';

/** The hub's own backgrounds, and the text on an accent-coloured fill, per theme. */
export const themeSurfaces = {
  light: { bg: '#f6f7f9', surface: '#ffffff', surfaceSunk: '#f1f3f6', onBrand: '#ffffff' },
  dark: { bg: '#0e1116', surface: '#161a21', surfaceSunk: '#1e232c', onBrand: '#0e1116' },
} as const satisfies Record<ThemeName, Record<string, string>>;

/** An accent derived for dark backgrounds reads at least this clearly: a light, calm tint. */
const derivedDarkAccentContrast = 7;

/** Dark-theme colours derived from light ones: same hue, lightness turned around. */
function derivedDark(light: BrandColors): BrandColors {
  const accent = withContrast(light.accent, Object.values(themeSurfaces.dark), derivedDarkAccentContrast, 'lighter') ?? '#ffffff';
  const accentHsl = toHsl(accent);
  const neutral = (color: string, l: number) => {
    const { h, s }: Hsl = toHsl(color);
    return fromHsl({ h, s: Math.min(s, 15), l });
  };
  return {
    accent,
    accentStrong: fromHsl({ ...accentHsl, l: Math.min(accentHsl.l + 8, 97) }),
    accentSoft: fromHsl({ h: accentHsl.h, s: Math.min(accentHsl.s, 40), l: 24 }),
    ink: neutral(light.ink, 92),
    inkSoft: neutral(light.inkSoft, 78),
    inkFaint: neutral(light.inkFaint, 67),
    line: neutral(light.line, 21),
  };
}

export interface BrandPalette {
  light: BrandColors;
  dark: BrandColors;
  /** Dark colours the config left out, derived from the light ones. */
  derived: BrandColorName[];
}

export function brandPalette(brand: Pick<Brand, 'colors' | 'dark'>): BrandPalette {
  const derived = derivedDark(brand.colors);
  const names = Object.keys(derived) as BrandColorName[];
  return {
    light: brand.colors,
    dark: Object.fromEntries(names.map((name) => [name, brand.dark?.[name] ?? derived[name]])) as BrandColors,
    derived: names.filter((name) => brand.dark?.[name] === undefined),
  };
}

/**
 * What each colour is read against: text colours against every background they appear on, the
 * accents also under (or as) a button's label.
 */
function readAgainst(theme: ThemeName, colors: BrandColors): Partial<Record<BrandColorName, Record<string, string>>> {
  const { bg, surface, surfaceSunk, onBrand } = themeSurfaces[theme];
  const page = { 'the page background': bg, 'a card': surface, 'a sunken panel': surfaceSunk };
  const tint = { 'the accent tint (accentSoft)': colors.accentSoft };
  const label = { 'a button label': onBrand };
  return {
    accent: { ...page, ...label },
    accentStrong: { ...page, ...tint, ...label },
    ink: { ...page, ...tint },
    inkSoft: page,
    inkFaint: page,
  };
}

export interface ContrastProblem {
  /** Where the colour is set in the brand settings, e.g. ['dark', 'accent']. */
  path: string[];
  message: string;
}

/** Every colour of either theme that reads below WCAG AA (4.5:1), with a colour that would pass. */
export function brandContrastProblems(brand: Pick<Brand, 'colors' | 'dark'>): ContrastProblem[] {
  const palette = brandPalette(brand);
  const problems: ContrastProblem[] = [];
  for (const theme of ['light', 'dark'] as const) {
    const colors = palette[theme];
    for (const [name, backgrounds] of Object.entries(readAgainst(theme, colors)) as [BrandColorName, Record<string, string>][]) {
      const color = colors[name];
      const failing = Object.entries(backgrounds).filter(([, background]) => contrastRatio(color, background) < textContrastAA);
      if (failing.length === 0) continue;
      const [where = '', background = ''] = failing.reduce((worst, pair) =>
        contrastRatio(color, pair[1]) < contrastRatio(color, worst[1]) ? pair : worst,
      );
      const better = withContrast(color, Object.values(backgrounds), textContrastAA, theme === 'light' ? 'darker' : 'lighter');
      const derived = theme === 'dark' && palette.derived.includes(name);
      problems.push({
        path: derived ? ['colors', name] : [theme === 'light' ? 'colors' : 'dark', name],
        message:
          `${derived ? `gives a dark-theme ${name} of ${color}` : `is ${color}`}, which reads ${contrastRatio(color, background).toFixed(2)}:1 ` +
          `on ${where} (${background}) in the ${theme} theme; WCAG AA needs ${textContrastAA}:1. ` +
          `${derived ? `Set dark.${name} to` : 'Use'} a ${theme === 'light' ? 'darker' : 'lighter'} colour` +
          (better ? `, e.g. "${better}"` : '') +
          '.',
      });
    }
  }
  return problems;
}

/** The font stacks pages use: the bundled Inter, or the platform's own interface font. */
const fontStacks: Record<BrandFont, { sans: string; cjk: string }> = {
  Inter: {
    sans: "'Inter Variable', 'Inter', 'Segoe UI', system-ui, -apple-system, sans-serif",
    // Chinese text: the platforms' own CJK fonts (Inter has no Han glyphs), Latin still in Inter.
    cjk: "'Inter Variable', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  },
  system: {
    sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    cjk: "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  },
};

/** The font Office files name: Inter where installed, else one every Office installation has. */
const documentFonts: Record<BrandFont, string> = { Inter: 'Inter', system: 'Arial' };

const tokenNames: Record<BrandColorName, string> = {
  accent: '--hub-color-brand',
  accentStrong: '--hub-color-brand-strong',
  accentSoft: '--hub-color-brand-soft',
  ink: '--hub-color-ink',
  inkSoft: '--hub-color-ink-soft',
  inkFaint: '--hub-color-ink-faint',
  line: '--hub-color-line',
};

/**
 * The design tokens the brand sets, as a stylesheet in the `tokens` layer (src/styles/tokens.css
 * holds the rest). Each colour is a light-dark() pair, so the reader's theme picks one.
 */
export function brandTokensCss(brand: Pick<Brand, 'colors' | 'dark' | 'font'>): string {
  const { light, dark } = brandPalette(brand);
  const pair = (a: string, b: string) => `light-dark(${a}, ${b})`;
  const surfaces = Object.keys(themeSurfaces.light) as (keyof typeof themeSurfaces.light)[];
  const surfaceTokens: Record<(typeof surfaces)[number], string> = {
    bg: '--hub-color-bg',
    surface: '--hub-color-surface',
    surfaceSunk: '--hub-color-surface-sunk',
    onBrand: '--hub-color-on-brand',
  };
  const declarations = [
    `--hub-font-sans: ${fontStacks[brand.font].sans};`,
    `--hub-font-cjk: ${fontStacks[brand.font].cjk};`,
    ...(Object.keys(tokenNames) as BrandColorName[]).map((name) => `${tokenNames[name]}: ${pair(light[name], dark[name])};`),
    ...surfaces.map((name) => `${surfaceTokens[name]}: ${pair(themeSurfaces.light[name], themeSurfaces.dark[name])};`),
  ];
  return `@layer tokens {\n  :root {\n${declarations.map((line) => `    ${line}`).join('\n')}\n  }\n}\n`;
}

/** Colours and fonts of the documents kits and toolkits offer (.pptx, .docx, PDF): the light theme's. */
export function documentTheme(brand: Pick<Brand, 'colors' | 'font'>) {
  const { accent, accentStrong, accentSoft, ink, inkSoft, inkFaint, line } = brand.colors;
  const font = documentFonts[brand.font];
  return {
    colors: { brand: accent, brandStrong: accentStrong, brandSoft: accentSoft, ink, soft: inkSoft, faint: inkFaint, line },
    fonts: { heading: font, body: font },
  };
}
export type DocumentTheme = ReturnType<typeof documentTheme>;
