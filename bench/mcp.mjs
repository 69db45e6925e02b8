// Times the MCP server on a build: start-up (spawn to a finished MCP handshake) and `search` calls.
// Usage: npm run bench:mcp -- [build folder, default dist] [runs, default 5]
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const site = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 5);
const queries = ['audit', 'data governance', 'bank audit', 'retail close', 'encryption keys', 'workflow', 'customer', 'zzznothing'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

const startups = [];
const searches = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: ['mcp/cli.ts', '--site', site] }));
  startups.push(performance.now() - started);
  for (const query of queries) {
    const asked = performance.now();
    await client.callTool({ name: 'search', arguments: { query, limit: 10 } });
    searches.push(performance.now() - asked);
  }
  await client.close();
}
console.log(`site: ${site}, ${runs} runs`);
console.log(
  `start-up (spawn to MCP handshake): median ${ms(median(startups))}, min ${ms(Math.min(...startups))}, max ${ms(Math.max(...startups))}`,
);
console.log(`search (${queries.length} queries a run, round trip): median ${ms(median(searches))}, max ${ms(Math.max(...searches))}`);
