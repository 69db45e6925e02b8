import type { AstroIntegration } from 'astro';
import { scopeFromEnvironment } from '../lib/gating';
import type { Sections } from '../lib/publication';
import { publicationFor } from '../lib/publication';

/**
 * Pages that exist only in the builds whose publication has their section. Pages listing entries
 * take their paths from the gated hub and are simply empty where a build has no such section; these
 * stand alone, so the build adds them only where they belong.
 */
const sectionPages: { section: keyof Sections; pattern: string; entrypoint: string }[] = [
  { section: 'toolkits', pattern: '/toolkits', entrypoint: './src/routes/toolkits.astro' },
  { section: 'messaging', pattern: '/messaging', entrypoint: './src/routes/messaging.astro' },
  { section: 'health', pattern: '/health', entrypoint: './src/routes/health.astro' },
];

/** The hub's own part of the build: which section pages this build's audience gets. */
export function gtmHub(): AstroIntegration {
  return {
    name: 'gtm-hub',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        const { sections } = publicationFor(scopeFromEnvironment(process.env, command === 'dev').audience);
        for (const page of sectionPages) {
          if (sections[page.section]) injectRoute({ pattern: page.pattern, entrypoint: page.entrypoint, prerender: true });
        }
      },
    },
  };
}
