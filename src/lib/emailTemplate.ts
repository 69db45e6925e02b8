/**
 * Email templates with their `{placeholders}` filled from what the toolkit knows (the product, the
 * best customer-facing case for the chosen industry, its link). Placeholders only the rep can fill
 * (`{first name}`, `{date}`) stay in the text, braces and all, and are marked where shown.
 */
import type { CustomerFacingCase } from './customerCase';
import { sentenceCase } from './customerCase';

export interface EmailTemplate {
  subject: string;
  body: string;
}

/** A run of template text, or a placeholder left for the rep (its name, without braces). */
export type TemplatePart = { text: string } | { placeholder: string };

export interface FilledEmail {
  subject: TemplatePart[];
  body: TemplatePart[];
  /** "Subject: …", a blank line, the body: what "Copy email" puts on the clipboard. */
  text: string;
  /** Names of the placeholders the rep still fills, in order of first appearance. */
  repPlaceholders: string[];
  /** The case the email cites, when a placeholder asked for one. */
  case: CustomerFacingCase | undefined;
}

export interface TemplateValues {
  product: string;
  /** The best customer-facing case for the chosen industry, when there is one. */
  case?: CustomerFacingCase | undefined;
}

const PLACEHOLDER = /\{([^{}\n]+)\}/gu;

/** Placeholders the hub fills, by name as authors write them; undefined leaves one for the rep. */
function knownValue(name: string, values: TemplateValues): string | undefined {
  switch (name.trim().toLowerCase()) {
    case 'product':
      return values.product;
    case 'similar customer':
      return values.case?.customer;
    case 'case link':
      // An anonymised case has no address a customer may open: the rep decides what to say.
      return values.case?.url;
    default:
      return undefined;
  }
}

/** Whether a value placed at `offset` of `text` opens a sentence, so "a US county" becomes "A US county". */
function opensSentence(text: string, offset: number): boolean {
  return /(^|[.!?]\s+|\n\s*|:\s*\n)$/u.test(text.slice(0, offset));
}

function fill(template: string, values: TemplateValues, used: { case: boolean }, rep: string[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const push = (text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && 'text' in last) last.text += text;
    else parts.push({ text });
  };
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const offset = match.index;
    push(template.slice(at, offset));
    const name = match[1] ?? '';
    const value = knownValue(name, values);
    if (value === undefined) {
      parts.push({ placeholder: name });
      if (!rep.includes(name)) rep.push(name);
    } else {
      push(opensSentence(template, offset) ? sentenceCase(value) : value);
      if (name.trim().toLowerCase() !== 'product') used.case = true;
    }
    at = offset + match[0].length;
  }
  push(template.slice(at));
  return parts;
}

/** The parts as text, placeholders written back with their braces so they stay visible. */
export function partsText(parts: readonly TemplatePart[]): string {
  return parts.map((part) => ('text' in part ? part.text : `{${part.placeholder}}`)).join('');
}

export function fillEmailTemplate(template: EmailTemplate, values: TemplateValues): FilledEmail {
  const used = { case: false };
  const repPlaceholders: string[] = [];
  const subject = fill(template.subject, values, used, repPlaceholders);
  const body = fill(template.body, values, used, repPlaceholders);
  return {
    subject,
    body,
    text: `Subject: ${partsText(subject)}\n\n${partsText(body)}`,
    repPlaceholders,
    case: used.case ? values.case : undefined,
  };
}
