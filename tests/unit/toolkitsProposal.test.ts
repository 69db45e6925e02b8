import { unzipSync, strFromU8 } from 'fflate';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildScope } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import type { ToolkitContext } from '../../src/lib/toolkits/items';
import { productContent } from '../../src/lib/toolkits/productContent';
import type {
  ProposalCatalogue,
  ProposalContext,
  ProposalDocument,
  ProposalModule,
  ProposalSelection,
} from '../../src/lib/toolkits/proposal';
import {
  assembleProposal,
  fitsProposal,
  misfitLabel,
  moduleFindText,
  moveModule,
  preselectionFor,
  preselectionLimits,
  proposalFileName,
  proposalModuleGroups,
  selectionFromQuery,
  selectionToQuery,
  toggleModule,
} from '../../src/lib/toolkits/proposal';
import { catalogueJson, proposalCatalogue } from '../../src/lib/toolkits/proposalCatalogue';
import { proposalMarkdown } from '../../src/lib/toolkits/proposalMarkdown';
import { proposalDocx } from '../../src/lib/toolkits/proposalDocx';
import {
  TODAY,
  addDays,
  allEntries,
  customerCase,
  governance,
  industry,
  messaging,
  product,
  ref,
  rfp,
  scope,
  solution,
  valueProp,
} from './factories';

const sample = allEntries(
  industry('healthcare', { title: 'Healthcare' }),
  industry('retail', { title: 'Retail' }),
  industry('financial-services', { title: 'Financial Services' }),
  industry('public-sector', { title: 'Public Sector' }),
  product('vault', {
    deal: { contractValue: 280_000, currency: 'USD', cycleDays: 150, tenders: true },
    industries: ['healthcare', 'retail', 'financial-services', 'public-sector'].map((id) => ref('industries', id)),
  }),
  messaging('vault-messaging', 'vault', {
    boilerplates: { short: 'Short.', medium: 'Medium.', long: 'Vault governs sensitive data.' },
    industryVariants: [{ industry: ref('industries', 'financial-services'), message: 'Examination-ready evidence for DORA.' }],
  }),
  valueProp('vp-audit', 'vault', {
    title: 'Audit evidence on demand',
    outcome: 'Audits take days, not months.',
    proofPoints: [
      { claim: 'Clinic Co passed HIPAA audit in a week.', case: ref('cases', 'health-case') },
      { claim: 'Secret Co halved audit prep.', case: ref('cases', 'secret-case') },
    ],
  }),
  solution('health-solution', ['vault'], {
    title: 'PHI governance',
    industries: [ref('industries', 'healthcare')],
    valueProps: [ref('value-props', 'vp-audit')],
  }),
  solution('bank-solution', ['vault'], {
    title: 'Bank data governance',
    industries: [ref('industries', 'financial-services')],
    valueProps: [ref('value-props', 'vp-audit')],
  }),
  solution('retail-solution', ['vault'], { industries: [ref('industries', 'retail')] }),
  solution('draft-solution', ['vault'], governance({ status: 'draft' })),
  customerCase('health-case', 'healthcare', ['vault'], {
    customer: 'Clinic Co',
    title: 'Clinic Co passes audits in a week',
    quote: { text: 'Audits are boring now.', author: 'Ana Ruiz', role: 'CISO' },
  }),
  customerCase('bank-case', 'financial-services', ['vault'], {
    customer: 'Meridian Mutual',
    title: 'Meridian Mutual removes standing access',
    region: 'europe',
  }),
  customerCase('chinese-bank-case', 'financial-services', ['vault'], {
    customer: '京海证券',
    title: '京海证券完成分类分级',
    region: 'greater-china',
    lang: 'zh-CN',
  }),
  customerCase('secret-case', 'healthcare', ['vault'], governance({ audience: 'internal' })),
  customerCase('stale-case', 'healthcare', ['vault'], governance({ reviewBy: addDays(TODAY, -1) })),
  rfp('encryption', ['vault'], { title: 'How is data encrypted?', answer: 'AES-256 at rest, TLS 1.2+ in transit.' }),
  rfp('dpa', ['vault'], { category: 'privacy', title: 'Do you sign a DPA?', answer: 'Yes, our standard DPA.' }),
  rfp('data-residency', ['vault'], {
    category: 'privacy',
    title: 'Can data stay in one country?',
    answer: 'Yes, in the region you choose.',
  }),
  rfp('pipl', ['vault'], {
    category: 'privacy',
    title: '能否满足《个人信息保护法》？',
    answer: '可以。',
    lang: 'zh-CN',
    regions: ['greater-china'],
  }),
  rfp('regulatory-mapping', ['vault'], {
    category: 'compliance',
    title: 'How do you help us meet GDPR or DORA?',
    answer: 'Controls map to DORA.',
  }),
  rfp('hipaa', ['vault'], {
    category: 'compliance',
    title: 'Will you sign a HIPAA BAA?',
    answer: 'Yes.',
    industries: [ref('industries', 'healthcare')],
  }),
  rfp('stateramp', ['vault'], {
    category: 'compliance',
    title: 'Which public-sector frameworks?',
    answer: 'StateRAMP Moderate.',
    industries: [ref('industries', 'public-sector')],
  }),
  rfp('sla', ['vault'], { category: 'support', title: 'What is the SLA?', answer: '99.9% uptime.' }),
  rfp('internal-answer', ['vault'], { ...governance({ audience: 'internal' }), category: 'security' }),
);

