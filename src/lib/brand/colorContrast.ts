/**
 * Colour arithmetic for the brand theme: WCAG 2 contrast, and the lightness moves that derive a
 * dark-mode variant or repair a colour that reads too faintly. Colours are written `#rrggbb`.
 */

/** WCAG 2.x AA: normal-size text needs this contrast with its background. */
export const textContrastAA = 4.5;

type Rgb = [number, number, number];
/** Hue in degrees, saturation and lightness in percent. */
export interface Hsl {
  h: number;
  s: number;
  l: number;
}

function rgb(hex: string): Rgb {
  const value = /^#([0-9a-f]{6})$/iu.exec(hex)?.[1];
  if (!value) throw new Error(`"${hex}" is not a colour written #rrggbb`);
  return [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16)) as Rgb;
}

const channelHex = (channel: number) =>
  Math.round(Math.min(255, Math.max(0, channel)))
    .toString(16)
    .padStart(2, '0');

/** The relative luminance of WCAG 2 (0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function toHsl(hex: string): Hsl {
  const [r, g, b] = rgb(hex).map((channel) => channel / 255) as Rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l: l * 100 };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: h * 60, s: s * 100, l: l * 100 };
}

export function fromHsl({ h, s, l }: Hsl): string {
  const sat = Math.min(100, Math.max(0, s)) / 100;
  const light = Math.min(100, Math.max(0, l)) / 100;
  const c = (1 - Math.abs(2 * light - 1)) * sat;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = light - c / 2;
  const sector = Math.floor((((h % 360) + 360) % 360) / 60);
  const [r, g, b] = (
    [
      [c, x, 0],
      [x, c, 0],
      [0, c, x],
      [0, x, c],
      [x, 0, c],
      [c, 0, x],
    ] as const
  )[sector] ?? [c, x, 0];
  return `#${[r, g, b].map((v) => channelHex((v + m) * 255)).join('')}`;
}

/**
 * The colour of the same hue and saturation, lightened (`lighter`) or darkened one percent of
 * lightness at a time until it reaches `minimum` contrast with every background; undefined when
 * even white or black would not.
 */
export function withContrast(
  hex: string,
  backgrounds: readonly string[],
  minimum: number,
  direction: 'lighter' | 'darker',
): string | undefined {
  const { h, s, l } = toHsl(hex);
  const passes = (color: string) => backgrounds.every((background) => contrastRatio(color, background) >= minimum);
  if (passes(hex)) return hex;
  const step = direction === 'lighter' ? 1 : -1;
  for (let lightness = Math.round(l) + step; lightness >= 0 && lightness <= 100; lightness += step) {
    const candidate = fromHsl({ h, s, l: lightness });
    if (passes(candidate)) return candidate;
  }
  return undefined;
}
