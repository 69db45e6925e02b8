/**
 * Counts words the way a copy editor does: runs of letters/digits in Latin scripts, and each
 * CJK character on its own (Chinese has no spaces, and a character is the unit editors count).
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.trim().split(/\s+/u)) {
    if (!token) continue;
    const cjkChars = [...token].filter((ch) => CJK.test(ch)).length;
    const rest = token.replace(/[\u3400-\u9fff\uf900-\ufaff]/gu, ' ').trim();
    const latinWords = rest ? rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
    count += cjkChars + latinWords;
  }
  return count;
}

/** Characters as a channel counts them: by code point, so an emoji is one, not two. */
export function countCharacters(text: string): number {
  return [...text].length;
}
