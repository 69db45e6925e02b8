import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import imageService from '../../src/integrations/imageService';

const logo = await readFile(new URL('../fixtures/valid/cases/harbor-pine/logo.png', import.meta.url));
type Transform = typeof imageService.transform;
const config = { service: { entrypoint: '', config: { limitInputPixels: 40_000_000 } } } as unknown as Parameters<Transform>[2];
const logger = {
  warn: () => undefined,
  info: () => undefined,
  error: () => undefined,
  debug: () => undefined,
} as unknown as Parameters<Transform>[3];

describe('image service', () => {
  it('resizes and re-encodes: a WebP rendition is a WebP of the asked width', async () => {
    const { data, format } = await imageService.transform(logo, { src: 'logo.png', width: 160, format: 'webp' }, config, logger);
    expect(format).toBe('webp');
    const out = await sharp(data).metadata();
    expect([out.format, out.width]).toEqual(['webp', 160]);
  });

  it('refuses to publish the original bytes when the image cannot be decoded', async () => {
    const truncated = logo.subarray(0, 33); // signature and header, no pixel data
    await expect(imageService.transform(truncated, { src: 'logo.png', width: 160, format: 'webp' }, config, logger)).rejects.toThrow(
      /logo\.png: the image could not be resized and re-encoded as webp/u,
    );
  });

  it('refuses an image over the pixel limit instead of passing it through', async () => {
    const small = { ...config, service: { entrypoint: '', config: { limitInputPixels: 100 } } } as typeof config;
    await expect(imageService.transform(logo, { src: 'logo.png', width: 160, format: 'png' }, small, logger)).rejects.toThrow(
      /not published unprocessed/u,
    );
  });

  it('never serves an SVG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>');
    await expect(imageService.transform(svg, { src: 'logo.svg', format: 'svg' }, config, logger)).rejects.toThrow(
      /SVG images are not served/u,
    );
  });
});
