/** The three builds the browser tests serve (playwright.config.ts), and the URL of a page of each. */
import { distDirs } from '../../build/support/dist';

export const servedBuilds = [
  { audience: 'internal', dir: distDirs.internal, at: (url: string) => url },
  { audience: 'partner', dir: distDirs.partner, at: (url: string) => `http://127.0.0.1:${process.env['GTM_E2E_PARTNER_PORT']}${url}` },
  { audience: 'public', dir: distDirs.public, at: (url: string) => `http://127.0.0.1:${process.env['GTM_E2E_PUBLIC_PORT']}${url}` },
] as const;
