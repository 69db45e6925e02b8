import { defineCollection } from 'astro:content';
import { hubLoader } from './data/hubLoader';
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
  products: defineCollection({ loader: hubLoader('products'), schema: productSchema }),
  industries: defineCollection({ loader: hubLoader('industries'), schema: industrySchema }),
  personas: defineCollection({ loader: hubLoader('personas'), schema: personaSchema }),
  'value-props': defineCollection({ loader: hubLoader('value-props'), schema: valuePropSchema }),
  solutions: defineCollection({ loader: hubLoader('solutions'), schema: solutionSchema }),
  cases: defineCollection({ loader: hubLoader('cases'), schema: caseSchema }),
  competitors: defineCollection({ loader: hubLoader('competitors'), schema: competitorSchema }),
  objections: defineCollection({ loader: hubLoader('objections'), schema: objectionSchema }),
  messaging: defineCollection({ loader: hubLoader('messaging'), schema: messagingSchema }),
  rfp: defineCollection({ loader: hubLoader('rfp'), schema: rfpSchema }),
  campaigns: defineCollection({ loader: hubLoader('campaigns'), schema: campaignSchema }),
};
