import type { APIRoute } from 'astro';
import { hubConfig } from '../config/hub.config';
import { getHub } from '../data/hub';
import { llmsFullIndex } from '../lib/llmsTxt';

/** Which full-text file holds what: GET /llms-full.txt. */
export const GET: APIRoute = async ({ site, url }) => {
  const text = llmsFullIndex(await getHub(), { company: hubConfig.brand.company, siteUrl: String(site ?? url.origin) });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
