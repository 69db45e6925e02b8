/**
 * The editor's configuration for this hub: its collections, their schemas and the repository it
 * saves to. The mapping from schema to widget is src/lib/editorConfig.ts.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { hubConfig } from '../config/hub.config';
import type { CollectionName } from '../lib/entries';
import { collectionLabels, collectionNames } from '../lib/entries';
import type { EditorConfig } from '../lib/editorConfig';
import { editorConfig } from '../lib/editorConfig';
import { collectionSchemas } from '../schemas/collections';
import { brandLogoHref } from './brandLogo';
import { contentRoot } from './contentRoot';

/**
 * The editor needs an image field's shape, not the file behind it (Astro's image() resolves files
 * while it loads entries), so a path string stands in for it.
 */
const imagePath = { image: (() => z.string()) as unknown as SchemaContext['image'] };

export const editorSchemas = Object.fromEntries(
  collectionNames.map((name): [CollectionName, z.ZodType] => [name, collectionSchemas[name](imagePath)]),
) as Record<CollectionName, z.ZodType>;

export function hubEditorConfig(siteUrl: string): EditorConfig {
  return editorConfig({
    contentDir: contentRoot().replace(/^\.\//u, '').replace(/\/$/u, ''),
    feedbackUrl: hubConfig.feedbackUrl,
    siteUrl,
    title: `${hubConfig.brand.company} GTM Hub editor`,
    logo: brandLogoHref,
    collections: collectionNames.map((name) => ({ name, label: collectionLabels[name], schema: editorSchemas[name] })),
  });
}