const closing = { company: 'Kestrel Data', contact: hubConfig.customerContact, nextSteps: ['Scope workshop', 'Security review'] };

function catalogue(buildScope: BuildScope = scope()): ProposalCatalogue {
  const ctx: ToolkitContext = { hub: buildHub(sample, buildScope, { publicSiteUrl: 'https://hub.example' }), settings: hubConfig };
  const vault = ctx.hub.get(ref('products', 'vault'));
  if (!vault) throw new Error('sample has no vault');
  return proposalCatalogue(ctx, productContent(ctx.hub, vault), closing);
}

const ids = (c: ProposalCatalogue) => c.modules.map((m) => m.id);
const bank: ProposalContext = { lang: 'en', industry: 'financial-services', region: 'europe' };
const selectionOf = (moduleIds: string[], context: ProposalContext = bank): ProposalSelection => ({
  customer: 'Northwind Bank',
  rep: { name: 'Dana Reyes', contact: 'dana@kestrel.example' },
  ...context,
  moduleIds,
});
const day = new Date('2026-11-23T00:00:00Z');
const allText = (doc: ProposalDocument) => JSON.stringify(doc);

describe('proposal catalogue', () => {
  it('holds only approved, current, customer-facing modules, even where the build shows more', () => {
    for (const buildScope of [scope(), scope({ mode: 'preview' })]) {
      expect(ids(catalogue(buildScope))).toEqual([
        'summary.executive',
        'solution.bank-solution',
        'solution.health-solution',
        'solution.retail-solution',
        'case.health-case',
        'case.bank-case',
        'case.chinese-bank-case',
        'security.security',
        'security.privacy',
        'security.compliance',
        'rfp.data-residency',
        'rfp.dpa',
        'rfp.regulatory-mapping',
        'rfp.encryption',
        'rfp.sla',
        'rfp.stateramp',
        'rfp.hipaa',
        'rfp.pipl',
        'closing.next-steps',
        'closing.contact',
      ]);
    }
  });

  it('tags every module with the industries, regions and language it is written for', () => {
    const byId = new Map(catalogue().modules.map((m) => [m.id, m]));
    expect(byId.get('rfp.hipaa')?.fit).toEqual({ industries: ['healthcare'], regions: [], lang: 'en' });
    expect(byId.get('rfp.pipl')?.fit).toEqual({ industries: [], regions: ['greater-china'], lang: 'zh-CN' });
    expect(byId.get('case.chinese-bank-case')?.fit).toEqual({ industries: ['financial-services'], regions: [], lang: 'zh-CN' });
    expect(catalogue().languages.map((l) => l.id)).toEqual(['en', 'zh-CN']);
  });

  it('keeps proof that names an internal customer out of a solution', () => {
    const health = catalogue().modules.find((m) => m.id === 'solution.health-solution');
    expect(health?.blocks).toContainEqual({ type: 'list', label: 'Proof', items: ['Clinic Co passed HIPAA audit in a week.'] });
    expect(JSON.stringify(health)).not.toContain('Secret Co');
  });

  it('pre-selects what fits a bank proposal in English: no Chinese case, and no section without a fitting answer', () => {
    expect(preselectionFor(catalogue(), bank)).toEqual([
      'summary.executive',
      'solution.bank-solution',
      'case.bank-case',
      'security.security',
      'security.privacy',
      'security.compliance',
      'closing.next-steps',
      'closing.contact',
    ]);
  });

  it('pre-selects the first few of a long list, so an industry page links to a proposal, not the catalogue', () => {
    const fit = { industries: ['healthcare'], regions: [], lang: 'en' };
    const block = { type: 'paragraph' as const, text: 'x' };
    const modules: ProposalModule[] = [
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `case.c${i}`,
        kind: 'case' as const,
        title: `Case ${i}`,
        detail: '',
        fit,
        blocks: [block],
      })),
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `solution.s${i}`,
        kind: 'solution' as const,
        title: `Solution ${i}`,
        detail: '',
        fit,
        blocks: [block],
      })),
    ];
    expect(preselectionFor({ modules }, { lang: 'en', industry: 'healthcare', region: undefined })).toEqual([
      ...Array.from({ length: preselectionLimits.solution }, (_, i) => `solution.s${i}`),
      ...Array.from({ length: preselectionLimits.case }, (_, i) => `case.c${i}`),
    ]);
  });

  it('says why a module does not fit, for the picker', () => {
    const byId = new Map(catalogue().modules.map((m) => [m.id, m]));
    const fitOf = (id: string) => byId.get(id)?.fit ?? { industries: [], regions: [], lang: undefined };
    expect(misfitLabel(fitOf('rfp.hipaa'), bank, catalogue())).toBe('Healthcare only');
    expect(misfitLabel(fitOf('rfp.pipl'), bank, catalogue())).toBe('Greater China only · in Chinese (简体中文)');
    expect(misfitLabel(fitOf('rfp.dpa'), bank, catalogue())).toBe('');
    expect(fitsProposal(fitOf('rfp.hipaa'), { ...bank, industry: 'healthcare' })).toBe(true);
  });

  it('lets the finder match answer text and the entry’s name, not just titles', () => {
    const byId = new Map(catalogue().modules.map((m) => [m.id, m]));
    const found = (words: string) =>
      catalogue()
        .modules.filter((m) => words.split(' ').every((w) => moduleFindText(m).includes(w)))
        .map((m) => m.id);
    expect(found('data residency')).toEqual(['security.privacy', 'rfp.data-residency']);
    expect(found('region you choose')).toEqual(['security.privacy', 'rfp.data-residency']);
    expect(found('aes-256')).toEqual(['security.security', 'rfp.encryption']);
    expect(moduleFindText(byId.get('rfp.sla') as ProposalModule)).toContain('99.9% uptime');
  });

  it('groups the modules by kind for the picker, empty kinds included', () => {
    expect(proposalModuleGroups(catalogue().modules).map((g) => g.label)).toEqual([
      'Opening',
      'Solutions',
      'Reference cases',
      'Security and compliance',
      'RFP answers',
      'Closing',
    ]);
  });

  it('embeds as JSON that cannot close its script element', () => {
    const c = catalogue();
    const json = catalogueJson({ ...c, company: '</script><b>' });
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json) as ProposalCatalogue).company).toBe('</script><b>');
  });
});

