import type { Plugin } from 'vite';
import { hubConfig } from '../config/hub.config';
import { brandTokensCss } from '../lib/brand/brandTheme';

/** What pages import, after src/styles/tokens.css, to get the brand's design tokens. */
export const brandStylesheetId = 'virtual:gtm-hub/brand.css';
const resolvedId = `\0${brandStylesheetId}`;

/**
 * The brand's tokens (colours of both themes, font stacks) as a stylesheet Vite bundles with the
 * pages' own CSS: written from the hub config at build time, served from the site, so the
 * Content-Security-Policy needs no inline style for it.
 */
export function brandStylesheet(): Plugin {
  return {
    name: 'gtm-hub-brand-stylesheet',
    resolveId: (id) => (id === brandStylesheetId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? brandTokensCss(hubConfig.brand) : undefined),
  };
}
