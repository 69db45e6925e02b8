// Screenshots of the hub's main pages at phone (390 × 844) and desktop (1280 × 800) width, in the
// light and the dark theme, into docs/screenshots/ (viewport only, to keep them small). Reads the
// last internal build: run `npm run test:sites -- internal` (or `npm run build`) first.
// Usage: npm run screenshots [-- <output folder>]
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import sharp from 'sharp';
import { builtPages, showcasePages } from './lib/showcasePages.mjs';

const dist = resolve(process.env['GTM_DIST'] ?? 'dist');
const out = resolve(process.argv[2] ?? 'docs/screenshots');
const chromiumPath = process.env['GTM_CHROMIUM'] ?? '/usr/bin/chromium';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: build first (npm run test:sites -- internal).`);
  process.exit(1);
}

const shots = showcasePages(builtPages(dist), dist);
const viewports = [
  { name: '390', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 800 },
];

mkdirSync(out, { recursive: true });
const server = await preview({ outDir: dist, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const browser = await chromium.launch({
  ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(`http://127.0.0.1:${server.port}${shot.path}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = join(out, `${shot.name}-${viewport.name}-${colorScheme}.png`);
        // A 256-colour palette keeps the committed images small; UI flats survive it unchanged.
        await sharp(await page.screenshot())
          .png({ palette: true, compressionLevel: 9 })
          .toFile(file);
        console.log(`${shot.path} → ${relative(process.cwd(), file)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
