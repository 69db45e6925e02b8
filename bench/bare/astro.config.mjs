// The yardstick for the hub's build: bare Astro, one trivial page per entry of the same corpus.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR ?? './dist',
  cacheDir: process.env.BARE_CACHE_DIR ?? './node_modules/.astro',
  telemetry: false,
});
