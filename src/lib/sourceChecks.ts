/**
 * Checks on an entry file as written, before or beside its schema: problems the schema cannot
 * see because they are about the file (its encoding, its front matter lines, its name).
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * The file's text, or why it cannot be read: a file saved as Latin-1 or Windows-1252 would
 * otherwise show `Tom�s` on every page that quotes it.
 */
export function utf8Text(bytes: Uint8Array): string | { problem: string } {
  try {
    return utf8.decode(bytes);
  } catch {
    // A newline byte is never part of a longer UTF-8 sequence, so lines can be checked one by one.
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      const text = bytes.subarray(start, i);
      try {
        utf8.decode(text);
      } catch {
        return {
          problem:
            `is not saved as UTF-8: line ${line} reads "${lenient.decode(text).trim().slice(0, 80)}" ` +
            '(� marks what UTF-8 cannot read, often an accented letter saved as Latin-1 or Windows-1252). ' +
            'Save the file with the encoding UTF-8 (most editors offer it under "Save with encoding").',
        };
      }
      start = i + 1;
      line += 1;
    }
    return { problem: 'is not saved as UTF-8. Save the file with the encoding UTF-8.' };
  }
}

/**
 * A file that opens front matter with `---` and never closes it: Astro then reads the fields as
 * body text and reports every one of them as missing.
 */
export function unclosedFrontmatter(source: string): string | undefined {
  const lines = source.split(/\r?\n/u);
  if (lines[0]?.trim() !== '---') return undefined;
  if (lines.slice(1).some((line) => /^---\s*$/u.test(line))) return undefined;
  const last = lines.reduce((at, line, i) => (/^[\w-]+:/u.test(line) ? i + 1 : at), 1);
  return (
    `the front matter opened by --- on line 1 is never closed, so none of its fields can be read. ` +
    `Add a line with only --- after the last field (after line ${last}).`
  );
}

/**
 * An id made only of digits takes the address of a listing page (`rfp/2.md` is `/rfp/2/`, page 2
 * of the RFP answers) now or once the collection grows.
 */
export function pageAddressClash(collection: string, id: string): string | undefined {
  if (collection === 'messaging' || !/^\d+$/u.test(id)) return undefined;
  return (
    `the file name makes the id "${id}", which is also the address of page ${id} of the ${collection} ` +
    `listing (/${collection}/${id}/). Name the file after what it holds, in words, e.g. ${collection}/data-encryption.md.`
  );
}
