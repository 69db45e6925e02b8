import type { Entry, Product } from './entries';
import { entryPath } from './entries';
import type { BuildScope } from './gating';
import { isStaffView } from './gating';
import type { ApiSchemaName, MessagingDocument } from '../schemas/api';
import { apiVersion, schemaUrl } from '../schemas/api';
import type { MessagingHouse } from './messaging';

/**
 * The messaging API document: what CRM, email and slide tools read instead of scraping the page.
 * Only what this build shows is in it, so a public build's documents hold public content only.
 */
export interface ApiContext {
  siteUrl: string;
  scope: Pick<BuildScope, 'audience' | 'today' | 'mode'>;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function absoluteUrl(context: ApiContext, path: string): string {
  return new URL(path, context.siteUrl).toString();
}

export function envelopeFor<N extends ApiSchemaName>(context: ApiContext, name: N) {
  return {
    $schema: schemaUrl(context.siteUrl, name),
    version: apiVersion as typeof apiVersion,
    audience: context.scope.audience,
    builtOn: isoDay(context.scope.today),
  };
}

/** Whether documents of this build name who owns each entry: the same rule as every page (staff view). */
export function namesOwners(context: ApiContext): boolean {
  return isStaffView(context.scope);
}

export function governanceOf(entry: Entry, context: ApiContext) {
  const { status, owner, reviewBy, audience } = entry.data;
  return { status, ...(namesOwners(context) ? { owner } : {}), reviewBy: isoDay(reviewBy), audience };
}

export function messagingApiPath(productId: string): string {
  return `/api/messaging/${productId}.json`;
}

function houseDocument(house: MessagingHouse, context: ApiContext) {
  const link = (target: { id: string; title: string; path: string }) => ({
    id: target.id,
    title: target.title,
    url: absoluteUrl(context, target.path),
  });
  return {
    id: house.entry.id,
    lang: house.lang,
    governance: governanceOf(house.entry, context),
    positioning: { statement: house.statement, ...house.positioning },
    tagline: house.tagline,
    elevatorPitch: house.elevatorPitch,
    boilerplates: Object.fromEntries(
      house.boilerplates.map((b) => [b.length, { text: b.text, words: b.words, limit: b.limit }]),
    ) as MessagingDocument['messaging'][number]['boilerplates'],
    keyMessages: house.pillars.map((pillar) => ({
      message: pillar.message,
      proofPoints: pillar.proofPoints.map((proof) => ({
        claim: proof.claim,
        ...(proof.source ? { source: proof.source } : {}),
        ...(proof.case ? { case: { id: proof.case.id, customer: proof.case.customer, url: absoluteUrl(context, proof.case.path) } } : {}),
      })),
    })),
    personaVariants: house.personaVariants.map((v) => ({ persona: link(v.target), message: v.message })),
    industryVariants: house.industryVariants.map((v) => ({ industry: link(v.target), message: v.message })),
  };
}

export function messagingDocument(product: Product, houses: readonly MessagingHouse[], context: ApiContext): MessagingDocument {
  return {
    ...envelopeFor(context, 'messaging'),
    product: { id: product.id, title: product.data.title, url: absoluteUrl(context, entryPath(product)) },
    page: absoluteUrl(context, `/messaging/${product.id}/`),
    messaging: houses.map((house) => houseDocument(house, context)),
  };
}
