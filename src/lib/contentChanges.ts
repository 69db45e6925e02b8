/**
 * What changed, for sales and for the record: approved entries added and updated, and entries
 * retired, read from the content's git history. Only entries the build may show take part (the
 * gated hub's entries of collections it has pages for, plus the retired entries its audience may
 * know of), so a build's list and feed never name what its readers may not see.
 */
import type { ContentHistory } from './gitHistory';
import type { Entry, Product } from './entries';
import { walkRefs } from './entries';
import type { Hub } from './hub';

export type ChangeKind = 'added' | 'updated' | 'retired';

export interface ContentChange {
  kind: ChangeKind;
  entry: Entry;
  title: string;
  /** Its page in this build; undefined for a retired entry, whose page is gone. */
  path: string | undefined;
  /** The products it is about (the product itself, or those it references), as this build shows them. */
  products: Product[];
  date: Date;
  commit: string;
  /** The commit's message, where it says more than a tool's default ("Update index.md"). */
  summary: string | undefined;
}

export const changeKindLabels: Record<ChangeKind, string> = { added: 'Added', updated: 'Updated', retired: 'Retired' };

/**
 * Messages tools write by themselves, or that say nothing: the web editor's "Update cases/x.md",
 * the CMS's `Update Cases “x”`, "Add files via upload", merges, and one-word notes like "wip".
 */
const emptySubjects = [
  /^(create|update|delete|add|rename|publish|unpublish)\s+\S+\.mdx?$/iu,
  /^(create|update|delete|publish|unpublish)\s+.+\s+“[^”]+”$/iu,
  /^add files via upload$/iu,
  /^merge\b/iu,
  /^(wip|fix|fixes|update|updates|updated|edit|edits|change|changes|typo|tweak|tweaks|minor|misc|save|sync|content)\W*$/iu,
];

export function isMeaningfulSubject(subject: string): boolean {
  const text = subject.trim();
  return text.length > 0 && !emptySubjects.some((pattern) => pattern.test(text));
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

/** A folder entry (`cases/x/index.md`) owns the files beside it, such as its logo. */
function isFolderEntry(path: string): boolean {
  return /\/index\.mdx?$/u.test(path);
}

function productsOf(hub: Hub, entry: Entry): Product[] {
  if (entry.collection === 'products') return hub.get(entry) ? [entry] : [];
  const products: Product[] = [];
  walkRefs(entry.data, '', (ref) => {
    const product = ref.collection === 'products' ? (hub.get(ref) as Product | undefined) : undefined;
    if (product && !products.includes(product)) products.push(product);
  });
  return products;
}

/**
 * Every change, newest first. An approved entry was added by the newest commit that made it
 * approved and updated by each commit after that; a retired entry was retired by the newest commit
 * that took its approval away (one never approved was never published, and is not listed). Drafts
 * and entries in review have no changes to report yet.
 */
export function contentChanges(hub: Hub, history: ContentHistory): ContentChange[] {
  const candidates = [...Object.values(hub.entries).flat(), ...hub.retired.filter((e) => !hub.get(e))] as Entry[];
  const byFile = new Map<string, Entry>();
  const byFolder = new Map<string, Entry>();
  for (const entry of candidates) {
    // Collections this build has no pages for (rep material in the customer's library) have no changes to tell.
    if (!entry.filePath || !hub.pagePath(entry) || !['approved', 'retired'].includes(entry.data.status)) continue;
    byFile.set(entry.filePath, entry);
    if (isFolderEntry(entry.filePath)) byFolder.set(folderOf(entry.filePath), entry);
  }

  const commitsOf = new Map<Entry, ContentHistory['commits']>();
  for (const commit of history.commits) {
    const touched = new Set<Entry>();
    for (const file of commit.files) {
      const entry = byFile.get(file) ?? byFolder.get(folderOf(file));
      if (entry) touched.add(entry);
    }
    for (const entry of touched) {
      const list = commitsOf.get(entry);
      if (list) list.push(commit);
      else commitsOf.set(entry, [commit]);
    }
  }

  const changes: ContentChange[] = [];
  const order = new Map(history.commits.map((c, i) => [c.hash, i]));
  for (const [entry, commits] of commitsOf) {
    const approval = commits.findIndex((c) => history.approvalChanges.has(`${c.hash} ${entry.filePath}`));
    if (approval === -1) continue;
    const retired = entry.data.status === 'retired';
    const shown = retired ? [commits[approval]] : commits.slice(0, approval + 1);
    const path = hub.get(entry) ? hub.pagePath(entry) : undefined;
    const products = productsOf(hub, entry);
    const title = (entry.data as { title?: string }).title ?? entry.id;
    shown.forEach((commit, i) => {
      if (!commit) return;
      changes.push({
        kind: retired ? 'retired' : i === approval ? 'added' : 'updated',
        entry,
        title,
        path,
        products,
        date: commit.date,
        commit: commit.hash,
        summary: isMeaningfulSubject(commit.subject) ? commit.subject : undefined,
      });
    });
  }
  return changes.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0) ||
      a.title.localeCompare(b.title, 'en'),
  );
}

/** Changes grouped by the products they are about (product id → changes, newest first), in one pass. */
export function changesByProduct(changes: readonly ContentChange[]): Map<string, ContentChange[]> {
  const byProduct = new Map<string, ContentChange[]>();
  for (const change of changes) {
    for (const product of change.products) {
      const list = byProduct.get(product.id);
      if (list) list.push(change);
      else byProduct.set(product.id, [change]);
    }
  }
  return byProduct;
}
