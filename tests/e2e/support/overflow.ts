/**
 * Reflow (WCAG 1.4.10): at the narrowest phone width a page scrolls only down, never sideways. Shared
 * by the layout journey (one page of every type) and the every-page audit.
 */
import type { Page } from '@playwright/test';

export const narrowest = { width: 360, height: 800 };

export interface Overflow {
  scrollWidth: number;
  /** The outermost elements that stick out past the right edge, for the failure message. */
  culprits: string[];
}

/** What sticks out past the right edge of the screen, or `undefined` when the page fits its width. */
export async function horizontalOverflow(page: Page): Promise<Overflow | undefined> {
  const found = await page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    const outermost = wide.filter((el) => !wide.includes(el.parentElement as Element));
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      culprits: outermost.slice(0, 5).map((el) => {
        const named = el.closest('[class]');
        const where = named && named !== el ? ` in .${[...named.classList].join('.')}` : '';
        return `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}${where} (${Math.round(el.getBoundingClientRect().right)} px)`;
      }),
    };
  });
  return found.scrollWidth > found.width ? { scrollWidth: found.scrollWidth, culprits: found.culprits } : undefined;
}
