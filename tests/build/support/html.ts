/** Built pages parsed with htmlparser2, for tests that look at elements rather than text. */
import { DomUtils, parseDocument } from 'htmlparser2';

export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

export function elements(html: string): HtmlElement[] {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

/**
 * Script the page itself carries, which a policy without 'unsafe-inline' refuses to run: script
 * elements with a body or without a src (JSON data blocks aside), `on…` handler attributes and
 * `javascript:` URLs. Each is described by where it is.
 */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(html)) {
    const type = element.attribs['type'] ?? '';
    if (element.name === 'script' && !/json/u.test(type) && (!element.attribs['src'] || DomUtils.textContent(element).trim() !== '')) {
      found.push(`<script> "${DomUtils.textContent(element).trim().slice(0, 60)}"`);
    }
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/iu.test(name)) found.push(`<${element.name} ${name}>`);
      if (/^\s*javascript:/iu.test(value)) found.push(`<${element.name} ${name}="${value.slice(0, 60)}">`);
    }
  }
  return found;
}