describe('proposal selection', () => {
  const c = catalogue();

  it('round-trips through the URL, keeping order and readable ids', () => {
    const selection = { ...selectionOf(['case.health-case', 'solution.health-solution', 'rfp.sla']), customer: 'Acme Health & Co' };
    const query = selectionToQuery(selection);
    expect(query).toBe(
      '?customer=Acme%20Health%20%26%20Co&rep=Dana%20Reyes&contact=dana%40kestrel.example&lang=en&industry=financial-services&region=europe&modules=case.health-case,solution.health-solution,rfp.sla',
    );
    expect(selectionFromQuery(query, c)).toEqual({ selection, missing: [] });
  });

  it('reports modules that are no longer approved, and falls back on unknown choices', () => {
    const { selection, missing } = selectionFromQuery('?modules=case.stale-case,rfp.sla,rfp.sla&lang=fr&industry=mining', c);
    expect(selection.moduleIds).toEqual(['rfp.sla']);
    expect(missing).toEqual(['case.stale-case']);
    expect(selection).toMatchObject({ lang: 'en', industry: undefined, region: undefined });
  });

  it('moves modules up and down, and not past either end', () => {
    const order = ['a', 'b', 'c'];
    expect(moveModule(order, 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveModule(order, 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveModule(order, 'a', -1)).toEqual(order);
    expect(moveModule(order, 'c', 1)).toEqual(order);
    expect(toggleModule(order, 'b')).toEqual(['a', 'c']);
    expect(toggleModule(order, 'd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('proposal document', () => {
  const c = catalogue();
  const bankProposal = assembleProposal(c, selectionOf(preselectionFor(c, bank)), day);

  it('opens with a cover and numbers its sections from 1', () => {
    expect(bankProposal.title).toBe('Product vault for Northwind Bank');
    expect(bankProposal.cover).toEqual({
      preparedFor: 'Northwind Bank',
      date: '23 November 2026',
      preparedBy: 'Dana Reyes, dana@kestrel.example',
      company: 'Kestrel Data',
    });
    expect(bankProposal.sections.map((s) => [s.number, s.title])).toEqual([
      [1, 'Executive summary'],
      [2, 'Bank data governance'],
      [3, 'Meridian Mutual removes standing access'],
      [4, 'Security'],
      [5, 'Privacy'],
      [6, 'Compliance'],
      [7, 'Next steps'],
      [8, 'Contact'],
    ]);
  });

  it('leaves another industry’s, region’s or language’s answers out of a gathering section', () => {
    const text = allText(bankProposal);
    for (const foreign of ['HIPAA BAA', 'StateRAMP', '个人信息保护法', '京海证券']) expect(text).not.toContain(foreign);
    expect(text).toContain('Examination-ready evidence for DORA.');
    expect(text).toContain('Can data stay in one country?');
    expect(
      assembleProposal(c, selectionOf(['security.compliance'], { ...bank, industry: 'healthcare' }), day).sections[0]?.blocks,
    ).toContainEqual(expect.objectContaining({ question: 'Will you sign a HIPAA BAA?' }));
  });

  it('says an answer once: a module already inside a section is omitted and reported', () => {
    const doc = assembleProposal(c, selectionOf(['security.compliance', 'rfp.regulatory-mapping']), day);
    expect(doc.sections.map((s) => s.id)).toEqual(['security.compliance']);
    expect(doc.omitted).toEqual([
      { id: 'rfp.regulatory-mapping', title: 'How do you help us meet GDPR or DORA?', coveredBy: { number: 1, title: 'Compliance' } },
    ]);
    expect(allText(doc).match(/Controls map to DORA/gu)).toHaveLength(1);

    // The other way round, the section leaves out what the answer said; with nothing else for a bank, it goes.
    expect(assembleProposal(c, selectionOf(['rfp.regulatory-mapping', 'security.compliance']), day).omitted.map((o) => o.id)).toEqual([
      'security.compliance',
    ]);
    const reversed = assembleProposal(
      c,
      selectionOf(['rfp.regulatory-mapping', 'security.compliance'], { ...bank, industry: 'healthcare' }),
      day,
    );
    expect(reversed.sections.map((s) => [s.id, s.repeatsLeftOut])).toEqual([
      ['rfp.regulatory-mapping', 0],
      ['security.compliance', 1],
    ]);
    expect(allText(reversed).match(/Controls map to DORA/gu)).toHaveLength(1);
  });

  it('does not repeat a proof point two solutions share', () => {
    const doc = assembleProposal(c, selectionOf(['solution.health-solution', 'solution.bank-solution']), day);
    expect(allText(doc).match(/Clinic Co passed HIPAA audit in a week/gu)).toHaveLength(1);
    expect(doc.sections[1]?.repeatsLeftOut).toBe(2);
  });

  it('marks a section written in another language when the rep adds one', () => {
    const doc = assembleProposal(c, selectionOf(['case.bank-case', 'case.chinese-bank-case']), day);
    expect(doc.sections.map((s) => s.lang)).toEqual([undefined, 'zh-CN']);
    expect(proposalMarkdown(doc)).toContain('## 2. 京海证券完成分类分级\n\n_This section is in Chinese (简体中文)._');
  });

  it('closes with next steps and the rep’s contact as typed', () => {
    const contact = bankProposal.sections.find((s) => s.id === 'closing.contact');
    expect(contact?.blocks[0]).toEqual({ type: 'paragraph', label: 'Your contact', text: 'Dana Reyes, dana@kestrel.example' });
    const anonymous = assembleProposal(c, { ...selectionOf(['closing.contact']), rep: { name: '', contact: '' } }, day);
    expect(anonymous.cover.preparedBy).toBeUndefined();
    expect(allText(anonymous)).not.toContain('Your contact');
  });

  it('exports Markdown with the cover, contents, numbered sections, metrics, quotes, answers and customer links', () => {
    const doc = assembleProposal(
      c,
      selectionOf(['case.health-case', 'security.privacy', 'solution.health-solution'], { ...bank, industry: 'healthcare' }),
      day,
    );
    const markdown = proposalMarkdown(doc);
    expect(markdown).toContain(
      '# Product vault for Northwind Bank\n\n**Prepared for:** Northwind Bank  \n**Date:** 23 November 2026  \n**Prepared by:** Dana Reyes, dana@kestrel.example · Kestrel Data',
    );
    expect(markdown).toContain('## Contents\n\n1. Clinic Co passes audits in a week\n2. Privacy\n3. PHI governance');
    expect(markdown).toContain('## 1. Clinic Co passes audits in a week');
    expect(markdown).toContain('- **2 days** Faster close');
    expect(markdown).toContain('> “Audits are boring now.”\n>\n> — Ana Ruiz, CISO, Clinic Co');
    expect(markdown).toContain('### Do you sign a DPA?\n\nYes, our standard DPA.');
    expect(markdown).toContain('[Read the Clinic Co case](https://hub.example/cases/health-case/)');
  });

  it('names files after the product and the customer', () => {
    expect(proposalFileName(c, { customer: 'Acme Health' }, 'md')).toBe('vault-proposal-acme-health.md');
    expect(proposalFileName(c, { customer: 'Café Zürich' }, 'docx')).toBe('vault-proposal-cafe-zurich.docx');
    expect(proposalFileName(c, { customer: '' }, 'md')).toBe('vault-proposal.md');
  });

  it('exports a Word document that says what the Markdown says', async () => {
    const zip = unzipSync(new Uint8Array(await Packer.toBuffer(proposalDocx(bankProposal, 'Kestrel Data'))));
    const body = strFromU8(zip['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/gu, ' ');
    const markdown = proposalMarkdown(bankProposal);
    for (const section of bankProposal.sections) {
      const heading = `${section.number}. ${section.title}`;
      expect(markdown).toContain(`## ${heading}`);
      expect(body).toContain(heading);
    }
    for (const text of ['Northwind Bank', 'Dana Reyes, dana@kestrel.example', 'Scope workshop', 'Can data stay in one country?']) {
      expect(markdown).toContain(text);
      expect(body).toContain(text);
    }
    expect(body).not.toMatch(/[\u4e00-\u9fff]/u);
  });
});
