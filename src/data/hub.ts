import { getCollection } from 'astro:content';
import type { AllEntries } from '../lib/entries';
import { collectionNames } from '../lib/entries';
import type { Hub } from '../lib/hub';
import { buildHub, gatedReferenceProblem } from '../lib/hub';
import type { BuildScope } from '../lib/gating';
import { scopeFromEnvironment } from '../lib/gating';

let hubPromise: Promise<Hub> | undefined;

async function loadHub(): Promise<Hub> {
  const loaded = await Promise.all(collectionNames.map((name) => getCollection(name)));
  const all = Object.fromEntries(collectionNames.map((name, i) => [name, loaded[i]])) as AllEntries;
  const hub = buildHub(all, buildScope());
  for (const ref of hub.gatedReferences) {
    console.warn(`[gtm-hub] ${ref.filePath ?? `${ref.from.collection}/${ref.from.id}`}: ${gatedReferenceProblem(ref)}`);
  }
  return hub;
}

/** Who this build is for and which day it runs, read from the environment. */
export function buildScope(): BuildScope {
  return scopeFromEnvironment(process.env, import.meta.env.DEV);
}

/** The one shared, gated view of all content for this build: every page reads from it. */
export function getHub(): Promise<Hub> {
  // The dev server must see edits at once; a build reads content once and shares it.
  if (import.meta.env.DEV) return loadHub();
  hubPromise ??= loadHub();
  return hubPromise;
}
