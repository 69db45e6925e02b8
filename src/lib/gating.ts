/**
 * Who may see an entry. Pure rules: the build scope decides, the entry's governance fields answer.
 */
import { audiences, buildAudiences, lifecycleStatuses } from '../schemas/values';

export type LifecycleStatus = (typeof lifecycleStatuses)[number];
export type Audience = (typeof audiences)[number];
export type BuildAudience = (typeof buildAudiences)[number];

export interface Governance {
  status: LifecycleStatus;
  owner: string;
  reviewBy: Date;
  audience: Audience;
}

export interface BuildScope {
  /** `preview` (astro dev) shows everything with banners; `published` shows only what may go out. */
  mode: 'preview' | 'published';
  /** Only `internal` builds hold internal entries; `partner` and `public` builds leave them out entirely. */
  audience: BuildAudience;
  /** The day the build runs; review-by dates are compared with it. */
  today: Date;
}

export type GateReason = 'draft' | 'in review' | 'retired' | 'past review-by' | 'internal only';

const statusReason: Record<LifecycleStatus, GateReason | undefined> = {
  draft: 'draft',
  review: 'in review',
  retired: 'retired',
  approved: undefined,
};

const MS_PER_DAY = 86_400_000;

function startOfDayUtc(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole days from `today` until `reviewBy`; negative once the date has passed. */
export function daysUntilReview(reviewBy: Date, today: Date): number {
  return Math.round((startOfDayUtc(reviewBy) - startOfDayUtc(today)) / MS_PER_DAY);
}

/** Every reason that keeps an entry out of a published build of this scope (empty = publishable). */
export function gateReasons(entry: Governance, scope: Pick<BuildScope, 'audience' | 'today'>): GateReason[] {
  const reasons: GateReason[] = [];
  const fromStatus = statusReason[entry.status];
  if (fromStatus) reasons.push(fromStatus);
  // The review-by day itself is still valid: content expires the day after.
  if (daysUntilReview(entry.reviewBy, scope.today) < 0) reasons.push('past review-by');
  if (scope.audience !== 'internal' && entry.audience === 'internal') reasons.push('internal only');
  return reasons;
}

export function isPublishable(entry: Governance, scope: Pick<BuildScope, 'audience' | 'today'>): boolean {
  return gateReasons(entry, scope).length === 0;
}

/**
 * Whether an entry may go into material a customer reads (a proposal, a kit, messaging): approved,
 * within its review-by date and customer-facing, whatever the build. An internal build shows
 * internal entries to staff; that does not make them fit to hand to a customer.
 */
export function isCustomerReady(entry: Governance, scope: Pick<BuildScope, 'today'>): boolean {
  return isPublishable(entry, { audience: 'public', today: scope.today });
}

/**
 * Whether an entry this build shows may appear in its customer-facing material. A published build
 * asks {@link isCustomerReady}; a preview shows drafts and expired entries flagged with a banner, so
 * there only the audience decides. An internal-only entry never qualifies, not even in a preview.
 */
export function isCustomerFacing(entry: Governance, scope: Pick<BuildScope, 'mode' | 'today'>): boolean {
  return scope.mode === 'preview' ? entry.audience === 'public' : isCustomerReady(entry, scope);
}

/** Whether the entry appears at all in this build: previews show everything, flagged. */
export function isVisible(entry: Governance, scope: BuildScope): boolean {
  return scope.mode === 'preview' || isPublishable(entry, scope);
}

export type Freshness = 'current' | 'due soon' | 'expired';

export function freshness(reviewBy: Date, today: Date, dueSoonDays: number): Freshness {
  const days = daysUntilReview(reviewBy, today);
  if (days < 0) return 'expired';
  if (days <= dueSoonDays) return 'due soon';
  return 'current';
}

/**
 * Whether pages of this build show who owns an entry, its status and its review date, and link to
 * the internal issue tracker: staff builds and previews do; partner and public builds do not.
 */
export function isStaffView(scope: Pick<BuildScope, 'mode' | 'audience'>): boolean {
  return scope.mode === 'preview' || scope.audience === 'internal';
}

function isBuildAudience(value: string): value is BuildAudience {
  return (buildAudiences as readonly string[]).includes(value);
}

/** Reads the build scope from the environment the build runs in: GTM_AUDIENCE, GTM_TODAY and GTM_PREVIEW. */
export function scopeFromEnvironment(env: Record<string, string | undefined>, isDev: boolean): BuildScope {
  const audience = env['GTM_AUDIENCE'] ?? 'internal';
  if (!isBuildAudience(audience)) {
    throw new Error(`GTM_AUDIENCE must be one of ${buildAudiences.map((a) => `"${a}"`).join(', ')}, not "${audience}".`);
  }
  const today = env['GTM_TODAY'] ? new Date(`${env['GTM_TODAY']}T00:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime())) {
    throw new Error(`GTM_TODAY must be a date written as YYYY-MM-DD, not "${env['GTM_TODAY']}".`);
  }
  // GTM_PREVIEW=1 builds what the dev server shows, for a reviewer to open from a pull request.
  const preview = isDev || env['GTM_PREVIEW'] === '1';
  if (preview && audience !== 'internal') {
    throw new Error(
      `GTM_PREVIEW shows drafts and internal entries, so it builds the internal hub only: unset GTM_AUDIENCE ("${audience}").`,
    );
  }
  return { mode: preview ? 'preview' : 'published', audience, today };
}
