/**
 * What each build publishes. The customer's library (public build) holds only what a customer may
 * read; the rep's material (toolkits, discovery questions, objection handling, battlecards, email
 * templates, messaging, kits) goes to staff and, without internal entries, to partners.
 */
import type { CollectionName, DetailCollection } from './entries';
import { detailCollections, entryPath } from './entries';
import type { BuildAudience } from './gating';
import { isCustomerCollection } from './customerLinks';

/** Sections of the hub beyond the entry pages. */
export interface Sections {
  toolkits: boolean;
  messaging: boolean;
  kits: boolean;
  /**
   * Learning paths and practice compiled from the toolkits' entries: for the people who sell
   * (staff and resellers), never for customers.
   */
  training: boolean;
  /** Content health names files, owners and unpublished work: the product marketing team's view. */
  health: boolean;
  /** The editor at /admin/ saves to the company's own repository: staff only. */
  editor: boolean;
}

export interface Publication {
  /** Whom the build is for, and the name its header and page titles carry. */
  reader: 'staff' | 'partner' | 'customer';
  name: string;
  /**
   * How a copy button that hands out a link into this build says so ("Copy link (internal)"): such
   * a link is for colleagues, never for a customer, who gets the public site's address instead.
   */
  ownLinks: { tag: string; where: string };
  /** Collections whose entries have pages (and lists) in this build. */
  collections: readonly DetailCollection[];
  sections: Sections;
}

export function publicationFor(audience: BuildAudience): Publication {
  if (audience === 'public') {
    return {
      reader: 'customer',
      name: 'Customer library',
      ownLinks: { tag: 'public', where: 'the customer library' },
      collections: detailCollections.filter(isCustomerCollection),
      sections: { toolkits: false, messaging: false, kits: false, training: false, health: false, editor: false },
    };
  }
  const staff = audience === 'internal';
  return {
    reader: staff ? 'staff' : 'partner',
    name: staff ? 'GTM Hub' : 'Partner hub',
    ownLinks: staff ? { tag: 'internal', where: 'the internal hub' } : { tag: 'partners', where: 'the partner hub' },
    collections: detailCollections,
    sections: { toolkits: true, messaging: true, kits: true, training: true, health: staff, editor: staff },
  };
}

/** Where an entry's page is in a build of this publication; undefined when it has none there. */
export function publishedPath(
  publication: Publication,
  entry: { collection: CollectionName; id: string; data?: unknown },
): string | undefined {
  const published =
    entry.collection === 'messaging'
      ? publication.sections.messaging
      : (publication.collections as readonly CollectionName[]).includes(entry.collection);
  return published ? entryPath(entry) : undefined;
}

export interface NavigationLink {
  href: string;
  label: string;
}

/** The sections compiled for reps and marketers, where this build has them. */
function compiledSections(sections: Sections): NavigationLink[] {
  return [
    ...(sections.toolkits ? [{ href: '/toolkits/', label: 'Sales toolkits' }] : []),
    ...(sections.messaging ? [{ href: '/messaging/', label: 'Messaging' }] : []),
    ...(sections.kits ? [{ href: '/kits/', label: 'Marketing kits' }] : []),
    ...(sections.training ? [{ href: '/training/', label: 'Training' }] : []),
  ];
}

/** The main navigation: the compiled sections, or for a customer what we sell and who uses it. */
export function siteNavigation(publication: Publication): NavigationLink[] {
  const { sections, reader } = publication;
  const customerLinks = [
    { href: '/products/', label: 'Products' },
    { href: '/solutions/', label: 'Solutions' },
    { href: '/cases/', label: 'Customer stories' },
  ];
  return [
    ...(reader === 'customer' ? customerLinks : compiledSections(sections)),
    { href: '/library/', label: 'Library' },
    ...(sections.health ? [{ href: '/health/', label: 'Content health' }] : []),
  ];
}

/** Every listing this build has: one per collection with pages, then the compiled sections. */
export function listingLinks(publication: Publication, labels: Record<DetailCollection, { many: string }>): NavigationLink[] {
  return [...publication.collections.map((c) => ({ href: `/${c}/`, label: labels[c].many })), ...compiledSections(publication.sections)];
}

/** A solution's or campaign's marketing kit, where this build has kits. */
export function kitPagePath(publication: Publication, entryId: string): string | undefined {
  return publication.sections.kits ? `/kits/${entryId}/` : undefined;
}

export interface HomeRole {
  role: string;
  headline: string;
  text: string;
  links: NavigationLink[];
}

/** The home page's "start here" cards: one per team this build serves (a customer gets none). */
export function homeRoles(publication: Publication): HomeRole[] {
  const { sections } = publication;
  const roles: HomeRole[] = [];
  if (sections.toolkits) {
    roles.push({
      role: 'Sales',
      headline: 'Before a call',
      text: 'Open the toolkit for your product, filter by industry and buyer, and send the pitch, proof and case in one click.',
      links: [
        { href: '/toolkits/', label: 'Sales toolkits' },
        { href: '/cases/', label: 'Customer cases' },
        { href: '/objections/', label: 'Objection answers' },
        ...(sections.training ? [{ href: '/training/', label: 'Training and practice' }] : []),
      ],
    });
  }
  if (sections.kits) {
    roles.push({
      role: 'Marketing',
      headline: 'Planning a campaign',
      text: 'Pull approved messaging at fixed lengths and a ready kit of materials: whitepaper, talk, posts, emails and brand assets.',
      links: [
        { href: '/messaging/', label: 'Approved messaging' },
        { href: '/kits/', label: 'Marketing kits' },
        { href: '/campaigns/', label: 'Campaigns' },
      ],
    });
  }
  if (sections.health) {
    roles.push({
      role: 'Product marketing',
      headline: 'Publishing and upkeep',
      text: 'See what is stale, missing or orphaned, and which references point at unpublished content.',
      links: [
        { href: '/health/', label: 'Content health' },
        { href: '/library/', label: 'Content library' },
        { href: '/value-props/', label: 'Value propositions' },
      ],
    });
  }
  return roles;
}
