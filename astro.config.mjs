// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { gtmHub } from './src/integrations/gtmHub';

export default defineConfig({
  trailingSlash: 'always',
  // Separate caches let several builds (e.g. internal and public, or test fixtures) run side by side.
  cacheDir: process.env.GTM_CACHE_DIR ?? './node_modules/.astro',
  // Two files that claim the same id must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  // A page whose cache key (src/data/pageCacheKey.ts) and code match the previous build is copied
  // from it rather than rendered again.
  experimental: { incrementalBuild: true },
  // The hub (content checks, section pages, sanitised bodies, images, search), then MDX bodies.
  integrations: [gtmHub(), mdx()],
});
