/**
 * "Copy for email": a customer case as a rep pastes it into an email. Rich HTML for mail clients
 * (linked headline, the result, a few metrics, the quote, the logo) and the same content as plain
 * text for those that take only text. The case page, the toolkits and search results all copy
 * what this writes, from the customer-facing view of the case only.
 */
import type { CustomerFacingCase } from './customerCase';

export interface EmailCopy {
  html: string;
  text: string;
}

/** An email carries the headline figures; the rest is one click away on the case page. */
export const emailMetricLimit = 3;

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/**
 * The case as email content. The headline names the customer once (no "Harbor & Pine: Harbor &
 * Pine closes…"); an anonymised case has no link, quote or logo to give the customer away.
 */
export function caseEmail(c: CustomerFacingCase): EmailCopy {
  const metrics = c.metrics.slice(0, emailMetricLimit);
  const e = escapeHtml;
  const headline = c.url ? `<a href="${e(c.url)}"><strong>${e(c.title)}</strong></a>` : `<strong>${e(c.title)}</strong>`;
  const html = [
    `<div${c.lang === 'en' ? '' : ` lang="${e(c.lang)}"`}>`,
    ...(c.logo ? [`<p><img src="${e(c.logo.url)}" alt="${e(c.logo.alt)}" width="96" style="max-width:96px;height:auto"></p>`] : []),
    `<p style="font-size:1.1em">${headline}</p>`,
    `<p>${e(c.summary)}</p>`,
    ...(metrics.length > 0 ? [`<ul>${metrics.map((m) => `<li>${e(m.label)}: <strong>${e(m.value)}</strong></li>`).join('')}</ul>`] : []),
    ...(c.quote
      ? [
          `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc">“${e(c.quote.text)}”<br>— ${e(c.quote.attribution)}</blockquote>`,
        ]
      : []),
    ...(c.url ? [`<p><a href="${e(c.url)}">Read the case</a></p>`] : []),
    '</div>',
  ].join('');
  const text = [
    c.title,
    c.summary,
    ...metrics.map((m) => `• ${m.label}: ${m.value}`),
    ...(c.quote ? [`“${c.quote.text}” — ${c.quote.attribution}`] : []),
    ...(c.url ? [`Read the case: ${c.url}`] : []),
  ].join('\n');
  return { html, text };
}

/**
 * The plain text a "Copy text" button puts on the clipboard for a case: the same words as the
 * email, without the metrics list, so the two never disagree.
 */
export function caseText(c: CustomerFacingCase): string {
  return [c.title, c.summary, ...(c.url ? [c.url] : [])].join('\n');
}
