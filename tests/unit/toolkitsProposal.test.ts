import { unzipSync, strFromU8 } from 'fflate';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildScope } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import type { ToolkitContext } from '../../src/lib/toolkits/items';
import { productContent } from '../../src/lib/toolkits/productContent';
import type { ProposalCatalogue } from '../../src/lib/toolkits/proposal';
import { proposalMarkdown } from '../../src/lib/toolkits/proposalMarkdown';
import {
  assembleProposal,
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
  industry('healthcare'),
  industry('retail'),
  product('vault', { deal: { contractValue: 280_000, currency: 'USD', cycleDays: 150, tenders: true } }),
  messaging('vault-messaging', 'vault', { boilerplates: { short: 'Short.', medium: 'Medium.', long: 'Vault governs sensitive data.' } }),
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
  solution('retail-solution', ['vault'], { industries: [ref('industries', 'retail')] }),
  solution('draft-solution', ['vault'], governance({ status: 'draft' })),
  customerCase('health-case', 'healthcare', ['vault'], {
    customer: 'Clinic Co',
    title: 'Clinic Co passes audits in a week',
    quote: { text: 'Audits are boring now.', author: 'Ana Ruiz', role: 'CISO' },
  }),
  customerCase('secret-case', 'healthcare', ['vault'], governance({ audience: 'internal' })),
  customerCase('stale-case', 'healthcare', ['vault'], governance({ reviewBy: addDays(TODAY, -1) })),
  rfp('encryption', ['vault'], { title: 'How is data encrypted?', answer: 'AES-256 at rest, TLS 1.2+ in transit.' }),
  rfp('dpa', ['vault'], { category: 'privacy', title: 'Do you sign a DPA?', answer: 'Yes, our standard DPA.' }),
  rfp('sla', ['vault'], { category: 'support', title: 'What is the SLA?', answer: '99.9% uptime.' }),
  rfp('internal-answer', ['vault'], { ...governance({ audience: 'internal' }), category: 'security' }),
);

function catalogue(buildScope: BuildScope = scope()): ProposalCatalogue {
  const ctx: ToolkitContext = { hub: buildHub(sample, buildScope, { publicSiteUrl: 'https://hub.example' }), settings: hubConfig };
  const vault = ctx.hub.get(ref('products', 'vault'));
  if (!vault) throw new Error('sample has no vault');
  return proposalCatalogue(ctx, productContent(ctx.hub, vault), 'Kestrel Data');
}

const ids = (c: ProposalCatalogue) => c.modules.map((m) => m.id);

describe('proposal catalogue', () => {
  it('holds only approved, current, customer-facing modules, even where the build shows more', () => {
    for (const buildScope of [scope(), scope({ mode: 'preview' })]) {
      expect(ids(catalogue(buildScope))).toEqual([
        'solution.health-solution',
        'solution.retail-solution',
        'case.health-case',
        'security.security',
        'security.privacy',
        'rfp.dpa',
        'rfp.encryption',
        'rfp.sla',
      ]);
    }
  });

  it('keeps proof that names an internal customer out of a solution', () => {
    const health = catalogue().modules.find((m) => m.id === 'solution.health-solution');
    expect(health?.blocks).toContainEqual({ type: 'list', label: 'Proof', items: ['Clinic Co passed HIPAA audit in a week.'] });
    expect(JSON.stringify(health)).not.toContain('Secret Co');
  });

  it('opens with the approved long boilerplate and groups security answers by category', () => {
    const c = catalogue();
    expect(c.intro).toEqual({ title: 'About Product vault', blocks: [{ type: 'paragraph', text: 'Vault governs sensitive data.' }] });
    expect(c.modules.find((m) => m.id === 'security.security')?.blocks).toEqual([
      { type: 'qa', question: 'How is data encrypted?', answer: 'AES-256 at rest, TLS 1.2+ in transit.' },
    ]);
  });

  it('pre-selects an industry’s solutions and cases, then the security sections', () => {
    expect(preselectionFor(catalogue(), 'healthcare')).toEqual([
      'solution.health-solution',
      'case.health-case',
      'security.security',
      'security.privacy',
    ]);
  });

  it('pre-selects the first few of a long list, so an industry page links to a proposal, not the catalogue', () => {
    const modules = [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `case.c${i}`, kind: 'case' as const, title: `Case ${i}`, detail: '', industries: ['healthcare'], blocks: [] })),
      ...Array.from({ length: 40 }, (_, i) => ({ id: `solution.s${i}`, kind: 'solution' as const, title: `Solution ${i}`, detail: '', industries: ['healthcare'], blocks: [] })),
      { id: 'security.security', kind: 'security' as const, title: 'Security', detail: '', industries: [], blocks: [] },
    ];
    expect(preselectionFor({ modules }, 'healthcare')).toEqual([
      ...Array.from({ length: preselectionLimits.solution }, (_, i) => `solution.s${i}`),
      ...Array.from({ length: preselectionLimits.case }, (_, i) => `case.c${i}`),
      'security.security',
    ]);
  });

  it('groups the modules by kind for the picker, empty kinds included', () => {
    expect(proposalModuleGroups(catalogue().modules).map((g) => [g.label, g.modules.map((m) => m.id)])).toEqual([
      ['Solutions', ['solution.health-solution', 'solution.retail-solution']],
      ['Reference cases', ['case.health-case']],
      ['Security and compliance', ['security.security', 'security.privacy']],
      ['RFP answers', ['rfp.dpa', 'rfp.encryption', 'rfp.sla']],
    ]);
  });

  it('embeds as JSON that cannot close its script element', () => {
    const c = catalogue();
    const json = catalogueJson({ ...c, intro: { title: '</script><b>', blocks: [] } });
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json) as ProposalCatalogue).intro.title).toBe('</script><b>');
  });
});

