import { countCharacters } from '../text/wordCount';
import type { KitSources } from './sources';
import type { EmailCopy, SocialPost } from './types';
import { asSentence } from '../text/phrasing';

export type Channel = SocialPost['channel'];
export type ChannelLimits = Record<string, number>;

export const channelLabels: Record<Channel, string> = { linkedin: 'LinkedIn', x: 'X', weibo: 'Weibo' };

export interface CheckedPost {
  channel: Channel;
  text: string;
  characters: number;
  limit: number;
  /** Composed from approved messaging because the entry has no posts of its own. */
  derived: boolean;
}

export interface CheckedEmail {
  name: string;
  subject: string;
  subjectCharacters: number;
  subjectLimit: number;
  body: string;
  derived: boolean;
}

export interface ShortForm {
  posts: CheckedPost[];
  emails: CheckedEmail[];
}

export function checkPost(post: SocialPost, limits: ChannelLimits, derived = false): CheckedPost {
  return {
    channel: post.channel,
    text: post.text,
    characters: countCharacters(post.text),
    limit: limits[post.channel] ?? Number.POSITIVE_INFINITY,
    derived,
  };
}

export function checkEmail(email: EmailCopy, limits: ChannelLimits, derived = false): CheckedEmail {
  return {
    name: email.name,
    subject: email.subject,
    subjectCharacters: countCharacters(email.subject),
    subjectLimit: limits['email_subject'] ?? Number.POSITIVE_INFINITY,
    body: email.body,
    derived,
  };
}

/** The first candidate that fits the channel; approved copy is never cut to fit. */
function firstThatFits(candidates: readonly string[], limit: number): string | undefined {
  return candidates.find((text) => text.trim().length > 0 && countCharacters(text) <= limit);
}

/**
 * Posts and an email drafted from the product's approved messaging, for entries that have none
 * of their own: tagline, boilerplate and a proven key message, verbatim.
 */
function draftShortForm(sources: KitSources, limits: ChannelLimits): ShortForm {
  const house = sources.messaging[0];
  if (!house) return { posts: [], emails: [] };
  const short = house.boilerplates.find((b) => b.length === 'short')?.text ?? '';
  const medium = house.boilerplates.find((b) => b.length === 'medium')?.text ?? short;
  const proven = house.pillars.find((p) => p.proofPoints.length > 0);
  const proof = proven?.proofPoints[0]?.claim;
  const proofLine = proven && proof ? `${asSentence(proven.message)} ${asSentence(proof)}` : '';

  const candidates: Record<'linkedin' | 'x', string[]> = {
    linkedin: [[house.tagline, short, proofLine].filter(Boolean).join('\n\n'), [house.tagline, short].join('\n\n')],
    x: [[house.tagline, proofLine].filter(Boolean).join(' '), house.tagline],
  };
  const posts = (['linkedin', 'x'] as const).flatMap((channel) => {
    const text = firstThatFits(candidates[channel], limits[channel] ?? Number.POSITIVE_INFINITY);
    return text ? [checkPost({ channel, text }, limits, true)] : [];
  });

  const subject = firstThatFits([sources.title, house.tagline], limits['email_subject'] ?? Number.POSITIVE_INFINITY);
  const points = sources.valueProps.slice(0, 3).map((vp) => `- ${asSentence(vp.entry.data.outcome)}`);
  const body = [
    'Hi {first name},',
    asSentence(sources.angle),
    medium,
    ...(points.length > 0 ? [points.join('\n')] : []),
    '{call to action}',
  ].join('\n\n');
  const emails = subject ? [checkEmail({ name: 'Announcement', subject, body }, limits, true)] : [];
  return { posts, emails };
}

export function shortFormFor(sources: KitSources, limits: ChannelLimits): ShortForm {
  const { socialPosts, emails } = sources.entry.data;
  const drafted = socialPosts.length === 0 || emails.length === 0 ? draftShortForm(sources, limits) : undefined;
  return {
    posts: socialPosts.length > 0 ? socialPosts.map((post) => checkPost(post, limits)) : (drafted?.posts ?? []),
    emails: emails.length > 0 ? emails.map((email) => checkEmail(email, limits)) : (drafted?.emails ?? []),
  };
}
