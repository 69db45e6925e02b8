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
  campaigns: defineCollection({ loader: hubLoader('campaigns'), schema: (context: SchemaContext) => withAuthorErrors(campaignSchema(context)) }),
};
