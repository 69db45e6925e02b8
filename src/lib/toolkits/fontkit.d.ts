/** The part of fontkit (pdfkit's own font engine) the PDFs use; fontkit ships no types. */
declare module 'fontkit' {
  export function create(buffer: Buffer): {
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** What pdfkit checks to take a parsed font in place of its bytes. */
    layout(text: string): unknown;
  };
}
