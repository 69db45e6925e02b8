const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Shortens text to at most `max` user-perceived characters, ending in "…". Counts and cuts by
 * grapheme cluster, so an emoji, a flag or a letter with its accents is never split in two.
 */
export function truncate(text: string, max: number): string {
  const clusters: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    clusters.push(segment);
    if (clusters.length > max)
      return `${clusters
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
  }
  return text;
}
