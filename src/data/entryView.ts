import { hubConfig } from '../config/hub.config';
import type { Entry } from '../lib/entries';
import { collectionLabels } from '../lib/entries';
import type { GovernanceView } from '../lib/governanceView';
import { governanceView } from '../lib/governanceView';
import { isStaffView } from '../lib/gating';
import type { Hub } from '../lib/hub';
import type { FeedbackContext } from '../lib/feedback';
import { caseEmail } from '../lib/caseEmail';
import type { SearchEmail, SearchRecord } from '../lib/search/record';
import { recordForReaders, searchRecordFor } from '../lib/search/record';
import { twinPath } from '../lib/markdownTwin';
import { lastUpdated } from './gitDates';

/** Everything the page chrome needs about one entry: trust signals, search facets, feedback context. */
export interface EntryView {
  typeLabel: string;
  title: string;
  lang: string;
  governance: GovernanceView;
  search: SearchRecord;
  feedback: FeedbackContext['entry'];
  editUrl: string | undefined;
  /** The entry's page on the public site, "what the customer sees"; only staff pages link it. */
  customerUrl: string | undefined;
  /** The page's Markdown twin, announced in the head for tools that read text. */
  markdownTwin: string | undefined;
}

/** Owner, status and freshness of one entry, for listings that need no more than that. */
export function entryGovernance(hub: Hub, entry: Entry): GovernanceView {
  return governanceView(entry.data, {
    today: hub.scope.today,
    dueSoonDays: hubConfig.reviewDueSoonDays,
    lastUpdated: lastUpdated(entry.filePath),
    gateReasons: hub.reasons(entry),
    shown: isStaffView(hub.scope),
  });
}

/** A case's "copy for email" for its search result: the customer-facing form, or none. */
function searchEmail(hub: Hub, entry: Entry): SearchEmail | undefined {
  if (entry.collection !== 'cases') return undefined;
  const send = hub.customerCase(entry);
  return send && { ...caseEmail(send), anonymised: send.anonymised };
}

export function entryView(hub: Hub, entry: Entry): EntryView {
  const data = entry.data as { title: string; lang: string; owner: string };
  const staff = isStaffView(hub.scope);
  const page = hub.pagePath(entry);
  return {
    typeLabel: collectionLabels[entry.collection].one,
    title: data.title,
    lang: data.lang,
    governance: entryGovernance(hub, entry),
    search: recordForReaders(
      searchRecordFor(entry, (ref) => (hub.get(ref)?.data as { title?: string } | undefined)?.title, searchEmail(hub, entry)),
      staff,
    ),
    // Owners, file paths and the git host are the company's business, not a partner's or a customer's.
    feedback: staff
      ? { collection: entry.collection, id: entry.id, owner: data.owner, filePath: entry.filePath }
      : { collection: entry.collection, id: entry.id },
    editUrl: staff && entry.filePath ? `${hubConfig.editUrlBase}${entry.filePath}` : undefined,
    // Reps and partners send customers to the public site; the public site is that page itself.
    customerUrl: hub.publication.sections.toolkits ? hub.customerUrl(entry) : undefined,
    markdownTwin: page && twinPath(page),
  };
}
