/**
 * The hub's MCP server: tools an assistant calls to find and quote approved content. It reads one
 * build (a folder or an address) and nothing else, so it can only return what that build published,
 * for that build's reader: pointed at the customer library it has nothing internal to give.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'astro/zod';
import type { CatalogDocument, IndexDocument, MessagingDocument } from '../src/schemas/api';
import type { Library } from './library.ts';
import {
  boilerplate,
  findEntry,
  governanceLine,
  lengthFor,
  openLibrary,
  rfpAnswers,
  search,
  toolkitSelection,
  toolkitsOf,
} from './library.ts';
import type { Site } from './site.ts';

const catalogPath = '/api/catalog.json';
const indexPath = '/api/index.json';

async function readJson<T>(site: Site, path: string): Promise<T | undefined> {
  const text = await site.read(path);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

/** Reads the build's catalog; a folder or address without one is not a hub build, and the server says so at once. */
export async function loadLibrary(site: Site): Promise<Library> {
  const catalog = await readJson<CatalogDocument>(site, catalogPath);
  if (!catalog) throw new Error(`${site.source} has no ${catalogPath}: point --site at a GTM Hub build (e.g. dist/ after npm run build).`);
  return openLibrary(catalog);
}

const reply = (text: string): CallToolResult => ({ content: [{ type: 'text', text }] });

const audienceNote = (audience: string) => (audience === 'internal' ? ' **Internal only: do not send to customers.**' : '');

