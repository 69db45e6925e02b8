import { z } from 'astro/zod';
import { strictFields } from './authorErrors';
import { hubConfig } from '../config/hub.config';
import { countCharacters } from '../lib/wordCount';

/**
 * Optional hand-written marketing material for a solution or campaign. Whatever is left out is
 * derived from the entry's own approved sources when the kit is assembled.
 */
export const eventMaterialSchema = z
  .object({
    talkTitle: z.string().describe('Title of the talk as printed in an event agenda.'),
    abstractShort: z.string().describe('About 50 words, for agenda listings.'),
    abstractLong: z.string().describe('About 150 words, for the event website.'),
    outline: z.array(z.string()).min(3, 'an event outline needs at least 3 sections'),
    speakerNotes: z.array(z.string()).default([]).describe('One note per outline section, in order.'),
  })
  .describe('Material for a talk at an event or webinar.');

export const socialPostSchema = z
  .object({
    channel: z.enum(['linkedin', 'x', 'weibo']).describe('Channel the post is written for; its limit is checked.'),
    text: z.string().min(1),
  })
  .superRefine((post, ctx) => {
    const limit = hubConfig.channelCharacterLimits[post.channel] ?? Infinity;
    const length = countCharacters(post.text);
    if (length > limit) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `a ${post.channel} post may have at most ${limit} characters; this one has ${length}. Shorten it.`,
      });
    }
  });

export const emailCopySchema = strictFields({
  name: z.string().describe('What the email is for, e.g. "Event invitation".'),
  subject: z
    .string()
    .min(1)
    .refine((subject) => countCharacters(subject) <= (hubConfig.channelCharacterLimits['email_subject'] ?? Infinity), {
      message: `an email subject may have at most ${hubConfig.channelCharacterLimits['email_subject']} characters, or inboxes cut it off. Shorten it.`,
    }),
  body: z.string().min(1),
});

export const kitMaterialFields = {
  event: eventMaterialSchema.optional(),
  socialPosts: z.array(socialPostSchema).default([]),
  emails: z.array(emailCopySchema).default([]),
};
