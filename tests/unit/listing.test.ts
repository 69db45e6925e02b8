import { describe, expect, it } from 'vitest';
import { listingLine } from '../../src/lib/listing';
import { customerCase, rfp, valueProp } from './factories';

describe('listingLine', () => {
  it('shows the most useful fact for each kind of entry', () => {
    expect(
      listingLine(customerCase('acme', 'retail', ['p'], { customer: 'Acme', metrics: [{ label: 'Faster close', value: '2 days' }] })),
    ).toBe('Acme · 2 days faster close');
    expect(listingLine(valueProp('vp', 'p', { outcome: 'Forecasts in minutes.' }))).toBe('Forecasts in minutes.');
    expect(listingLine(rfp('r', ['p'], { answer: 'AES-256.' }))).toBe('AES-256.');
  });
});
