import type { APIRoute, GetStaticPaths } from 'astro';
import { brandLogo } from '../../data/brandLogo';

/** The company's logo (hub config `brand.logo`), served from the site as the header and icon show it. */
export const getStaticPaths = (async () => [{ params: { logo: (await brandLogo()).fileName } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const logo = await brandLogo();
  return new Response(new Uint8Array(logo.bytes), { headers: { 'Content-Type': logo.type } });
};
