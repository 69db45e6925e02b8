import { hubConfig } from '../config/hub.config';
import type { CustomerFacingCase } from './customerCase';
import { customerFacingCase } from './customerCase';
import { customerPageUrl } from './customerLinks';
import type { AllEntries, CollectionName, CustomerCase, Entry, EntryRef } from './entries';
import { collectionNames, walkRefs } from './entries';
import type { BuildScope, GateReason, Governance } from './gating';
import { gateReasons, isStaffView, isVisible } from './gating';
import type { Publication } from './publication';
import { publicationFor, publishedPath } from './publication';

/** A reference from a visible entry to one this build leaves out; reported, never silently dropped. */
export interface GatedReference {
  from: EntryRef;
  filePath: string | undefined;
  field: string;
  to: EntryRef;
  reasons: GateReason[];
  /** The cited entry's owner and dates, so whoever fixes it is known even though its page is not built. */
  toGovernance: Governance;
  toFilePath: string | undefined;
}

/** What is wrong with a gated reference, as the build and `npm run validate` both say it after the file. */
export function gatedReferenceProblem(ref: GatedReference): string {
  return (
    `field "${ref.field}" cites ${ref.to.collection}/${ref.to.id}, which this build leaves out ` +
    `(${ref.reasons.join(', ')}); the link is not shown. Approve or review that entry, or remove the reference.`
  );
}

/**
 * Everything one build may show, loaded once and shared by every page: lists per collection,
 * lookup by id, and reverse indexes built on first use so a page never scans a whole collection.
 */
export interface Hub {
  scope: BuildScope;
  /** Which collections have pages and which sections (toolkits, messaging, kits, health) exist. */
  publication: Publication;
  entries: AllEntries;
  /**
   * Retired entries this build's audience may know of (never internal ones outside the internal
   * build), so "what changed" can say they were retired. Published builds have no page for them.
   */
  retired: Entry[];
  gatedReferences: GatedReference[];
  get<C extends CollectionName>(ref: EntryRef<C>): Entry<C> | undefined;
  /** Resolves references to the entries this build shows, in the order given. */
  resolve<C extends CollectionName>(refs: readonly EntryRef<C>[] | undefined): Entry<C>[];
  /** Entries of `collection` whose `field` references the entry `targetId`. */
  referrers<C extends CollectionName>(collection: C, field: string, targetId: string): Entry<C>[];
  reasons(entry: Entry): GateReason[];
  /** The entry's page in this build, or undefined when this build has no page for it (show its title alone). */
  pagePath(entry: Entry): string | undefined;
  /** The public site every customer link points to. */
  publicSiteUrl: string;
  /**
   * Where readers report a problem or request content: the company's own issue tracker, in the
   * company's own builds only. Partners and customers cannot reach it, so their builds have none.
   */
  feedbackUrl: string | undefined;
  /** Where a customer reads the entry on the public site; undefined when they cannot. */
  customerUrl(entry: Entry): string | undefined;
  /**
   * The case as it may be sent to a customer (named, or in its approved anonymised form), or
   * undefined when it may not be sent at all. Derived once per case and shared by every output.
   */
  customerCase(entry: CustomerCase): CustomerFacingCase | undefined;
}

export interface HubOptions {
  /** Address of the public build; `hubConfig.publicSiteUrl` unless a test sets another. */
  publicSiteUrl?: string;
  /** The issue tracker's "new issue" address; `hubConfig.feedbackUrl` unless a test sets another. */
  feedbackUrl?: string;
}

function byTitle(a: Entry, b: Entry): number {
  const ta = String((a.data as { title?: string }).title ?? a.id);
  const tb = String((b.data as { title?: string }).title ?? b.id);
  return ta.localeCompare(tb, 'en');
}

/** Reasons that come from an entry's lifecycle, as opposed to who may read it. */
function isLifecycleReason(reason: GateReason): boolean {
  return reason !== 'internal only';
}

function refValues(value: unknown): EntryRef[] {
  const refs: EntryRef[] = [];
  walkRefs(value, '', (ref) => refs.push(ref));
  return refs;
}

/**
 * Fields that only the company's own staff may read, removed from the entries of every other build,
 * so no page, JSON or download of those builds can show them.
 */
