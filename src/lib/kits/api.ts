import type { Product } from '../entries';
import { entryPath } from '../entries';
import type { ApiContext } from '../messagingApi';
import { absoluteUrl, envelopeFor, governanceOf, isoDay, messagingApiPath, messagingSchema, namesOwners } from '../messagingApi';
import type { BrandImage } from './brandAssets';
import { brandAssetFormats } from '../../schemas/values';
import type { JsonSchema } from './jsonSchema';
import {
  anyText,
  apiVersion,
  bool,
  count,
  entryLink,
  envelope,
  governance,
  isoDate,
  list,
  object,
  oneOf,
  schemaDocument,
  schemaUrl,
  text,
  url,
} from './jsonSchema';
import type { MarketingKit } from './kit';
import { kitPaths } from './kit';
import { sectionMarkdown } from './markdown';
import { channelLabels } from './shortForm';

/** One image of a kit with the files the build produced for it. */
export interface RenderedImage {
  image: BrandImage;
  files: { path: string; fileName: string; width: number; height: number; format: string }[];
}

export function kitDocument(kit: MarketingKit, images: readonly RenderedImage[], context: ApiContext) {
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
      files: files.map((f) => ({ url: absoluteUrl(context, f.path), fileName: f.fileName, width: f.width, height: f.height, format: f.format })),
    })),
    sources: kit.sourceEntries.map((source) => ({
      collection: source.collection,
      id: source.id,
      ...(namesOwners(context) ? { owner: source.data.owner } : {}),
      reviewBy: isoDay(source.data.reviewBy),
    })),
  };
}

function kitSchema(siteUrl: string): JsonSchema {
  const id = schemaUrl(siteUrl, 'kit');
  return schemaDocument(
    id,
    `GTM Hub marketing kit, version ${apiVersion}`,
    'One campaign or solution as every format marketing needs: whitepaper, event talk, social posts, emails, sales handoff and brand assets, compiled from approved sources. `event.derived` (and `derived` on posts and emails) is true where the entry had no hand-written version and the copy was composed from approved messaging.',
    object(
      {
        ...envelope(id),
        id: text,
        kind: oneOf('campaign', 'solution'),
        title: text,
        angle: text,
        campaign: object({ goal: text, theme: text, starts: isoDate, ends: isoDate }),
        governance,
        validUntil: isoDate,
        urls: object({ page: url, whitepaper: url, slides: url, archive: url, source: url }),
        products: list(object({ id: text, title: text, url, messaging: url }), 1),
        industries: list(entryLink),
        personas: list(entryLink),
        whitepaper: object({
          title: text,
          subtitle: text,
          sections: list(object({ id: text, heading: text, markdown: text }), 1),
        }),
        event: object({
          derived: bool,
          talkTitle: text,
          abstractShort: text,
          abstractLong: text,
          outline: list(object({ title: text, points: list(text), speakerNotes: anyText }), 1),
        }),
        socialPosts: list(
          object({ channel: oneOf(...Object.keys(channelLabels)), text, characters: count, limit: count, derived: bool }),
        ),
        emails: list(
          object({ name: text, subject: text, subjectCharacters: count, subjectLimit: count, body: text, derived: bool }),
        ),
        salesHandoff: object({
          toolkits: list(object({ product: text, variant: oneOf('quick-sale', 'high-ticket'), url })),
          cases: list(object({ id: text, title: text, customer: text, url })),
        }),
        assets: list(
          object({
            name: text,
            role: oneOf('Campaign hero', 'Customer logo'),
            alt: text,
            files: list(object({ url, fileName: text, width: count, height: count, format: oneOf(...brandAssetFormats) }), 1),
          }),
        ),
        sources: list(object({ collection: text, id: text, owner: text, reviewBy: isoDate }, ['owner']), 1),
      },
      ['campaign'],
    ),
  );
}

export function apiIndexDocument(
  products: readonly { product: Product; houses: number }[],
  kits: readonly MarketingKit[],
  context: ApiContext,
) {
  return {
    ...envelopeFor(context, 'index'),
    schemas: {
      messaging: schemaUrl(context.siteUrl, 'messaging'),
      kit: schemaUrl(context.siteUrl, 'kit'),
      index: schemaUrl(context.siteUrl, 'index'),
    },
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

function indexSchema(siteUrl: string): JsonSchema {
  const id = schemaUrl(siteUrl, 'index');
  return schemaDocument(
    id,
    `GTM Hub API index, version ${apiVersion}`,
    'Every messaging and kit document this build publishes, with the schema each follows.',
    object({
      ...envelope(id),
      schemas: object({ messaging: url, kit: url, index: url }),
      messaging: list(object({ product: text, title: text, sets: count, url, page: url })),
      kits: list(object({ id: text, kind: oneOf('campaign', 'solution'), title: text, url, page: url, archive: url })),
    }),
  );
}

export const apiSchemaNames = ['messaging', 'kit', 'index'] as const;
export type ApiSchemaName = (typeof apiSchemaNames)[number];

/** The schema the API serves at /api/schema/<name>.v1.json. */
export function apiSchema(name: ApiSchemaName, siteUrl: string): JsonSchema {
  switch (name) {
    case 'messaging':
      return messagingSchema(siteUrl);
    case 'kit':
      return kitSchema(siteUrl);
    case 'index':
      return indexSchema(siteUrl);
  }
}
