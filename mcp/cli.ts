#!/usr/bin/env node
/**
 * gtm-hub-mcp --site <build folder or address>: the hub's MCP server over stdio. It reads the build's
 * published documents only; the content source is never opened.
 */
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createServer, loadLibrary } from './server.ts';
import { openSite } from './site.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('Usage: gtm-hub-mcp --site <build folder or https:// address>   (default: dist)');
  process.exit(0);
}

try {
  const site = openSite(values.site);
  const server = createServer(site, await loadLibrary(site));
  await server.connect(new StdioServerTransport());
} catch (error) {
  // stdout carries the protocol: messages for people go to stderr.
  console.error(`gtm-hub-mcp: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
