import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute } from 'astro';

/**
 * The editor itself (Sveltia CMS), served from the build rather than a CDN: the file of the
 * version pinned in package.json, as published. GET /admin/sveltia-cms.js.
 */
export const GET: APIRoute = async () => {
  // The package exports only its module entry (npm/index.js); the browser bundle sits beside it.
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  const bundle = await readFile(join(dirname(entry), '..', 'dist', 'sveltia-cms.js'));
  return new Response(bundle, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
