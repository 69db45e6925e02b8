/** The part of fontkit (pdfkit's own font engine) the one-pager uses; fontkit ships no types. */
declare module 'fontkit' {
  export function create(buffer: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
}
