import type { Product } from '../entries';
import { entryPath } from '../entries';
import type { ApiContext } from '../messagingApi';
import { absoluteUrl, envelopeFor, governanceOf, isoDay, messagingApiPath, namesOwners } from '../messagingApi';
import type { BrandAssetFormat, BrandImage } from './brandAssets';
import type { IndexDocument, KitDocument } from '../../schemas/api';
import { schemaUrl } from '../../schemas/api';
import type { MarketingKit } from './kit';
import type { KitDocumentKind } from './kit';
import { kitDocumentFormats, kitPaths } from './kit';
import { sectionMarkdown } from './markdown';
import { catalogPath } from '../catalogApi';

/** One image of a kit with the files the build produced for it. */
export interface RenderedImage {
  image: BrandImage;
  files: { path: string; fileName: string; width: number; height: number; format: BrandAssetFormat }[];
}

export function kitDocument(
  kit: MarketingKit,
  images: readonly RenderedImage[],
  documents: readonly KitDocumentKind[],
  context: ApiContext,
): KitDocument {
  const paths = kitPaths(kit.id);
  const link = (entry: { id: string; data: { title: string } } & Parameters<typeof entryPath>[0]) => ({
    id: entry.id,
    title: entry.data.title,
    url: absoluteUrl(context, entryPath(entry)),
  });
  const entry = kit.entry;
  return {
    ...envelopeFor(context, 'kit'),
    id: kit.id,
    kind: kit.kind,
    title: kit.title,
    angle: kit.angle,
    ...(entry.collection === 'campaigns'
      ? { campaign: { goal: entry.data.goal, theme: entry.data.theme, starts: isoDay(entry.data.starts), ends: isoDay(entry.data.ends) } }
      : {}),
    governance: governanceOf(entry, context),
    validUntil: isoDay(kit.validUntil.date),
    urls: {
      page: absoluteUrl(context, paths.page),
      whitepaper: absoluteUrl(context, paths.whitepaper),
      slides: absoluteUrl(context, paths.slides),
      archive: absoluteUrl(context, paths.archive),
      source: absoluteUrl(context, entryPath(entry)),
    },
    documents: documents.map((kind) => {
      const { path, fileName } = paths.document(kind);
      return { kind, format: kitDocumentFormats[kind].format, url: absoluteUrl(context, path), fileName };
    }),
    products: kit.products.map((p: Product) => ({ ...link(p), messaging: absoluteUrl(context, messagingApiPath(p.id)) })),
    industries: kit.industries.map(link),
    personas: kit.personas.map(link),
    whitepaper: {
      title: kit.whitepaper.title,
      subtitle: kit.whitepaper.subtitle,
      sections: kit.whitepaper.sections.map((s) => ({ id: s.id, heading: s.heading, markdown: sectionMarkdown(s) })),
    },
    event: {
      derived: kit.event.derived,
      talkTitle: kit.event.talkTitle,
      abstractShort: kit.event.abstractShort,
      abstractLong: kit.event.abstractLong,
      outline: kit.event.sections.map((s) => ({ title: s.title, points: s.points, speakerNotes: s.notes })),
    },
    socialPosts: kit.shortForm.posts.map((p) => ({
      channel: p.channel,
      text: p.text,
      characters: p.characters,
      limit: p.limit,
      derived: p.derived,
    })),
    emails: kit.shortForm.emails.map((e) => ({
      name: e.name,
      subject: e.subject,
      subjectCharacters: e.subjectCharacters,
      subjectLimit: e.subjectLimit,
      body: e.body,
      derived: e.derived,
    })),
    salesHandoff: {
      toolkits: kit.salesHandoff.toolkits.map((t) => ({
        product: t.product.id,
        variant: t.variant,
        url: absoluteUrl(context, t.path),
      })),
      cases: kit.salesHandoff.cases.map((c) => ({ id: c.id, title: c.title, customer: c.customer, url: absoluteUrl(context, c.path) })),
    },
    assets: images.map(({ image, files }) => ({
      name: image.name,
      role: image.role,
      alt: image.alt,
      files: files.map((f) => ({
        url: absoluteUrl(context, f.path),
        fileName: f.fileName,
        width: f.width,
        height: f.height,
        format: f.format,
      })),
    })),
    sources: kit.sourceEntries.map((source) => ({
      collection: source.collection,
      id: source.id,
      ...(namesOwners(context) ? { owner: source.data.owner } : {}),
      reviewBy: isoDay(source.data.reviewBy),
    })),
  };
}

export function apiIndexDocument(
  products: readonly { product: Product; houses: number }[],
  kits: readonly MarketingKit[],
  context: ApiContext,
): IndexDocument {
  return {
    ...envelopeFor(context, 'index'),
    schemas: {
      messaging: schemaUrl(context.siteUrl, 'messaging'),
      kit: schemaUrl(context.siteUrl, 'kit'),
      index: schemaUrl(context.siteUrl, 'index'),
      catalog: schemaUrl(context.siteUrl, 'catalog'),
    },
    catalog: absoluteUrl(context, catalogPath),
    messaging: products.map(({ product, houses }) => ({
      product: product.id,
      title: product.data.title,
      sets: houses,
      url: absoluteUrl(context, messagingApiPath(product.id)),
      page: absoluteUrl(context, `/messaging/${product.id}/`),
    })),
    kits: kits.map((kit) => ({
      id: kit.id,
      kind: kit.kind,
      title: kit.title,
      url: absoluteUrl(context, kitPaths(kit.id).api),
      page: absoluteUrl(context, kitPaths(kit.id).page),
      archive: absoluteUrl(context, kitPaths(kit.id).archive),
    })),
  };
}
