/**
 * The page weight budget, on every page of the three builds: what a reader downloads before doing
 * anything. JavaScript loaded at start-up (every script a page names, followed through its static
 * imports; code a click or keypress imports later, like the search dialog, does not count) stays
 * under 10 KB compressed; no HTML page exceeds 300 KB; raster images are AVIF or WebP at the size
 * they are shown, with a srcset. `npm run bench` reports the largest HTML pages at 10,000 entries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDirs, readDist } from './support/dist';

const startupJsBudget = 10 * 1024;
const htmlBudget = 300 * 1024;
/** A file may be twice the displayed width (high-density screens), no more. */
const densityAllowed = 2;
/** The editor at /admin/ is the CMS application itself, not a page readers browse. */
const isEditor = (path: string) => path.startsWith('admin/');

interface ImageTag {
  src: string;
  width?: string | undefined;
  height?: string | undefined;
  srcset?: string | undefined;
  /** `type` of each `<source>` of the enclosing `<picture>`. */
  sourceTypes: string[];
}

/** The scripts a page loads at start-up (module and classic, plus module preloads) and its images. */
function pageResources(html: string): { scripts: string[]; images: ImageTag[] } {
  const scripts: string[] = [];
  const images: ImageTag[] = [];
  let picture: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && attributes['src']) scripts.push(attributes['src']);
        if (name === 'link' && attributes['rel'] === 'modulepreload' && attributes['href']) scripts.push(attributes['href']);
        if (name === 'picture') picture = [];
        if (name === 'source' && picture) picture.push(attributes['type'] ?? '');
        if (name === 'img' && attributes['src']) {
          images.push({
            src: attributes['src'],
            width: attributes['width'],
            height: attributes['height'],
            srcset: attributes['srcset'],
            sourceTypes: picture ?? [],
          });
        }
      },
      onclosetag(name) {
        if (name === 'picture') picture = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { scripts, images };
}

