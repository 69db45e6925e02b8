import type { APIRoute, GetStaticPaths } from 'astro';
import { brandLogo, brandLogoFileName } from '../../data/brandLogo';

/** The company's logo (hub config `brand.logo`), served from the site for the header, the icon and the editor. */
export const getStaticPaths = (() => [{ params: { logo: brandLogoFileName } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const logo = await brandLogo();
  return new Response(new Uint8Array(logo.bytes), { headers: { 'Content-Type': logo.type } });
};
