import { describe, expect, it } from 'vitest';
import { pageAddressClash, unclosedFrontmatter, utf8Text } from '../../src/lib/sourceChecks';

describe('utf8Text', () => {
  it('reads UTF-8 text', () => {
    expect(utf8Text(new TextEncoder().encode('owner: Tomás\n金海一号'))).toBe('owner: Tomás\n金海一号');
  });

  it('names the line a Latin-1 file cannot be read on', () => {
    const latin1 = Uint8Array.from(
      [...'---\ntitle: x\nowner: Tom', 0xe1, ...'s\n---\n'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
    );
    const result = utf8Text(latin1);
    expect(result).toEqual({
      problem: expect.stringMatching(/^is not saved as UTF-8: line 3 reads "owner: Tom�s" .*Save the file with the encoding UTF-8/u),
    });
  });
});

describe('unclosedFrontmatter', () => {
  it('passes closed front matter and files without it', () => {
    expect(unclosedFrontmatter('---\ntitle: x\n---\nBody')).toBeUndefined();
    expect(unclosedFrontmatter('Just a body')).toBeUndefined();
  });

  it('says the front matter is never closed, and after which line to close it', () => {
    expect(unclosedFrontmatter('---\ntitle: x\nowner: Mei\n\nBody text.')).toMatch(
      /^the front matter opened by --- on line 1 is never closed.* after the last field \(after line 3\)\.$/u,
    );
  });
});

describe('pageAddressClash', () => {
  it('refuses ids that are listing page numbers, naming the address', () => {
    expect(pageAddressClash('rfp', '2')).toMatch(/id "2", which is also the address of page 2 of the rfp listing \(\/rfp\/2\/\)/u);
    expect(pageAddressClash('rfp', 'iso-27001')).toBeUndefined();
    expect(pageAddressClash('rfp', '2fa')).toBeUndefined();
    expect(pageAddressClash('messaging', '2')).toBeUndefined();
  });
});
