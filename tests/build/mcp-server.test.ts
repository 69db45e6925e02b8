/**
 * The MCP server against real builds, over stdio, driven by the SDK's own client: it lists its tools,
 * answers each, and never returns a gated entry, nor an internal one when it reads a customer build.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/astroProject';
import type { Audience } from './support/content';
import { gated, loadContent } from './support/content';
import { distDirs } from './support/dist';

const entries = loadContent();
const tools = ['search', 'get_entry', 'toolkit', 'boilerplate', 'rfp_answer'];

async function connect(dir: string): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['mcp/cli.ts', '--site', dir],
    cwd: projectRoot,
    stderr: 'pipe',
  });
  const client = new Client({ name: 'gtm-hub-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

const textOf = (result: unknown) => ((result as CallToolResult).content[0] as { text: string }).text;

describe.each<Audience>(['internal', 'public'])('the MCP server reading the %s build', (audience) => {
  let client: Client;
  const answers: string[] = [];
  // Answers to probes that name a gated entry echo that name back, so only the others are kept for the leak check.
  const call = async (name: string, args: Record<string, unknown>, { probe = false } = {}) => {
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    if (!probe) answers.push(textOf(result));
    return result;
  };

  beforeAll(async () => {
    client = await connect(distDirs[audience]);
  });
  afterAll(async () => {
    await client.close();
  });

  it('lists its tools, each with a description and typed input', async () => {
    const listed = (await client.listTools()).tools;
    expect(listed.map((t) => t.name)).toEqual(tools);
    for (const tool of listed) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(40);
      expect(Object.keys(tool.inputSchema.properties ?? {}).length, tool.name).toBeGreaterThan(0);
    }
  });

  it('searches with every word required and cites each result', async () => {
    const result = await call('search', { query: 'audit', limit: 50 });
    const text = textOf(result);
    expect(text).toMatch(/^1\. \*\*/u);
    for (const line of text.split('\n').filter((l) => /^\d+\. /u.test(l))) expect(line).toMatch(/https:\/\/\S+\/$/u);
    expect(textOf(await call('search', { query: 'audit zzzunknownword' }))).toContain('No approved entry');
  });

  it('reads an entry as its Markdown twin, with its governance line', async () => {
    const result = await call('get_entry', { type: 'cases', id: 'ashgrove-home' });
    const twin = readFileSync(join(distDirs[audience], 'cases', 'ashgrove-home.md'), 'utf8');
    expect(textOf(result)).toContain(twin);
    expect(textOf(result)).toMatch(
      audience === 'public' ? /^Approved · Customer-facing\n/u : /^Approved · Customer-facing · Owner: .+ · Review by \d{4}/u,
    );
  });

  it('refuses gated entries as if they did not exist', async () => {
    for (const entry of gated(entries, audience).slice(0, 10)) {
      const result = await call('get_entry', { type: entry.collection, id: entry.id }, { probe: true });
      expect(result.isError, `${entry.collection}/${entry.id}`).toBe(true);
    }
  });

  it('answers RFP questions with the answer’s freshness', async () => {
    const text = textOf(await call('rfp_answer', { question: 'How is customer data encrypted at rest?' }));
    expect(text).toMatch(
      audience === 'public' ? /· last reviewed \d{4}-\d{2}-\d{2}\n/u : /last reviewed \d{4}-\d{2}-\d{2}, current until \d{4}-\d{2}-\d{2}/u,
    );
    expect(text).toContain('/rfp/');
  });

  if (audience === 'internal') {
    it('gives the ready-to-send selection, and no internal customer where no case may be sent', async () => {
      const text = textOf(
        await call('toolkit', { product: 'Kestrel Flow', industry: 'Public Sector', buyer: 'Chief Information Officer' }),
      );
      expect(text).toContain('Kestrel Flow for Public Sector');
      expect(text).toContain('## Pitch (For the Chief Information Officer)');
      expect(text).toContain('No customer-facing case for this industry yet');
      expect(text).not.toContain('Marston County');
    });

    it('returns the approved boilerplate verbatim', async () => {
      const messaging = JSON.parse(readFileSync(join(distDirs.internal, 'api', 'messaging', 'kestrel-vault.json'), 'utf8')) as {
        messaging: { boilerplates: Record<string, { text: string }> }[];
      };
      const text = textOf(await call('boilerplate', { product: 'Kestrel Vault', length: 50 }));
      expect(text).toContain(messaging.messaging[0]?.boilerplates['medium']?.text);
    });
  } else {
    it('has no toolkits or messaging to give customers', async () => {
      expect((await call('toolkit', { product: 'Kestrel Flow' })).isError).toBe(true);
      expect((await call('boilerplate', { product: 'Kestrel Vault', length: 50 })).isError).toBe(true);
    });

    it('finds no internal entry, even by its exact title', async () => {
      const internal = entries.filter((e) => e.audience === 'internal' && e.title);
      expect(internal.length).toBeGreaterThan(0);
      for (const entry of internal.slice(0, 10)) {
        expect(textOf(await call('search', { query: entry.title }, { probe: true }))).toContain('No approved entry');
      }
    });
  }

  it('never says a gated title in any answer', () => {
    expect(answers.length).toBeGreaterThan(5);
    const all = answers.join('\n');
    const leaks = gated(entries, audience)
      .filter(
        (e) => e.title.length >= 16 && !entries.some((p) => p !== e && p.title.includes(e.title) && !gated(entries, audience).includes(p)),
      )
      .filter((e) => all.includes(e.title))
      .map((e) => e.file);
    expect(leaks).toEqual([]);
  });
});

describe('the MCP server’s command line', () => {
  it('stops with a clear message when pointed at a folder that is not a hub build', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ['mcp/cli.ts', '--site', 'tests'],
      cwd: projectRoot,
      stderr: 'pipe',
    });
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const client = new Client({ name: 'gtm-hub-test', version: '1.0.0' });
    await expect(client.connect(transport)).rejects.toThrow();
    expect(stderr).toContain('has no /api/catalog.json: point --site at a GTM Hub build');
  });
});
