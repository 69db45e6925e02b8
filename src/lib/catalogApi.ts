/**
 * The catalog API document: every entry and toolkit page this build publishes, each with its page,
 * its Markdown twin, its governance and the text search matches against. Assistants (the MCP server
 * in `mcp/`) read this file and the twins, never the content source, so they can only hand out what
 * the build published, for the reader the build is for.
 */
import type { CatalogDocument } from '../schemas/api';
import type { DetailCollection, Entry } from './entries';
import { collectionLabels } from './entries';
import type { Hub } from './hub';
import { listingLine } from './listing';
import { entryTwin, twinPath } from './markdownTwin';
import type { TwinSettings } from './markdownTwin';
import type { ApiContext } from './messagingApi';
import { absoluteUrl, envelopeFor, governanceOf, isoDay } from './messagingApi';
import { searchRecordFor } from './search/record';
import type { ToolkitPage } from './toolkits/catalog';
import type { HighTicketToolkit } from './toolkits/highTicket';
import { isCustomerFacingProof } from './toolkits/items';
import type { QuickSaleToolkit } from './toolkits/quickSale';
import type { ReadyToSend } from './toolkits/readyToSend';
import { arrange } from './toolkits/relevance';

/** Where the catalog lives in every build. */
export const catalogPath = '/api/catalog.json';

type CatalogEntry = CatalogDocument['entries'][number];
type CatalogToolkit = CatalogDocument['toolkits'][number];

function catalogEntry(hub: Hub, entry: Entry, page: string, context: ApiContext, settings: TwinSettings): CatalogEntry {
  const data = entry.data as { title: string; lang: string };
  const { status, reviewBy, ...customerGovernance } = governanceOf(entry, context);
  const { filters } = searchRecordFor(entry, (ref) => (hub.get(ref)?.data as { title?: string } | undefined)?.title);
  return {
    type: entry.collection,
    typeLabel: collectionLabels[entry.collection].one,
    id: entry.id,
    title: data.title,
    summary: listingLine(entry),
    page: absoluteUrl(context, page),
    markdown: absoluteUrl(context, twinPath(page)),
    lang: data.lang,
    governance: hub.publication.reader === 'customer' ? customerGovernance : { status, reviewBy, ...customerGovernance },
    ...(entry.collection === 'rfp' ? { lastReviewed: isoDay(entry.data.lastReviewed) } : {}),
    products: filters.product ?? [],
    industries: filters.industry ?? [],
    personas: filters.persona ?? [],
    text: entryTwin(hub, entry, settings),
  };
}

function readyFields(ready: ReadyToSend | undefined, context: ApiContext): Pick<CatalogToolkit, 'pitches' | 'case'> {
  if (!ready) return { pitches: [] };
  const send = ready.case?.send;
  return {
    pitches: ready.pitches.map((p) => ({ ...(p.persona ? { persona: p.persona } : {}), label: p.label, text: p.text })),
    ...(send && ready.case
      ? {
          case: {
            customer: send.customer,
            summary: send.summary,
            metrics: send.metrics,
            ...(send.url ? { customerUrl: send.url } : {}),
            page: absoluteUrl(context, ready.case.href),
          },
        }
      : {}),
  };
}

/** A toolkit page as the catalog lists it: the "Ready to send" block, then its value propositions and objections as the page first shows them. */
export function catalogToolkit(
  page: ToolkitPage,
  toolkit: { kind: 'quick-sale'; model: QuickSaleToolkit } | { kind: 'high-ticket'; model: HighTicketToolkit },
  context: ApiContext,
): CatalogToolkit {
  const industry = page.industry && { id: page.industry.id, title: page.industry.data.title };
  const ready = toolkit.kind === 'quick-sale' ? toolkit.model.ready.find((r) => r.industry.id === industry?.id) : toolkit.model.ready;
  const filter = { industry: industry?.id };
  const sections = toolkit.kind === 'quick-sale' ? toolkit.model.sections : undefined;
  return {
    product: { id: page.product.id, title: page.product.data.title },
    variant: page.variant,
    ...(industry ? { industry } : {}),
    page: absoluteUrl(context, page.path),
    markdown: absoluteUrl(context, twinPath(page.path)),
    ...readyFields(ready, context),
    valueProps: sections
      ? arrange(sections.valueProps.items, filter, sections.valueProps.arrange).shown.map((vp) => ({
          title: vp.title,
          page: absoluteUrl(context, vp.href),
          personas: [...vp.targeting.personas],
          outcome: vp.outcome,
          proof: vp.proof.filter(isCustomerFacingProof).map((p) => ({
            claim: p.claim,
            ...(p.case
              ? { backing: `${p.case.customer}: ${p.case.customerUrl ?? absoluteUrl(context, p.case.href)}` }
              : p.source
                ? { backing: p.source }
                : {}),
          })),
        }))
      : [],
    objections: sections
      ? arrange(sections.objections.items, filter, sections.objections.arrange).shown.map((o) => ({
          objection: o.objection,
          response: o.response,
          page: absoluteUrl(context, o.href),
          personas: [...o.targeting.personas],
          audience: o.audience,
        }))
      : [],
  };
}

/** The catalog of this build: its entries (every published page's entry) and its toolkit pages. */
export function catalogDocument(
  hub: Hub,
  toolkits: readonly CatalogToolkit[],
  context: ApiContext,
  settings: TwinSettings,
): CatalogDocument {
  const entries = hub.publication.collections.flatMap((collection: DetailCollection) =>
    hub.entries[collection].flatMap((entry: Entry) => {
      const page = hub.pagePath(entry);
      return page ? [catalogEntry(hub, entry, page, context, settings)] : [];
    }),
  );
  return { ...envelopeFor(context, 'catalog'), reader: hub.publication.reader, entries, toolkits: [...toolkits] };
}
