// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.GTM_SITE_URL ?? 'https://hub.northwind-analytics.example',
  trailingSlash: 'always',
  // Two files that claim the same id must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
});
