import type { APIRoute } from 'astro';
import { hubConfig } from '../config/hub.config';
import { getHub } from '../data/hub';
import { llmsTxt } from '../lib/llmsTxt';

/** What this build publishes, for AI assistants: GET /llms.txt (the llms.txt convention). */
export const GET: APIRoute = async ({ site, url }) => {
  const text = llmsTxt(await getHub(), { company: hubConfig.brand.company, siteUrl: String(site ?? url.origin), variantRules: hubConfig });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
