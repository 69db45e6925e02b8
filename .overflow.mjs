import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const port = 4900 + Math.floor(Math.random() * 90);
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', 'dist', '--ignore-lock'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 4000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
for (const path of process.argv.slice(2)) {
  await page.goto(`http://127.0.0.1:${port}${path}`);
  const over = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 391).slice(0, 12).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
  console.log(path, await page.evaluate(() => document.documentElement.scrollWidth), over);
}
await browser.close();
server.kill();
