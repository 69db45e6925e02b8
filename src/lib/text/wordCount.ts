/**
 * Counts words the way readers of each script do, with the Unicode word segmentation built into
 * every JavaScript engine (Intl.Segmenter): spaces separate words in Latin scripts, a dictionary
 * finds them in Chinese, Japanese and Thai, which have no spaces. An emoji counts as a word (it
 * takes a word's place in a sentence); punctuation does not. A hyphenated compound ("real-time",
 * "2026-06-30") is one word, as in any word processor.
 */
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const JOINER = /^[-\u2010\u2011]$/u;

export function countWords(text: string): number {
  let count = 0;
  // A word right after "word-" continues the compound instead of starting a new one.
  let joined = false;
  let previousWord = false;
  for (const { segment, isWordLike } of words.segment(text)) {
    if (isWordLike) {
      if (!joined) count += 1;
      previousWord = true;
      joined = false;
    } else {
      joined = previousWord && JOINER.test(segment);
      previousWord = false;
      if (EMOJI.test(segment)) count += 1;
    }
  }
  return count;
}

/** Characters as a channel counts them: by code point, so an emoji is one, not two. */
export function countCharacters(text: string): number {
  return [...text].length;
}
