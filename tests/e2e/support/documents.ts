/** Reads back what a rep downloads or prints: the text of a PDF, a Word document, a download. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every text on every page, runs of white space read as one space. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts.join(' ').replace(/\s+/gu, ' ');
}

/** The body text of a .docx, one line per paragraph. */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());
  return xml.replace(/<\/w:p>/gu, '\n').replace(/<[^>]+>/gu, '');
}

/** Presses the button that downloads a file and returns the file's bytes. */
export async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path());
}
