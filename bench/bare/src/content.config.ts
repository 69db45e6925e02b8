import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env.BARE_CONTENT_DIR;
if (!base) throw new Error('Set BARE_CONTENT_DIR to the generated content root (npm run bench does).');

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '**/[^_]*.md', base }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
