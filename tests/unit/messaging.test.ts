import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildScope } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import { messagingMarkdown } from '../../src/lib/kits/markdown';
import {
  boilerplateViews,
  indefiniteArticle,
  messagingHouse,
  messagingHousesFor,
  positioningProblems,
  positioningStatement,
  visibleProofPoints,
} from '../../src/lib/messaging';
import { messagingDocument } from '../../src/lib/messagingApi';
import { apiJsonSchema } from '../../src/schemas/api';
import { allEntries, customerCase, day, industry, messaging, persona, product, ref, scope } from './factories';

const limits = hubConfig.boilerplateWordLimits;

function sampleHub(overrides: Partial<BuildScope> = {}) {
  return buildHub(
    allEntries(
      product('pulse', { title: 'Kestrel Pulse' }),
      persona('cfo', { title: 'Chief Financial Officer' }),
      persona('draft-persona', { title: 'Draft persona', status: 'draft' }),
      industry('retail', { title: 'Retail' }),
      customerCase('harbor', 'retail', ['pulse'], { customer: 'Harbor & Pine' }),
      customerCase('secret', 'retail', ['pulse'], { customer: 'Secret Co', audience: 'internal' }),
      messaging('pulse-zh', 'pulse', { lang: 'zh-CN', tagline: '一个收入数字。' }),
      messaging('pulse-en', 'pulse', {
        tagline: 'One revenue number, everyone.',
        boilerplates: {
          short: 'Kestrel Pulse gives sales and finance one trusted revenue view.',
          medium: 'Kestrel Pulse gives sales and finance one trusted revenue view, connected in an afternoon.',
          long: 'Kestrel Pulse gives sales and finance one trusted revenue view. More than 600 companies use it.',
        },
        keyMessages: [
          { message: 'Live in an afternoon.', proofPoints: [{ claim: 'Harbor connected three systems.', case: ref('cases', 'harbor') }] },
          {
            message: 'One number.',
            proofPoints: [
              { claim: 'Secret Co trusts one number.', case: ref('cases', 'secret') },
              { claim: '71% run it without an analyst.', source: 'Customer survey, 2026' },
            ],
          },
          { message: 'No data team.', proofPoints: [{ claim: 'Prebuilt model.', source: 'Product docs' }] },
        ],
        personaVariants: [
          { persona: ref('personas', 'cfo'), message: 'One forecast for the board.' },
          { persona: ref('personas', 'draft-persona'), message: 'Not yet.' },
        ],
        industryVariants: [{ industry: ref('industries', 'retail'), message: 'Stores and online in one view.' }],
      }),
    ),
    scope({ audience: 'public', ...overrides }),
  );
}

function pulseHouses(overrides: Partial<BuildScope> = {}) {
  const hub = sampleHub(overrides);
  return messagingHousesFor(hub, { id: 'pulse' }, limits);
}

