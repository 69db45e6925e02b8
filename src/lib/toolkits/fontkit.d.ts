/** The part of fontkit (pdfkit's own font engine) the PDFs use; fontkit ships no types. */
declare module 'fontkit' {
  export function create(buffer: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
}
