import { getViteConfig } from 'astro/config';

/**
 * Astro components rendered with the container API: this project runs under Astro's Vite config, so
 * `.astro` files and `astro:` modules load as they do in a build.
 */
export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
