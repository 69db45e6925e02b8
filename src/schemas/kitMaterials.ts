import { z } from 'astro/zod';
import { strictFields, text } from './fields';
import { hubConfig } from '../config/hub.config';
import { countCharacters } from '../lib/text/wordCount';
import { socialChannels } from './values';

/**
 * Optional hand-written marketing material for a solution or campaign. Whatever is left out is
 * derived from the entry's own approved sources when the kit is assembled.
 */
export const eventMaterialSchema = strictFields({
  talkTitle: text('Title of the talk as printed in an event agenda.'),
  abstractShort: text('About 50 words, for agenda listings.'),
  abstractLong: text('About 150 words, for the event website.'),
  outline: z.array(text()).min(3, 'an event outline needs at least 3 sections'),
  speakerNotes: z.array(text()).default([]).describe('One note per outline section, in order.'),
}).describe('Material for a talk at an event or webinar.');

export const socialPostSchema = strictFields({
  channel: z.enum(socialChannels).describe('Channel the post is written for; its limit is checked.'),
  text: text('The post as published.'),
}).superRefine((post, ctx) => {
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
  name: text('What the email is for, e.g. "Event invitation".'),
  subject: text('Subject line.').refine(
    (subject) => countCharacters(subject) <= (hubConfig.channelCharacterLimits['email_subject'] ?? Infinity),
    `an email subject may have at most ${hubConfig.channelCharacterLimits['email_subject']} characters, or inboxes cut it off. Shorten it.`,
  ),
  body: text('The email as sent.'),
});

export const kitMaterialFields = {
  event: eventMaterialSchema.optional(),
  socialPosts: z.array(socialPostSchema).default([]),
  emails: z.array(emailCopySchema).default([]),
};