describe('positioning statement', () => {
  const parts = {
    target: 'Revenue and finance leaders at companies of 20 to 500 people',
    need: 'who need one trusted pipeline number.',
    category: 'revenue analytics platform',
    value: 'gives everyone the same live revenue view',
    alternatives: 'spreadsheets and general BI tools',
    differentiator: 'ships with a governed revenue model.',
  };

  it('composes the classic statement from its parts, mid-sentence case and no doubled full stops', () => {
    expect(positioningStatement('Kestrel Pulse', parts)).toBe(
      'For revenue and finance leaders at companies of 20 to 500 people who need one trusted pipeline number, ' +
        'Kestrel Pulse is a revenue analytics platform that gives everyone the same live revenue view. ' +
        'Unlike spreadsheets and general BI tools, it ships with a governed revenue model.',
    );
  });

  it('keeps acronyms as written', () => {
    expect(positioningStatement('Vault', { ...parts, target: 'CISOs', category: 'ETL service' })).toMatch(
      /^For CISOs who .* is an ETL service that/u,
    );
  });

  it('reads as a sentence for every product of the sample, and the sample passes the checks', () => {
    const sample = ['kestrel-flow', 'kestrel-pulse', 'kestrel-vault'].map((id) => {
      const file = readFileSync(join('src/content/messaging', `${id}.md`), 'utf8');
      const front = parseYaml(file.split(/^---$/mu)[1] ?? '') as { positioning: typeof parts };
      return { id, parts: front.positioning };
    });
    expect(sample).toHaveLength(3);
    for (const { id, parts: sampleParts } of sample) {
      expect(positioningProblems(sampleParts), id).toEqual([]);
      const statement = positioningStatement('Kestrel Product', sampleParts);
      expect(statement, id).toMatch(
        /^For [a-zA-Z].* (who|whose|that) .+, Kestrel Product is an? [a-z].+ that [a-z]+s? .+\. Unlike .+, it [a-z]+ .+\.$/u,
      );
      expect(statement, id).not.toMatch(/\b(a|an) (a|an|the)\b|\bit (it|they|we|business)\b|\bthat that\b|\.\./u);
    }
    const flow = sample.find((s) => s.id === 'kestrel-flow');
    expect(flow && positioningStatement('Kestrel Flow', flow.parts)).toContain(
      'Kestrel Flow is a workflow and integration automation platform that lets operations teams',
    );
    expect(flow && positioningStatement('Kestrel Flow', flow.parts)).toContain(', it lets business teams build from connectors');
  });

  it('accepts parts written to fit their slots, in any case and with a closing full stop', () => {
    expect(positioningProblems(parts)).toEqual([]);
    expect(
      positioningProblems({ ...parts, value: 'Gives everyone one number.', differentiator: 'Is the only tool with a governed model' }),
    ).toEqual([]);
    expect(positioningStatement('Pulse', { ...parts, value: 'Gives everyone one number.' })).toContain('that gives everyone one number.');
  });

  it.each([
    ['need', { need: 'one trusted pipeline number' }, 'start it with "who"'],
    ['need', { need: 'Need one number' }, 'start it with "who"'],
    ['target', { target: 'For finance leaders' }, 'leave it out'],
    ['category', { category: 'a revenue analytics platform' }, 'leave the article out'],
    ['category', { category: 'workflow and integration automation' }, '"workflow and integration automation platform"'],
    ['category', { category: 'pipeline monitoring' }, 'not counted'],
    ['category', { category: 'revenue tools' }, 'a plural'],
    ['value', { value: 'that gives everyone one number' }, 'start it with a verb'],
    ['value', { value: 'one live revenue view' }, 'start it with a verb'],
    ['alternatives', { alternatives: 'Unlike spreadsheets' }, 'leave it out'],
    ['differentiator', { differentiator: 'business teams build from connectors and templates IT approves' }, 'start it with a verb'],
    ['differentiator', { differentiator: 'it ships with a governed revenue model' }, 'already has'],
    ['differentiator', { differentiator: 'a governed revenue model' }, 'start it with a verb'],
    ['value', { value: 'gives one view. Teams trust it' }, 'one phrase'],
  ] as const)('refuses positioning.%s %j, saying how to write it', (field, change, fix) => {
    const problems = positioningProblems({ ...parts, ...change });
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.find((p) => p.field === field)?.message).toContain(fix);
  });

  it('picks "a" or "an" by sound', () => {
    expect(indefiniteArticle('integration platform')).toBe('an');
    expect(indefiniteArticle('unified data catalog')).toBe('a');
    expect(indefiniteArticle('revenue analytics platform')).toBe('a');
    expect(indefiniteArticle('hour-by-hour monitor')).toBe('an');
  });
});

describe('boilerplates', () => {
  it('counts each boilerplate against its fixed limit', () => {
    const views = boilerplateViews({ short: 'One two three.', medium: 'One two.', long: '一个收入数字' }, limits);
    expect(views).toEqual([
      { length: 'short', label: '25-word boilerplate', limit: 25, words: 3, text: 'One two three.' },
      { length: 'medium', label: '50-word boilerplate', limit: 50, words: 2, text: 'One two.' },
      { length: 'long', label: '100-word boilerplate', limit: 100, words: 3, text: '一个收入数字' },
    ]);
  });
});

describe('messaging house', () => {
  it('lists a product’s messaging sets with English first', () => {
    expect(pulseHouses().map((h) => h.lang)).toEqual(['en', 'zh-CN']);
  });

  it('has the roof, the pillars with proof and the statement', () => {
    const [house] = pulseHouses();
    expect(house?.tagline).toBe('One revenue number, everyone.');
    expect(house?.statement).toMatch(
      /^For finance leaders who need one number, Kestrel Pulse is a revenue analytics platform that gives one live view\./u,
    );
    expect(house?.pillars.map((p) => p.message)).toEqual(['Live in an afternoon.', 'One number.', 'No data team.']);
    expect(house?.pillars[0]?.proofPoints).toEqual([
      {
        claim: 'Harbor connected three systems.',
        source: undefined,
        case: { id: 'harbor', customer: 'Harbor & Pine', title: 'Case harbor', path: '/cases/harbor/' },
      },
    ]);
  });

  it('drops variants for personas or industries this build does not show', () => {
    const [house] = pulseHouses();
    expect(house?.personaVariants.map((v) => v.target.title)).toEqual(['Chief Financial Officer']);
    expect(house?.industryVariants.map((v) => [v.target.path, v.message])).toEqual([
      ['/industries/retail/', 'Stores and online in one view.'],
    ]);
  });
});