/** The specifiers a module imports statically (`import … from`, `import "…"`, `export … from`); `import()` is left out. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/gu)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/** The site path of a script URL as a page or module names it (`/_astro/a.js`, `./b.js`). */
function sitePath(specifier: string, fromPath: string): string | undefined {
  if (/^[a-z]+:/iu.test(specifier) || specifier.startsWith('//')) return undefined;
  const path = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(fromPath), specifier);
  return posix.normalize(path.split(/[?#]/u)[0] ?? path);
}

/** Every script file a page loads before any interaction, each once, with its gzip size. */
function startupScripts(dir: string, pagePath: string, html: string, gzipped: Map<string, number>): Map<string, number> {
  const seen = new Map<string, number>();
  const visit = (path: string | undefined) => {
    if (!path || seen.has(path)) return;
    const file = join(dir, path);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${path}, which the build did not write.`);
    let size = gzipped.get(path);
    const code = readFileSync(file);
    if (size === undefined) {
      size = gzipSync(code, { level: 9 }).byteLength;
      gzipped.set(path, size);
    }
    seen.set(path, size);
    for (const specifier of staticImports(code.toString('utf8'))) visit(sitePath(specifier, path));
  };
  for (const src of pageResources(html).scripts) visit(sitePath(src, `/${pagePath}`));
  return seen;
}

const raster = /\.(?:png|jpe?g|gif|webp|avif)$/iu;
const modern = /\.(?:webp|avif)$/iu;

describe('the page weight helpers', () => {
  it('follow static imports and leave dynamic ones out', () => {
    const code = `import{a as b}from"./first.js";import"./second.js";export{c}from'./third.js';const d=()=>import("./dialog.js");`;
    expect(staticImports(code)).toEqual(['./first.js', './second.js', './third.js']);
  });

  it('find scripts, preloads and images, and the picture an image sits in', () => {
    const html = `<script src="/theme.js"></script><link rel="modulepreload" href="/_astro/a.js"><script type="module" src="/_astro/b.js"></script>
      <picture><source type="image/avif" srcset="/x.avif"><img src="/x.png" width="10" height="5"></picture><img src="/y.webp" srcset="/y.webp 96w">
      <p data-copy-html="&lt;img src=&quot;/z.png&quot;&gt;"></p>`;
    const { scripts, images } = pageResources(html);
    expect(scripts).toEqual(['/theme.js', '/_astro/a.js', '/_astro/b.js']);
    expect(images.map((i) => [i.src, i.sourceTypes])).toEqual([
      ['/x.png', ['image/avif']],
      ['/y.webp', []],
    ]);
  });
});

describe.each(Object.entries(distDirs))('the %s build', (_name, dir) => {
  const pages = () => {
    assertBuilt(dir);
    return readDist(dir).filter((f) => f.path.endsWith('.html'));
  };

  it(`loads at most ${startupJsBudget / 1024} KB of compressed JavaScript on any page before the reader opens search or a builder`, () => {
    const gzipped = new Map<string, number>();
    const overBudget: string[] = [];
    let heaviest = 0;
    for (const page of pages()) {
      if (isEditor(page.path)) continue;
      const scripts = startupScripts(dir, page.path, page.text, gzipped);
      const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
      heaviest = Math.max(heaviest, total);
      if (total > startupJsBudget) {
        const files = [...scripts].map(([path, size]) => `${path} ${(size / 1024).toFixed(1)} KB`).join(', ');
        overBudget.push(`${page.path}: ${(total / 1024).toFixed(1)} KB (${files})`);
      }
    }
    expect(overBudget).toEqual([]);
    // Pages do load scripts: a page list that found none would pass for nothing.
    expect(heaviest).toBeGreaterThan(0);
  });

  it(`has no HTML page over ${htmlBudget / 1024} KB`, () => {
    const heavy = pages()
      .map((page) => ({ path: page.path, bytes: Buffer.byteLength(page.text) }))
      .filter(({ bytes }) => bytes > htmlBudget)
      .map(({ path, bytes }) => `${path}: ${(bytes / 1024).toFixed(0)} KB`);
    expect(heavy).toEqual([]);
  });

  it('serves raster images as AVIF or WebP, at the size they are shown, with a srcset', async () => {
    const sizes = new Map<string, Promise<{ width: number; height: number }>>();
    const intrinsic = (path: string) => {
      let size = sizes.get(path);
      if (!size) {
        size = sharp(join(dir, path))
          .metadata()
          .then(({ width, height }) => ({ width, height }));
        sizes.set(path, size);
      }
      return size;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages()) {
      for (const image of pageResources(page.text).images) {
        const path = sitePath(image.src, `/${page.path}`);
        if (!path || !raster.test(path)) continue;
        checked += 1;
        const where = `${page.path}: <img src="${image.src}">`;
        if (!modern.test(path) && !image.sourceTypes.some((type) => /^image\/(?:avif|webp)$/u.test(type))) {
          problems.push(`${where} is neither AVIF nor WebP and has no AVIF or WebP <source>`);
        }
        const width = Number(image.width);
        const height = Number(image.height);
        if (!(width > 0 && height > 0)) {
          problems.push(`${where} lacks width and height (the page shifts as it loads)`);
          continue;
        }
        const file = await intrinsic(path);
        if (Math.abs(file.width / file.height - width / height) > 0.02 * (width / height)) {
          problems.push(`${where} is shown at ${width}×${height} but the file is ${file.width}×${file.height}`);
        }
        if (file.width > width * densityAllowed) {
          problems.push(`${where} is shown ${width} px wide from a file ${file.width} px wide`);
        }
        if (!image.srcset) {
          problems.push(`${where} has no srcset`);
          continue;
        }
        for (const candidate of image.srcset.split(',')) {
          const [url = '', descriptor = ''] = candidate.trim().split(/\s+/u);
          const candidatePath = sitePath(url, `/${page.path}`);
          if (!candidatePath || !existsSync(join(dir, candidatePath))) {
            problems.push(`${where} lists ${url} in its srcset, which the build did not write`);
            continue;
          }
          const described = /^(\d+)w$/u.exec(descriptor);
          const actual = (await intrinsic(candidatePath)).width;
          if (described && Number(described[1]) !== actual) {
            problems.push(`${where} says ${url} is ${descriptor} but it is ${actual} px wide`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