function withoutStaffFields(entry: Entry, scope: BuildScope): Entry {
  if (scope.audience === 'internal' || entry.collection !== 'products') return entry;
  const { pricingNotes: _pricingNotes, ...data } = entry.data;
  return { ...entry, data };
}

export function buildHub(all: AllEntries, scope: BuildScope, options: HubOptions = {}): Hub {
  const publicSiteUrl = options.publicSiteUrl ?? hubConfig.publicSiteUrl;
  const publication = publicationFor(scope.audience);
  const everything = new Map<string, Entry>();
  const key = (ref: EntryRef) => `${ref.collection}/${ref.id}`;
  for (const name of collectionNames) for (const entry of all[name]) everything.set(key(entry), entry);

  const visible = new Map<string, Entry>();
  const entries = {} as Record<CollectionName, Entry[]>;
  for (const name of collectionNames) {
    const shown = all[name]
      .filter((entry) => isVisible(entry.data, scope))
      .map((entry) => withoutStaffFields(entry, scope))
      .sort(byTitle);
    entries[name] = shown;
    for (const entry of shown) visible.set(key(entry), entry);
  }

  const retired = collectionNames
    .flatMap((name) => all[name] as Entry[])
    .filter((entry) => entry.data.status === 'retired' && gateReasons(entry.data, scope).every(isLifecycleReason))
    .map((entry) => withoutStaffFields(entry, scope));

  const gatedReferences: GatedReference[] = [];
  for (const entry of visible.values()) {
    walkRefs(entry.data, '', (ref, field) => {
      if (visible.has(key(ref))) return;
      const target = everything.get(key(ref));
      // A reference to an entry that does not exist fails the build in the loader; here it is gated.
      if (!target) return;
      gatedReferences.push({
        from: { collection: entry.collection, id: entry.id },
        filePath: entry.filePath,
        field,
        to: ref,
        reasons: gateReasons(target.data, scope),
        toGovernance: target.data,
        toFilePath: target.filePath,
      });
    });
  }

  const referrerIndex = new Map<string, Map<string, Entry[]>>();
  const customerCases = new Map<string, CustomerFacingCase | undefined>();

  return {
    scope,
    publication,
    entries: entries as AllEntries,
    retired,
    gatedReferences,
    get: <C extends CollectionName>(ref: EntryRef<C>) => visible.get(key(ref)) as Entry<C> | undefined,
    resolve: <C extends CollectionName>(refs: readonly EntryRef<C>[] | undefined) =>
      (refs ?? []).map((ref) => visible.get(key(ref))).filter((e): e is Entry<C> => e !== undefined),
    referrers: <C extends CollectionName>(collection: C, field: string, targetId: string) => {
      const indexKey = `${collection}.${field}`;
      let index = referrerIndex.get(indexKey);
      if (!index) {
        index = new Map();
        for (const entry of entries[collection]) {
          const value = (entry.data as Record<string, unknown>)[field];
          for (const ref of refValues(value)) {
            const list = index.get(ref.id) ?? [];
            if (!list.includes(entry)) list.push(entry);
            index.set(ref.id, list);
          }
        }
        referrerIndex.set(indexKey, index);
      }
      return (index.get(targetId) ?? []) as Entry<C>[];
    },
    reasons: (entry: Entry) => gateReasons(entry.data, scope),
    pagePath: (entry: Entry) => publishedPath(publication, entry),
    publicSiteUrl,
    feedbackUrl: isStaffView(scope) ? (options.feedbackUrl ?? hubConfig.feedbackUrl) : undefined,
    customerUrl: (entry: Entry) => customerPageUrl(entry, scope, publicSiteUrl),
    customerCase: (entry: CustomerCase) => {
      if (!visible.has(key(entry))) return undefined;
      if (!customerCases.has(entry.id)) {
        const industry = visible.get(key(entry.data.industry)) as Entry<'industries'> | undefined;
        customerCases.set(
          entry.id,
          customerFacingCase(entry, { scope, publicSiteUrl, industryTitle: industry?.data.title ?? entry.data.industry.id }),
        );
      }
      return customerCases.get(entry.id);
    },
  };
}
