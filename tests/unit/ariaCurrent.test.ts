import { describe, expect, it } from 'vitest';
import { ariaCurrent } from '../../src/lib/ariaCurrent';

describe('ariaCurrent', () => {
  it('marks the link to this very page as the page', () => {
    expect(ariaCurrent('/toolkits/', '/toolkits/')).toBe('page');
  });

  it('marks the link to the section a page sits in as current, not as the page', () => {
    expect(ariaCurrent('/toolkits/', '/toolkits/kestrel-pulse/quick-sale/')).toBe('true');
  });

  it('marks nothing else, and never the home link for every page', () => {
    expect(ariaCurrent('/kits/', '/toolkits/')).toBeUndefined();
    expect(ariaCurrent('/kit/', '/kits/')).toBeUndefined();
    expect(ariaCurrent('/', '/library/')).toBeUndefined();
    expect(ariaCurrent('/', '/')).toBe('page');
  });
});
