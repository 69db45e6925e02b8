import type { ContentChange } from '../lib/contentChanges';
import { contentChanges } from '../lib/contentChanges';
import { contentHistory } from './gitDates';
import { getHub } from './hub';

let changesPromise: Promise<ContentChange[]> | undefined;

/** What changed, newest first, derived once per build from the gated hub and the content's history. */
export function getChanges(): Promise<ContentChange[]> {
  if (import.meta.env.DEV) return getHub().then((hub) => contentChanges(hub, contentHistory()));
  changesPromise ??= getHub().then((hub) => contentChanges(hub, contentHistory()));
  return changesPromise;
}
