/**
 * The static JSON API's documents, declared once: the builders in src/lib return these types, and
 * the JSON Schemas the build serves at /api/schema/<name>.v1.json are generated from them.
 */
import { z } from 'astro/zod';
import {
  audiences,
  boilerplateLengths,
  brandAssetFormats,
  buildAudiences,
  healthProblemKinds,
  kitDocumentKinds,
  kitKinds,
  lifecycleStatuses,
  socialChannels,
  toolkitVariants,
} from './values';

/** A breaking change gets a new version, and both stay served. */
export const apiVersion = 1;
export const apiSchemaNames = ['messaging', 'kit', 'index', 'catalog', 'health'] as const;
export type ApiSchemaName = (typeof apiSchemaNames)[number];

export function schemaUrl(siteUrl: string, name: ApiSchemaName): string {
  return new URL(`/api/schema/${name}.v${apiVersion}.json`, siteUrl).toString();
}

// Patterns rather than formats: a strict validator needs no format plugin to check them.
const text = z.string().min(1);
const count = z.number().int().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const url = z.string().regex(/^https?:\/\/\S+$/u);

/** An entry another document points at: its id, its title and where its page is. */
const entryLink = z.strictObject({ id: text, title: text, url });

const governance = z.strictObject({
  status: z.enum(lifecycleStatuses),
  /** Named only in the company's own (internal) build. */
  owner: text.optional(),
  reviewBy: isoDate,
  audience: z.enum(audiences),
});

/** What every document of this API starts with. */
function envelope(siteUrl: string, name: ApiSchemaName) {
  return {
    $schema: z.literal(schemaUrl(siteUrl, name)),
    version: z.literal(apiVersion),
    audience: z.enum(buildAudiences),
    builtOn: isoDate,
  };
}

const boilerplate = z.strictObject({ text, words: count, limit: count });
const proofPoint = z.strictObject({
  claim: text,
  source: text.optional(),
  case: z.strictObject({ id: text, customer: text, url }).optional(),
});

function messagingDocumentSchema(siteUrl: string) {
  return z
    .strictObject({
      ...envelope(siteUrl, 'messaging'),
      product: entryLink,
      page: url,
      messaging: z.array(
        z.strictObject({
          id: text,
          lang: z
            .string()
            .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u)
            .describe('BCP 47 language tag, e.g. en or zh-CN.'),
          governance,
          positioning: z.strictObject({
            statement: text,
            target: text,
            need: text,
            category: text,
            value: text,
            alternatives: text,
            differentiator: text,
          }),
          tagline: text,
          elevatorPitch: text,
          boilerplates: z.strictObject(
            Object.fromEntries(boilerplateLengths.map((length) => [length, boilerplate])) as Record<
              (typeof boilerplateLengths)[number],
              typeof boilerplate
            >,
          ),
          keyMessages: z.array(z.strictObject({ message: text, proofPoints: z.array(proofPoint) })).min(1),
          personaVariants: z.array(z.strictObject({ persona: entryLink, message: text })),
          industryVariants: z.array(z.strictObject({ industry: entryLink, message: text })),
        }),
      ),
    })
    .meta({
      title: `GTM Hub messaging, version ${apiVersion}`,
      description:
        'Approved messaging for one product: positioning, tagline, boilerplates at fixed lengths, key messages with proof, and variants per persona and industry. A product without approved messaging has an empty `messaging` list.',
    });
}

function kitDocumentSchema(siteUrl: string) {
  return z
    .strictObject({
      ...envelope(siteUrl, 'kit'),
      id: text,
      kind: z.enum(kitKinds),
      title: text,
      angle: text,
      campaign: z.strictObject({ goal: text, theme: text, starts: isoDate, ends: isoDate }).optional(),
      governance,
      validUntil: isoDate,
      urls: z.strictObject({ page: url, whitepaper: url, slides: url, archive: url, source: url }),
      /** The editable and printable files of the kit, each also inside its archive. */
      documents: z.array(z.strictObject({ kind: z.enum(kitDocumentKinds), format: text, url, fileName: text })),
      products: z.array(z.strictObject({ id: text, title: text, url, messaging: url })).min(1),
      industries: z.array(entryLink),
      personas: z.array(entryLink),
      whitepaper: z.strictObject({
        title: text,
        subtitle: text,
        sections: z.array(z.strictObject({ id: text, heading: text, markdown: text })).min(1),
      }),
      event: z.strictObject({
        derived: z.boolean(),
        talkTitle: text,
        abstractShort: text,
        abstractLong: text,
        outline: z.array(z.strictObject({ title: text, points: z.array(text), speakerNotes: z.string() })).min(1),
      }),
      socialPosts: z.array(
        z.strictObject({ channel: z.enum(socialChannels), text, characters: count, limit: count, derived: z.boolean() }),
      ),
      emails: z.array(
        z.strictObject({ name: text, subject: text, subjectCharacters: count, subjectLimit: count, body: text, derived: z.boolean() }),
      ),
      salesHandoff: z.strictObject({
        toolkits: z.array(z.strictObject({ product: text, variant: z.enum(toolkitVariants), url })),
        cases: z.array(z.strictObject({ id: text, title: text, customer: text, url })),
      }),
      assets: z.array(
        z.strictObject({
          name: text,
          role: z.enum(['Campaign hero', 'Customer logo']),
          alt: text,
          files: z.array(z.strictObject({ url, fileName: text, width: count, height: count, format: z.enum(brandAssetFormats) })).min(1),
        }),
      ),
      sources: z.array(z.strictObject({ collection: text, id: text, owner: text.optional(), reviewBy: isoDate })).min(1),
    })
    .meta({
      title: `GTM Hub marketing kit, version ${apiVersion}`,
      description:
        'One campaign or solution as every format marketing needs: whitepaper, event talk, social posts, emails, sales handoff and brand assets, compiled from approved sources. `event.derived` (and `derived` on posts and emails) is true where the entry had no hand-written version and the copy was composed from approved messaging.',
    });
}

