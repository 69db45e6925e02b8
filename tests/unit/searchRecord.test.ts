import { describe, expect, it } from 'vitest';
import type { EntryRef } from '../../src/lib/entries';
import { searchRecord, searchRecordFor } from '../../src/lib/search/record';
import { customerCase, day, governance, rfp, solution } from './factories';

const titles: Record<string, string> = {
  'products/pulse': 'Kestrel Pulse',
  'products/vault': 'Kestrel Vault',
  'industries/retail': 'Retail',
  'personas/cfo': 'CFO',
};
const titleOf = (ref: EntryRef) => titles[`${ref.collection}/${ref.id}`];

describe('search records of entries', () => {
  it('gives a case its type, products, industry, audience and card meta', () => {
    const record = searchRecordFor(customerCase('harbor-pine', 'retail', ['vault', 'pulse']), titleOf);
    expect(record).toEqual({
      filters: {
        type: ['Customer case'],
        product: ['Kestrel Pulse', 'Kestrel Vault'],
        industry: ['Retail'],
        audience: ['Customer-facing'],
      },
      meta: {
        type: 'Customer case',
        status: 'Approved',
        reviewBy: '2027-06-30',
        product: 'Kestrel Pulse, Kestrel Vault',
        audience: 'public',
      },
    });
  });

  it('drops references this build leaves out instead of naming them', () => {
    const record = searchRecordFor(customerCase('acme', 'retail', ['gated-product']), titleOf);
    expect(record.filters.product).toBeUndefined();
    expect(record.meta.product).toBeUndefined();
  });

  it('labels a solution by its kind', () => {
    const record = searchRecordFor(solution('s', ['pulse'], { kind: 'function', audience: 'internal' }), titleOf);
    expect(record.filters.kind).toEqual(['By job function']);
    expect(record.filters.audience).toEqual(['Internal only']);
  });

  it('files an RFP answer under its category, and nothing else under one', () => {
    expect(searchRecordFor(rfp('enc', ['vault'], { category: 'compliance' }), titleOf).filters['category']).toEqual(['Compliance']);
    expect(searchRecordFor(customerCase('acme', 'retail', ['pulse']), titleOf).filters['category']).toBeUndefined();
  });
});

describe('search records of composed pages', () => {
  it('supports a toolkit variant facet', () => {
    const record = searchRecord({
      type: 'Sales toolkit',
      products: ['Kestrel Pulse'],
      industries: [],
      variant: 'quick-sale',
      ...governance({ reviewBy: day('2027-01-31') }),
    });
    expect(record.filters).toEqual({
      type: ['Sales toolkit'],
      product: ['Kestrel Pulse'],
      variant: ['Quick-sale'],
      audience: ['Customer-facing'],
    });
    expect(record.meta.reviewBy).toBe('2027-01-31');
  });
});
