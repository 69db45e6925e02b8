import type { ContentChange } from '../lib/contentChanges';
import { changesByProduct, contentChanges } from '../lib/contentChanges';
import { contentHistory } from './gitDates';
import { getHub } from './hub';

export interface Changes {
  /** Every change this build may show, newest first. */
  all: ContentChange[];
  /** The same, by product id. */
  byProduct: Map<string, ContentChange[]>;
}

let changesPromise: Promise<Changes> | undefined;

async function loadChanges(): Promise<Changes> {
  const all = contentChanges(await getHub(), contentHistory());
  return { all, byProduct: changesByProduct(all) };
}

/** What changed, derived once per build from the gated hub and the content's history. */
export function getChanges(): Promise<Changes> {
  if (import.meta.env.DEV) return loadChanges();
  changesPromise ??= loadChanges();
  return changesPromise;
}
