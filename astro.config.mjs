// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { hubConfig } from './src/config/hub.config';
import { gtmHub } from './src/integrations/gtmHub';
import { pagefindSearch } from './src/integrations/pagefind';
import { sanitizeBodies } from './src/integrations/sanitizeBodies';

export default defineConfig({
  site: process.env.GTM_SITE_URL ?? 'https://hub.kestrel-data.example',
  trailingSlash: 'always',
  // Separate caches let several builds (e.g. internal and public, or test fixtures) run side by side.
  cacheDir: process.env.GTM_CACHE_DIR ?? './node_modules/.astro',
  // Two files that claim the same id must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  // Every image is decoded, resized and re-encoded, never passed through (see the service).
  image: {
    service: { entrypoint: './src/integrations/imageService.ts', config: { limitInputPixels: hubConfig.maxImagePixels } },
  },
  // Bodies (.md and .mdx) come from anyone who can open a pull request: markup the sanitiser would
  // remove, and MDX imports or code beyond the hub's body components, fail the build.
  markdown: { processor: satteri({ hastPlugins: [sanitizeBodies] }) },
  // Search indexing runs last, on the finished pages.
  integrations: [gtmHub(), mdx(), pagefindSearch()],
  vite: {
    // The one place MDX entries import components from (see mdxComponents in the sanitiser), relative
    // to the project root wherever the content folder is.
    resolve: { alias: { '@hub/components': '/src/components' } },
    build: {
      // Astro inlines small scripts into the page; the Content-Security-Policy in public/_headers
      // allows only scripts served from the site itself, so every script stays an external module.
      // Other assets keep Vite's default (undefined: inline below 4 KiB).
      assetsInlineLimit: (file) => (/\.[cm]?js$/u.test(file) ? false : undefined),
    },
  },
});
