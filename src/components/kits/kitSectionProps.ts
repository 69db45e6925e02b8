import type { EntryView } from '../../data/entryView';
import type { KitImageFiles } from '../../data/kitData';
import type { Entry } from '../../lib/entries';
import type { GovernanceNotice } from '../../lib/governanceView';
import type { MarketingKit } from '../../lib/kits/kit';
import type { kitPaths } from '../../lib/kits/kit';

/** What every section of a kit page is given: the kit, its page's view, and how to ask for more. */
export interface KitSectionProps {
  kit: MarketingKit;
  view: EntryView;
  paths: ReturnType<typeof kitPaths>;
  images: KitImageFiles[];
  /** What an entry the kit draws on adds to the page's governance bar (see `governanceNotice`). */
  noticeOf: (entry: Entry) => GovernanceNotice | undefined;
  /** A "Request it" link for what the kit lacks; undefined where the build has no way to ask. */
  request: (what: string) => string | undefined;
}