function indexDocumentSchema(siteUrl: string) {
  return z
    .strictObject({
      ...envelope(siteUrl, 'index'),
      schemas: z.strictObject({ messaging: url, kit: url, index: url, catalog: url }),
      catalog: url,
      messaging: z.array(z.strictObject({ product: text, title: text, sets: count, url, page: url })),
      kits: z.array(z.strictObject({ id: text, kind: z.enum(kitKinds), title: text, url, page: url, archive: url })),
    })
    .meta({
      title: `GTM Hub API index, version ${apiVersion}`,
      description: 'Every messaging and kit document this build publishes, with the schema each follows.',
    });
}

const pitchLine = z.strictObject({ persona: text.optional(), label: text, text });
const sendableCase = z.strictObject({
  customer: text,
  summary: text,
  metrics: z.array(z.strictObject({ label: text, value: text })),
  /** The case on the public site; absent for an approved anonymised form. */
  customerUrl: url.optional(),
  page: url,
});

function catalogDocumentSchema(siteUrl: string) {
  return z
    .strictObject({
      ...envelope(siteUrl, 'catalog'),
      reader: z.enum(['staff', 'partner', 'customer']),
      entries: z.array(
        z.strictObject({
          type: text.describe('The collection, e.g. cases or rfp.'),
          typeLabel: text,
          id: text,
          title: text,
          summary: z.string(),
          page: url,
          markdown: url.describe('The page as Markdown: its twin.'),
          lang: text,
          /** Status and review-by date are left out of the customer's build, as its pages leave them out. */
          governance: governance.partial({ status: true, reviewBy: true }),
          /** When an RFP answer was last reviewed, as its page says. */
          lastReviewed: isoDate.optional(),
          products: z.array(text),
          industries: z.array(text),
          personas: z.array(text),
          text: z.string().describe("The twin's text, which search matches every query word against."),
        }),
      ),
      toolkits: z.array(
        z.strictObject({
          product: z.strictObject({ id: text, title: text }),
          variant: z.enum(toolkitVariants),
          industry: z.strictObject({ id: text, title: text }).optional(),
          page: url,
          markdown: url,
          pitches: z.array(pitchLine),
          case: sendableCase.optional(),
          valueProps: z.array(
            z.strictObject({
              title: text,
              page: url,
              personas: z.array(text),
              outcome: text,
              proof: z.array(z.strictObject({ claim: text, backing: text.optional() })),
            }),
          ),
          objections: z.array(
            z.strictObject({ objection: text, response: text, page: url, personas: z.array(text), audience: z.enum(audiences) }),
          ),
        }),
      ),
    })
    .meta({
      title: `GTM Hub catalog, version ${apiVersion}`,
      description:
        'Every entry and toolkit page this build publishes, with its Markdown twin and the text search matches: what an assistant (the MCP server) reads instead of the pages.',
    });
}

/** One problem content health reports: the entry to act on, who owns it, when, and the one action to take. */
const healthProblem = z.strictObject({
  rank: z.number().int().min(1).describe('Position in the ranking by effect on sales, 1 first.'),
  kind: z.enum(healthProblemKinds),
  entry: z.strictObject({
    collection: text,
    id: text,
    name: text.describe('The title, or collection/id where this build leaves the entry out (expired, retired).'),
    url: url.optional().describe('Its page in this build; absent where the build leaves the entry out.'),
    file: text.optional(),
  }),
  owner: text,
  date: isoDate.optional().describe('The review-by day that passed or comes due.'),
  problem: text,
  action: text,
});

function healthDocumentSchema(siteUrl: string) {
  return z
    .strictObject({
      ...envelope(siteUrl, 'health'),
      reviewDueSoonDays: count,
      counts: z.strictObject(
        Object.fromEntries(healthProblemKinds.map((kind) => [kind, count])) as Record<(typeof healthProblemKinds)[number], typeof count>,
      ),
      rowsPerKind: count.describe('At most this many problems of each kind are listed; `counts` has the totals.'),
      owners: z.array(z.strictObject({ owner: text, problems: z.array(healthProblem).min(1) })),
    })
    .meta({
      title: `GTM Hub content health, version ${apiVersion}`,
      description:
        'What product marketing should fix first, ranked by effect on sales and grouped by owner: approved content citing an expired or retired entry, products with no customer-facing case in an industry they sell to, buyers with no value proposition, and reviews coming due. Published in the internal build only.',
    });
}

const documentSchemas = {
  messaging: messagingDocumentSchema,
  kit: kitDocumentSchema,
  index: indexDocumentSchema,
  catalog: catalogDocumentSchema,
  health: healthDocumentSchema,
} as const;

export type MessagingDocument = z.infer<ReturnType<typeof messagingDocumentSchema>>;
export type KitDocument = z.infer<ReturnType<typeof kitDocumentSchema>>;
export type IndexDocument = z.infer<ReturnType<typeof indexDocumentSchema>>;
export type CatalogDocument = z.infer<ReturnType<typeof catalogDocumentSchema>>;
export type HealthDocument = z.infer<ReturnType<typeof healthDocumentSchema>>;
export type HealthProblem = z.infer<typeof healthProblem>;

/** The JSON Schema the API serves at /api/schema/<name>.v1.json, generated from the Zod shape. */
export function apiJsonSchema(name: ApiSchemaName, siteUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchemas[name](siteUrl), { target: 'draft-2020-12', io: 'output' });
  const { $schema, ...body } = schema;
  return { $schema, $id: schemaUrl(siteUrl, name), ...body };
}
