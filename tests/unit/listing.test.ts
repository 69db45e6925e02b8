import { describe, expect, it } from 'vitest';
import { listingLine, paginate } from '../../src/lib/listing';
import { customerCase, rfp, valueProp } from './factories';

describe('paginate', () => {
  it('splits a listing into pages of the given size and keeps one empty page for an empty listing', () => {
    const pages = paginate(
      Array.from({ length: 101 }, (_, i) => i),
      48,
    );
    expect(pages.map((p) => p.items.length)).toEqual([48, 48, 5]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.pageCount === 3)).toBe(true);
    expect(pages[2]?.items[0]).toBe(96);
    expect(paginate([], 48)).toEqual([{ items: [], page: 1, pageCount: 1 }]);
  });
});

describe('listingLine', () => {
  it('shows the most useful fact for each kind of entry', () => {
    expect(
      listingLine(customerCase('acme', 'retail', ['p'], { customer: 'Acme', metrics: [{ label: 'Faster close', value: '2 days' }] })),
    ).toBe('Acme · 2 days faster close');
    expect(listingLine(valueProp('vp', 'p', { outcome: 'Forecasts in minutes.' }))).toBe('Forecasts in minutes.');
    expect(listingLine(rfp('r', ['p'], { answer: 'AES-256.' }))).toBe('AES-256.');
  });
});