export function createServer(site: Site, library: Library): McpServer {
  const { catalog } = library;
  const server = new McpServer(
    { name: 'gtm-hub', version: '1.0.0' },
    {
      instructions:
        `Approved, current content of the ${catalog.reader === 'customer' ? 'customer library' : 'sales and marketing hub'} at ${catalog.entries[0]?.page ? new URL(catalog.entries[0].page).origin : site.source}. ` +
        'Quote results as given and cite the URL each carries. Results marked internal must not be sent to customers.',
    },
  );

  server.registerTool(
    'search',
    {
      title: 'Search approved content',
      description:
        "Find approved, current entries (products, value propositions, solutions, customer cases, objections, competitors, RFP answers, …). Every word of the query must match, as on the hub's own search. Returns title, URL to cite, audience and a snippet.",
      inputSchema: {
        query: z.string().describe('Words that must all appear, e.g. "bank audit".'),
        product: z.string().optional().describe('Product title or id, e.g. "Kestrel Vault".'),
        industry: z.string().optional().describe('Industry title or id, e.g. "Financial Services".'),
        persona: z.string().optional().describe('Buyer title or id, e.g. "Chief Information Security Officer".'),
        type: z.string().optional().describe('Kind of content: cases, value-props, solutions, objections, competitors, rfp, products, …'),
        limit: z.number().int().min(1).max(50).optional().describe('How many results, 10 by default.'),
      },
    },
    (input) => {
      const hits = search(library, input);
      if (hits.length === 0) return reply(`No approved entry holds every word of “${input.query}” with these filters.`);
      return reply(
        hits
          .map(
            (h, i) => `${i + 1}. **${h.title}** (${h.typeLabel}) ${h.url}\n   ${h.governance}${audienceNote(h.audience)}\n   ${h.snippet}`,
          )
          .join('\n'),
      );
    },
  );

  server.registerTool(
    'get_entry',
    {
      title: 'Read one entry',
      description: "The whole approved entry as Markdown (its page's twin), with its governance line: status, audience and review-by date.",
      inputSchema: {
        type: z.string().describe('Kind of content, e.g. cases, value-props, rfp (as search results give it).'),
        id: z.string().describe('The entry\'s id, e.g. "ashgrove-home".'),
      },
    },
    async ({ type, id }) => {
      const entry = findEntry(library, type, id);
      const twin = entry && (await site.read(entry.markdown));
      if (!entry || twin === undefined) return { ...reply(`This build publishes no ${type} entry “${id}”.`), isError: true };
      return reply(`${governanceLine(entry.governance)}${audienceNote(entry.governance.audience)}\n\n${twin}`);
    },
  );

  server.registerTool(
    'toolkit',
    {
      title: 'What to send before a call',
      description:
        'The "ready to send" selection of a product\'s sales toolkit for an industry and buyer: the pitch, the best customer-facing case, value propositions with proof, and objection answers.',
      inputSchema: {
        product: z.string().describe('Product title or id.'),
        industry: z.string().optional().describe("The customer's industry, title or id."),
        buyer: z.string().optional().describe('The buyer, title or id, e.g. "CFO" or "Chief Financial Officer".'),
      },
    },
    ({ product, industry, buyer }) => {
      if (catalog.toolkits.length === 0) return { ...reply('This build publishes no sales toolkits.'), isError: true };
      const selection = toolkitSelection(library, { product, industry, buyer });
      if (!selection) {
        const known = [...new Set(catalog.toolkits.map((t) => t.product.title))].join(', ');
        return { ...reply(`No toolkit for “${product}”. Products with toolkits: ${known}.`), isError: true };
      }
      const { toolkit, pitch, valueProps, objections } = selection;
      const lines = [
        `# ${toolkit.product.title}${toolkit.industry ? ` for ${toolkit.industry.title}` : ''} (${toolkit.variant} toolkit)`,
        `Source: ${toolkit.page}`,
        ...(industry && !toolkit.industry
          ? [`(“${industry}” is not an industry this product is sold to: this is the whole toolkit.)`]
          : []),
        '',
        ...(pitch ? [`## Pitch (${pitch.label})`, pitch.text, ''] : []),
        '## Customer case to send',
        toolkit.case
          ? `${toolkit.case.customer}: ${toolkit.case.summary}\n${toolkit.case.metrics.map((m) => `- ${m.label}: ${m.value}`).join('\n')}\n${toolkit.case.customerUrl ?? toolkit.case.page}`
          : 'No customer-facing case for this industry yet: do not name an internal customer.',
        '',
        '## Value propositions',
        ...(valueProps.length > 0
          ? valueProps.map(
              (vp) =>
                `- **${vp.title}**: ${vp.outcome} (${vp.page})${vp.proof.map((p) => `\n  - Proof: ${p.claim}${p.backing ? ` (${p.backing})` : ''}`).join('')}`,
            )
          : ['None approved for this choice.']),
        '',
        '## Objections',
        ...(objections.length > 0
          ? objections.map((o) => `- **${o.objection}**${audienceNote(o.audience)}\n  ${o.response} (${o.page})`)
          : ['None approved for this choice.']),
      ];
      return reply(lines.join('\n'));
    },
  );

  server.registerTool(
    'boilerplate',
    {
      title: 'Approved boilerplate',
      description: "A product's approved boilerplate at 25, 50 or 100 words, verbatim, with the persona's or industry's line where asked.",
      inputSchema: {
        product: z.string().describe('Product title or id.'),
        length: z.number().int().positive().describe('Words: 25, 50 or 100 (the nearest approved length is used).'),
        persona: z.string().optional().describe('A buyer, for their one-line variant.'),
        industry: z.string().optional().describe('An industry, for its one-line variant.'),
      },
    },
    async ({ product, length, persona, industry }) => {
      const index = await readJson<IndexDocument>(site, indexPath);
      const listed = index?.messaging.find((m) => m.product === product || m.title.toLocaleLowerCase() === product.toLocaleLowerCase());
      const document = listed && (await readJson<MessagingDocument>(site, listed.url));
      const nearest = document && lengthFor(document, length);
      const found = document && nearest && boilerplate(document, nearest, { persona, industry });
      if (!found) return { ...reply(`This build publishes no approved messaging for “${product}”.`), isError: true };
      return reply(
        [
          `${found.product}, ${found.limit}-word boilerplate (${found.words} words). ${found.governance}`,
          `Source: ${found.page}`,
          '',
          found.text,
          ...(found.variant ? ['', `For ${found.variant.for}: ${found.variant.message}`] : []),
        ].join('\n'),
      );
    },
  );

  server.registerTool(
    'rfp_answer',
    {
      title: 'Approved RFP answer',
      description:
        'The best approved answers to a tender or security-questionnaire question, each with its review-by date and the URL to cite.',
      inputSchema: { question: z.string().describe('The question as the buyer wrote it.') },
    },
    ({ question }) => {
      const answers = rfpAnswers(library, question);
      if (answers.length === 0) return reply('No approved answer matches this question. Ask product marketing for one.');
      return reply(
        answers
          .map(
            (a, i) => `${i + 1}. **${a.title}** ${a.url}\n   ${a.governance}${audienceNote(a.audience)} · ${a.freshness}\n   ${a.snippet}`,
          )
          .join('\n'),
      );
    },
  );

  server.registerResource(
    'entry',
    new ResourceTemplate('gtm-hub://entries/{type}/{id}', {
      list: () => ({
        resources: catalog.entries
          .slice(0, 200)
          .map((e) => ({ uri: `gtm-hub://entries/${e.type}/${e.id}`, name: e.title, mimeType: 'text/markdown' })),
      }),
    }),
    { title: 'Approved entry', description: 'An entry of the hub as Markdown.', mimeType: 'text/markdown' },
    async (uri, { type, id }) => {
      const entry = findEntry(library, String(type), String(id));
      const twin = entry && (await site.read(entry.markdown));
      if (!entry || twin === undefined) throw new Error(`This build publishes no ${String(type)} entry “${String(id)}”.`);
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: twin }] };
    },
  );

  server.registerPrompt(
    'prepare_call',
    {
      title: 'Prepare for a call',
      description: 'What to send and say on a call: product, industry and buyer.',
      argsSchema: { product: z.string(), industry: z.string().optional(), buyer: z.string().optional() },
    },
    ({ product, industry, buyer }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text:
              `I have a call about ${product}${industry ? ` with a ${industry} customer` : ''}${buyer ? `, meeting the ${buyer}` : ''}. ` +
              `Use the toolkit tool (product "${product}"${industry ? `, industry "${industry}"` : ''}${buyer ? `, buyer "${buyer}"` : ''}) and give me: the opening line, the case to send with its link, ` +
              'three value propositions with their proof, and the two objections I am most likely to hear with the approved answers. Quote approved text as it is and cite every URL. ' +
              `Products with toolkits: ${[...new Set(toolkitsOf(library, product).map((t) => t.product.title))].join(', ') || 'see the toolkit tool'}.`,
          },
        },
      ],
    }),
  );

  return server;
}
