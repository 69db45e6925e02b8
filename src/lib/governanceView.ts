import type { BuildAudience, Freshness, GateReason, Governance } from './gating';
import { daysUntilReview, freshness } from './gating';
import { formatDate } from './text/dates';

/** What a reader needs to trust a block at a glance: who owns it, whether it is approved and current. */
export interface GovernanceView {
  status: Governance['status'];
  owner: string;
  audience: Governance['audience'];
  reviewByIso: string;
  reviewByLabel: string;
  freshness: Freshness;
  freshnessLabel: string;
  updatedLabel: string | undefined;
  gateReasons: GateReason[];
  /** Whether owner, status and review dates may be shown: only in staff builds, never to customers. */
  shown: boolean;
}

export { formatDate } from './text/dates';

const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * "today", "yesterday", "45 days ago", "4 months ago", "2 years ago". A change dated after the build's
 * day (a build pinned to an earlier day) reads "today", never as a day still to come.
 */
export function relativeDays(days: number): string {
  if (days < 60) return relativeTime.format(-Math.max(0, days), 'day');
  const months = Math.round(days / 30.4);
  return months < 24 ? relativeTime.format(-months, 'month') : relativeTime.format(-Math.round(days / 365), 'year');
}

export function governanceView(
  governance: Governance,
  options: { today: Date; dueSoonDays: number; lastUpdated?: Date | undefined; gateReasons: GateReason[]; shown?: boolean },
): GovernanceView {
  const state = freshness(governance.reviewBy, options.today, options.dueSoonDays);
  const days = daysUntilReview(governance.reviewBy, options.today);
  const freshnessLabel =
    state === 'expired'
      ? `Review overdue by ${-days} day${days === -1 ? '' : 's'}`
      : state === 'due soon'
        ? `Review due in ${days} day${days === 1 ? '' : 's'}`
        : `Current until ${formatDate(governance.reviewBy)}`;
  return {
    status: governance.status,
    owner: governance.owner,
    audience: governance.audience,
    reviewByIso: governance.reviewBy.toISOString().slice(0, 10),
    reviewByLabel: formatDate(governance.reviewBy),
    freshness: state,
    freshnessLabel,
    updatedLabel: options.lastUpdated ? `Updated ${relativeDays(-daysUntilReview(options.lastUpdated, options.today))}` : undefined,
    gateReasons: options.gateReasons,
    shown: options.shown ?? true,
  };
}

/**
 * Whether a card must still say something about its entry on a page that states once that what
 * it shows is approved and current: only when that is not so (a preview's draft, a review coming
 * due or overdue). Owner and review date otherwise stay on the entry's own page.
 */
export function needsNotice(view: Pick<GovernanceView, 'status' | 'freshness'>): boolean {
  return view.status !== 'approved' || view.freshness !== 'current';
}

/**
 * The statement a toolkit page makes once for all its cards, so they need not repeat it. A public
 * build holds nothing internal, so its statement does not mention the internal mark.
 */
export function cardsStatement(audience: BuildAudience): string {
  return audience === 'internal'
    ? 'Everything here is approved and current, and customer-facing unless marked “Internal, do not send”. A card shows its owner and review date only when a review is due.'
    : 'Everything here is approved, current and customer-facing.';
}
