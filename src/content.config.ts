import { defineCollection } from 'astro:content';
import type { SchemaContext } from 'astro:content';
import { hubLoader } from './data/hubLoader';
import { withAuthorErrors } from './schemas/authorErrors';
import {
  campaignSchema,
  caseSchema,
  competitorSchema,
  industrySchema,
  messagingSchema,
  objectionSchema,
  personaSchema,
  productSchema,
  rfpSchema,
  solutionSchema,
  valuePropSchema,
} from './schemas/collections';

/*
 * Astro re-reads every entry only when this file changes, not when a schema it imports does: a
 * checkout with a content cache keeps the old parse (a new field is missing, not defaulted). After
 * changing a schema in src/schemas, note it here so every cache is dropped.
 * Schema revisions: RFP answers carry `industries` and `regions`.
 */
export const collections = {
  products: defineCollection({ loader: hubLoader('products'), schema: withAuthorErrors(productSchema) }),
  industries: defineCollection({ loader: hubLoader('industries'), schema: withAuthorErrors(industrySchema) }),
  personas: defineCollection({ loader: hubLoader('personas'), schema: withAuthorErrors(personaSchema) }),
  'value-props': defineCollection({ loader: hubLoader('value-props'), schema: withAuthorErrors(valuePropSchema) }),
  solutions: defineCollection({ loader: hubLoader('solutions'), schema: withAuthorErrors(solutionSchema) }),
  cases: defineCollection({ loader: hubLoader('cases'), schema: (context: SchemaContext) => withAuthorErrors(caseSchema(context)) }),
  competitors: defineCollection({ loader: hubLoader('competitors'), schema: withAuthorErrors(competitorSchema) }),
  objections: defineCollection({ loader: hubLoader('objections'), schema: withAuthorErrors(objectionSchema) }),
  messaging: defineCollection({ loader: hubLoader('messaging'), schema: withAuthorErrors(messagingSchema) }),
  rfp: defineCollection({ loader: hubLoader('rfp'), schema: withAuthorErrors(rfpSchema) }),
  campaigns: defineCollection({
    loader: hubLoader('campaigns'),
    schema: (context: SchemaContext) => withAuthorErrors(campaignSchema(context)),
  }),
};