describe('proposal selection', () => {
  const c = catalogue();

  it('round-trips through the URL, keeping order and readable ids', () => {
    const selection = { customer: 'Acme Health & Co', moduleIds: ['case.health-case', 'solution.health-solution', 'rfp.sla'] };
    const query = selectionToQuery(selection);
    expect(query).toBe('?customer=Acme%20Health%20%26%20Co&modules=case.health-case,solution.health-solution,rfp.sla');
    expect(selectionFromQuery(query, c)).toEqual({ selection, missing: [] });
  });

  it('reports modules that are no longer approved instead of keeping them', () => {
    const { selection, missing } = selectionFromQuery('?modules=case.stale-case,rfp.sla,rfp.sla', c);
    expect(selection.moduleIds).toEqual(['rfp.sla']);
    expect(missing).toEqual(['case.stale-case']);
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
  const selection = { customer: 'Acme Health', moduleIds: ['case.health-case', 'security.privacy', 'solution.health-solution'] };
  const doc = assembleProposal(c, selection, new Date('2026-11-23T00:00:00Z'));

  it('puts the introduction first and the modules in the chosen order', () => {
    expect(doc.title).toBe('Product vault for Acme Health');
    expect(doc.byline).toBe('Prepared for Acme Health by Kestrel Data · 23 November 2026');
    expect(doc.sections.map((s) => s.id)).toEqual(['intro', 'case.health-case', 'security.privacy', 'solution.health-solution']);
  });

  it('exports Markdown with contents, metrics, quotes, answers and customer links', () => {
    const markdown = proposalMarkdown(doc);
    expect(markdown).toContain('# Product vault for Acme Health\n\n_Prepared for Acme Health by Kestrel Data · 23 November 2026_');
    expect(markdown).toContain('## Contents\n\n1. About Product vault\n2. Clinic Co passes audits in a week\n3. Privacy\n4. PHI governance');
    expect(markdown).toContain('- **2 days** Faster close');
    expect(markdown).toContain('> “Audits are boring now.”\n>\n> — Ana Ruiz, CISO, Clinic Co');
    expect(markdown).toContain('### Do you sign a DPA?\n\nYes, our standard DPA.');
    expect(markdown).toContain('[Read the Clinic Co case](https://hub.example/cases/health-case/)');
    expect(markdown.indexOf('## Clinic Co passes')).toBeLessThan(markdown.indexOf('## Privacy'));
  });

  it('names files after the product and the customer', () => {
    expect(proposalFileName(c, selection, 'md')).toBe('vault-proposal-acme-health.md');
    expect(proposalFileName(c, { customer: 'Café Zürich', moduleIds: [] }, 'docx')).toBe('vault-proposal-cafe-zurich.docx');
    expect(proposalFileName(c, { customer: '', moduleIds: [] }, 'md')).toBe('vault-proposal.md');
  });

  it('exports a Word document with the same sections', async () => {
    const zip = unzipSync(new Uint8Array(await Packer.toBuffer(proposalDocx(doc, 'Kestrel Data'))));
    const body = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
    for (const text of ['Product vault for Acme Health', 'Clinic Co passes audits in a week', 'Do you sign a DPA?', 'PHI governance']) {
      expect(body).toContain(text);
    }
  });
});
