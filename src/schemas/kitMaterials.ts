import { z } from 'astro/zod';
import { entryReference } from './entryReference';
import { strictFields, text } from './fields';
import { hubConfig } from '../config/hub.config';
import { countCharacters } from '../lib/text/wordCount';
import { socialChannels } from './values';

/**
 * Optional hand-written marketing material for a solution or campaign. Whatever is left out is
 * derived from the entry's own approved sources when the kit is assembled.
 */
/** Points one slide can hold and still be read from the back of a room. */
export const slidePointLimit = 6;

/**
 * One section of a talk: one slide in the deck and one line of its agenda. A slide shows something:
 * its points, or the customer story it tells; only a divider the outline asks for stands on its title.
 */
export const outlineSectionSchema = strictFields({
  title: text('What the section is called, on its slide and in the agenda.'),
  points: z
    .array(text())
    .max(slidePointLimit, `a slide holds at most ${slidePointLimit} points; split the section in two`)
    .default([])
    .describe('What the slide shows, one short line each.'),
  case: entryReference('cases')
    .optional()
    .describe('Id of the customer case whose story this section tells: its slide shows their metrics, quote and logo.'),
  divider: z.boolean().default(false).describe('True for a divider slide that opens a part of the talk and shows only its title.'),
}).superRefine((section, ctx) => {
  if (section.divider && (section.points.length > 0 || section.case)) {
    ctx.addIssue({
      code: 'custom',
      path: ['divider'],
      message: 'a divider shows only its title; remove `divider: true` or move the points and the case to a section of their own.',
    });
  }
  if (!section.divider && section.points.length === 0 && !section.case) {
    ctx.addIssue({
      code: 'custom',
      path: ['points'],
      message:
        'is empty, so the slide would show only its title. List what the slide shows (`points: ["…", "…"]`), name the customer story it tells (`case: <case id>`), or mark it `divider: true` if it only opens a part of the talk.',
    });
  }
});

export const eventMaterialSchema = strictFields({
  talkTitle: text('Title of the talk as printed in an event agenda.'),
  abstractShort: text('About 50 words, for agenda listings.'),
  abstractLong: text('About 150 words, for the event website.'),
  outline: z.array(outlineSectionSchema).min(3, 'an event outline needs at least 3 sections'),
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
