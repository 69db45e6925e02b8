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

/** How a status is named on pages. */
export const statusLabels: Record<Governance['status'], string> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

/**
 * What one item on a page must say about its governance, the page having said its own once (its
 * governance bar: approved, customer-facing, owner, review by). Only what matters to the reader of
 * that item: that it must not be sent (internal, where the page is not), that it is not approved (a
 * preview), or that its review is due soon or overdue, then with the owner to ask. Undefined when
 * there is nothing to say, which is the usual case.
 */
export interface GovernanceNotice {
  internal: boolean;
  /** The status's name, when it is not "Approved". */
  status: string | undefined;
  review: { owner: string; freshness: Exclude<Freshness, 'current'>; label: string; dateIso: string; dateLabel: string } | undefined;
}

export function governanceNotice(
  item: GovernanceView,
  page: { audience: Governance['audience'] } = { audience: 'public' },
): GovernanceNotice | undefined {
  const internal = item.audience === 'internal' && page.audience !== 'internal';
  // Status, owner and dates exist only where governance may be shown (never in a customer's build).
  const status = item.shown && item.status !== 'approved' ? statusLabels[item.status] : undefined;
  const review =
    item.shown && item.freshness !== 'current'
      ? {
          owner: item.owner,
          freshness: item.freshness,
          label: item.freshnessLabel,
          dateIso: item.reviewByIso,
          dateLabel: item.reviewByLabel,
        }
      : undefined;
  return internal || status || review ? { internal, status, review } : undefined;
}

/**
 * The statement a toolkit page makes once for all its cards, so they need not repeat it. A public
 * build holds nothing internal, so its statement does not mention the internal mark.
 */
export function cardsStatement(audience: BuildAudience): string {
  return audience === 'internal'
    ? 'Cards are customer-facing unless marked “Internal, do not send”, and name an owner only when a review is due.'
    : 'Everything here is approved, current and customer-facing.';
}
