/**
 * The hub's part of the build, in one place: who the build is for (checked before anything runs),
 * which section pages it has, how bodies are sanitised, how images are re-encoded, how scripts are
 * served under the Content-Security-Policy, the brand's design tokens, the sitemap of the pages the build published, and the
 * search index made last from the finished pages.
 * `astro.config.mjs` only adds it (with MDX).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { hubConfig } from '../config/hub.config';
import { documentStoreVariable, pruneDocumentStore } from '../data/documentStore';
import type { BuildAudience } from '../lib/gating';
import { scopeFromEnvironment } from '../lib/gating';
import type { Sections } from '../lib/publication';
import { publicationFor } from '../lib/publication';
import { contentRepository, editorHeadersRule } from '../lib/editorConfig';
import { brandStylesheet } from './brandStylesheet';
import { pagefindSearch } from './pagefind';
import { sanitizeBodies } from './sanitizeBodies';

/**
 * Pages that exist only in the builds whose publication has their section. Pages listing entries
 * take their paths from the gated hub and are simply empty where a build has no such section; these
 * stand alone, so the build adds them only where they belong.
 */
const sectionPages: { section: keyof Sections; pattern: string; entrypoint: string }[] = [
  { section: 'toolkits', pattern: '/toolkits', entrypoint: './src/routes/toolkits.astro' },
  { section: 'messaging', pattern: '/messaging', entrypoint: './src/routes/messaging.astro' },
  { section: 'training', pattern: '/training', entrypoint: './src/routes/training.astro' },
  { section: 'health', pattern: '/health', entrypoint: './src/routes/health.astro' },
  { section: 'editor', pattern: '/admin', entrypoint: './src/routes/admin/index.astro' },
  { section: 'editor', pattern: '/admin/config.yml', entrypoint: './src/routes/admin/config.yml.ts' },
  { section: 'editor', pattern: '/admin/sveltia-cms.js', entrypoint: './src/routes/admin/sveltia-cms.ts' },
  { section: 'health', pattern: '/api/health.json', entrypoint: './src/routes/api/health.json.ts' },
];

const siteUrls: Record<BuildAudience, string> = {
  internal: hubConfig.internalSiteUrl,
  partner: hubConfig.partnerSiteUrl,
  public: hubConfig.publicSiteUrl,
};

export function gtmHub(): AstroIntegration {
  let sections: Sections | undefined;
  let documentStore: string | undefined;
  return {
    name: 'gtm-hub',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        // A mistyped GTM_AUDIENCE or GTM_TODAY stops the build here, with the variable named.
        const { audience } = scopeFromEnvironment(process.env, command === 'dev');
        sections = publicationFor(audience).sections;
        // Generated documents are kept between builds beside Astro's own caches (see documentStore).
        documentStore = fileURLToPath(new URL('documents/', config.cacheDir));
        process.env[documentStoreVariable] = documentStore;
        for (const page of sectionPages) {
          if (sections[page.section]) injectRoute({ pattern: page.pattern, entrypoint: page.entrypoint, prerender: true });
        }

        // Bodies (.md and .mdx) come from anyone who can open a pull request: markup the sanitiser
        // would remove, and MDX imports or code beyond the hub's body components, fail the build.
        const processor = config.markdown.processor;
        if (!isSatteriProcessor(processor)) {
          throw new Error(
            'GTM Hub sanitises bodies with the Satteri Markdown processor: remove `markdown.processor` from astro.config.mjs.',
          );
        }
        processor.options.hastPlugins.push(sanitizeBodies);

        updateConfig({
          // Each build lives at its own address (GTM_SITE_URL overrides it, e.g. for a preview deploy).
          site: process.env['GTM_SITE_URL'] ?? siteUrls[audience],
          // Stylesheets stay files the browser caches once, rather than a copy inlined into each of
          // thousands of pages (about 4 KB a page).
          build: { inlineStylesheets: 'never' },
          // Every image is decoded, resized and re-encoded, never passed through (see the service).
          image: {
            service: { entrypoint: './src/integrations/imageService.ts', config: { limitInputPixels: hubConfig.maxImagePixels } },
          },
          vite: {
            plugins: [brandStylesheet()],
            // The one place MDX entries import components from (see mdxComponents in the sanitiser),
            // relative to the project root wherever the content folder is.
            resolve: { alias: { '@hub/components': '/src/components' } },
            build: {
              // Astro inlines small scripts into the page; the Content-Security-Policy in
              // public/_headers allows only scripts served from the site itself, so every script
              // stays an external module. Other assets keep Vite's default (inline below 4 KiB).
              assetsInlineLimit: (file: string) => (/\.[cm]?js$/u.test(file) ? false : undefined),
            },
          },
        });

        // The sitemap lists the pages this build generated (the integration leaves out 404 and 500),
        // which are only what its audience may read: section pages are injected above only where
        // they belong, and entry pages come from the gated hub.
        config.integrations.push(sitemap());
        // Search indexing runs after every other integration, on the finished pages.
        config.integrations.push(pagefindSearch());
      },
      // The editor reaches the repository's API, which the site-wide policy forbids: its pages get
      // a policy of their own, in the builds that have it.
      'astro:build:done': async ({ dir, logger }) => {
        if (documentStore) {
          const removed = await pruneDocumentStore(documentStore, Date.now());
          if (removed > 0) logger.info(`Removed ${removed} generated document(s) unused for a week from the document store.`);
        }
        if (!sections?.editor) return;
        const file = new URL('_headers', dir);
        const headers = await readFile(file, 'utf8');
        const sitePolicy = /^\s+Content-Security-Policy:\s*(.+)$/mu.exec(headers)?.[1];
        if (!sitePolicy) throw new Error('public/_headers has no Content-Security-Policy for the editor at /admin/ to build on.');
        await writeFile(file, `${headers.trimEnd()}\n\n${editorHeadersRule(sitePolicy, contentRepository(hubConfig.feedbackUrl))}`);
      },
    },
  };
}
