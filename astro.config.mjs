// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefindSearch } from './src/integrations/pagefind';

export default defineConfig({
  site: process.env.GTM_SITE_URL ?? 'https://hub.kestrel-data.example',
  trailingSlash: 'always',
  // Separate caches let several builds (e.g. internal and public, or test fixtures) run side by side.
  cacheDir: process.env.GTM_CACHE_DIR ?? './node_modules/.astro',
  // Two files that claim the same id must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  // Search indexing runs last, on the finished pages.
  integrations: [mdx(), pagefindSearch()],
});
