import type { KitEntry } from './sources';

/** Hand-written kit material as the schema (src/schemas/kitMaterials.ts) types it on an entry. */
export type EventMaterial = NonNullable<KitEntry['data']['event']>;
export type SocialPost = KitEntry['data']['socialPosts'][number];
export type EmailCopy = KitEntry['data']['emails'][number];
