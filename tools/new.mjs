/**
 * Entry point of `npm run new`. The command is TypeScript sharing the hub's config and domain code,
 * so it is loaded through Vite's module runner, which resolves TypeScript and extensionless imports.
 */
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./lib/newEntryCommand.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.runNewEntry(process.argv.slice(2));
