/**
 * Entry point of `npm run validate`. The command is TypeScript sharing the hub's schemas, loader and
 * domain code, so it is loaded through Vite's module runner, like `npm run new`.
 * `npm run validate -- --health` also prints the ranked content health, as /health/ shows it.
 */
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./lib/validateCommand.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
// Astro's content store may still hold a timed write into the scratch cache the command removed.
process.exit(await module.runValidate({ health: process.argv.includes('--health') }));