describe('messaging gating', () => {
  it('names its owner and review date in the company’s own build only, in the house, its Markdown and its JSON', () => {
    const [staff] = pulseHouses({ audience: 'internal' });
    const [partners] = pulseHouses({ audience: 'partner' });
    if (!staff || !partners) expect.fail('no house');
    expect(staff.owner).toBe(staff.entry.data.owner);
    expect(messagingMarkdown(staff)).toContain(`Owner: ${staff.entry.data.owner}`);
    expect(partners.owner).toBeUndefined();
    expect(messagingMarkdown(partners)).not.toContain(partners.entry.data.owner);
    expect(messagingMarkdown(staff)).toMatch(/^Owner: .+ · Status: approved · Review by /mu);
    expect(messagingMarkdown(partners)).toMatch(/^Approved, customer-facing$/mu);
    expect(messagingMarkdown(partners)).not.toContain('Review by');
  });

  it('drops a proof point whose case a public build leaves out, and keeps sourced figures', () => {
    const [house] = pulseHouses({ audience: 'public' });
    expect(house?.pillars[1]?.proofPoints.map((p) => p.claim)).toEqual(['71% run it without an analyst.']);
    expect(messagingMarkdown(house ?? expect.fail('no house')).includes('Secret Co')).toBe(false);
  });

  it('drops it in an internal build and a preview too: messaging is customer-facing copy, the customer has not approved', () => {
    for (const overrides of [{ audience: 'internal' as const }, { audience: 'internal' as const, mode: 'preview' as const }]) {
      const hub = sampleHub(overrides);
      const pulse = hub.get(ref('products', 'pulse'));
      if (!pulse) expect.fail('missing product');
      const houses = messagingHousesFor(hub, pulse, limits);
      const house = houses.find((h) => h.lang === 'en');
      if (!house) expect.fail('no house');
      expect(house.pillars[1]?.proofPoints.map((p) => p.case?.customer ?? p.source)).toEqual(['Customer survey, 2026']);
      expect(house.pillars[0]?.proofPoints.map((p) => p.case?.customer)).toEqual(['Harbor & Pine']);
      expect(messagingMarkdown(house)).not.toContain('Secret Co');
      const doc = messagingDocument(pulse, houses, { siteUrl: 'https://hub.example/', scope: hub.scope });
      expect(JSON.stringify(doc)).not.toContain('Secret Co');
    }
  });

  it('shows no messaging that is not approved and current in a published build', () => {
    const hub = buildHub(
      allEntries(
        product('pulse'),
        messaging('draft', 'pulse', { status: 'draft' }),
        messaging('expired', 'pulse', { reviewBy: day('2026-01-01') }),
        messaging('internal', 'pulse', { audience: 'internal' }),
      ),
      scope({ audience: 'public' }),
    );
    expect(messagingHousesFor(hub, { id: 'pulse' }, limits)).toEqual([]);
    expect(visibleProofPoints(hub, [{ claim: 'Cites a missing case.', case: ref('cases', 'nowhere') }])).toEqual([]);
  });
});

describe('messaging JSON API', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(apiJsonSchema('messaging', 'https://hub.example/'));

  it('publishes each product’s messaging as a document that validates against messaging.v1', () => {
    const hub = sampleHub();
    const pulse = hub.get(ref('products', 'pulse'));
    if (!pulse) throw new Error('missing product');
    const doc = messagingDocument(pulse, messagingHousesFor(hub, pulse, limits), { siteUrl: 'https://hub.example/', scope: hub.scope });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({ version: 1, audience: 'public', builtOn: '2026-11-23', page: 'https://hub.example/messaging/pulse/' });
    expect(doc.messaging[0]?.boilerplates['short']).toEqual({
      text: 'Kestrel Pulse gives sales and finance one trusted revenue view.',
      words: 10,
      limit: 25,
    });
  });

  it('validates a product without messaging as an empty list', () => {
    const hub = buildHub(allEntries(product('bare')), scope());
    const bare = hub.get(ref('products', 'bare'));
    if (!bare) throw new Error('missing product');
    expect(validate(messagingDocument(bare, [], { siteUrl: 'https://hub.example/', scope: hub.scope }))).toBe(true);
  });

  it('refuses a house whose boilerplate is missing', () => {
    const hub = sampleHub();
    const pulse = hub.get(ref('products', 'pulse'));
    const entry = hub.get(ref('messaging', 'pulse-en'));
    if (!pulse || !entry) throw new Error('missing entries');
    const doc = messagingDocument(pulse, [messagingHouse(hub, entry, limits)], { siteUrl: 'https://hub.example/', scope: hub.scope });
    const broken = { ...doc, messaging: doc.messaging.map((m) => ({ ...m, boilerplates: { short: m.boilerplates['short'] } })) };
    expect(validate(broken)).toBe(false);
  });
});
