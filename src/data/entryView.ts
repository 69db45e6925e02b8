import { hubConfig } from '../config/hub.config';
import type { Entry } from '../lib/entries';
import { collectionLabels } from '../lib/entries';
import type { GovernanceView } from '../lib/governanceView';
import { governanceView } from '../lib/governanceView';
import type { Hub } from '../lib/hub';
import type { SearchRecord } from '../lib/searchRecord';
import { searchRecordFor } from '../lib/searchRecord';
import { lastUpdated } from './gitDates';

/** Everything the page chrome needs about one entry: trust signals, search facets, feedback context. */
export interface EntryView {
  typeLabel: string;
  title: string;
  lang: string;
  governance: GovernanceView;
  search: SearchRecord;
  feedback: { collection: string; id: string; owner: string; filePath?: string | undefined };
  editUrl: string | undefined;
}

export function entryView(hub: Hub, entry: Entry): EntryView {
  const data = entry.data as { title: string; lang: string; owner: string };
  return {
    typeLabel: collectionLabels[entry.collection].one,
    title: data.title,
    lang: data.lang,
    governance: governanceView(entry.data, {
      today: hub.scope.today,
      dueSoonDays: hubConfig.reviewDueSoonDays,
      lastUpdated: lastUpdated(entry.filePath),
      gateReasons: hub.reasons(entry),
    }),
    search: searchRecordFor(entry, (ref) => (hub.get(ref)?.data as { title?: string } | undefined)?.title),
    feedback: { collection: entry.collection, id: entry.id, owner: data.owner, filePath: entry.filePath },
    editUrl: entry.filePath ? `${hubConfig.editUrlBase}${entry.filePath}` : undefined,
  };
}
