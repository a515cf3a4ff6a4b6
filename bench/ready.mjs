// How long after a lesson page's own load event the learner widget is ready (issue 16's target:
// `data-sonder-ready` within 60 ms of the load event, median of 20 loads over HTTP in headless Chromium).
//
//   node bench/ready.mjs [lesson page, default 02-empathy-first/04-practising-empathy.html] [loads, default 20]
//
// Builds the repository's sample course with target/debug/sonder (or SONDER_BIN), serves it from a
// local HTTP server (127.0.0.1), loads the page in a fresh tab each time (cache kept, as for a
// learner moving between lessons; the first load is a cold one and counts too) and prints the
// median, minimum and maximum of: ready - load event, and ready - navigation start (ms).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO, launch, serve } from '../tests/browser/helpers.mjs';

const pagePath = process.argv[2] || '02-empathy-first/04-practising-empathy.html';
const loads = +(process.argv[3] || 20);
const bin = process.env.SONDER_BIN || path.join(REPO, 'target/debug/sonder');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sonder-ready-'));
const b = spawnSync(bin, ['build', '--root', REPO, '--output', out, '--quiet'], { encoding: 'utf8' });
if (b.status !== 0) throw new Error(`sonder build failed (run cargo build first): ${b.stderr}`);

const server = await serve(out, '/course/');
const browser = await launch();
const context = await browser.newContext();
// Runs before the page's scripts: notes when <html> gets data-sonder-ready.
// (<html> may not exist yet when this runs, so the setter is watched rather than the element.)
await context.addInitScript(() => {
  const set = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (name === 'data-sonder-ready' && this === document.documentElement && window.__ready === undefined) window.__ready = performance.now();
    return set.call(this, name, value);
  };
});
const afterLoad = [], fromStart = [];
for (let i = 0; i < loads; i++) {
  const page = await context.newPage();
  await page.goto(server.base + pagePath, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 10000 });
  const [ready, load] = await page.evaluate(() => [window.__ready, performance.getEntriesByType('navigation')[0].loadEventStart]);
  afterLoad.push(ready - load);
  fromStart.push(ready);
  await page.close();
}
await browser.close();
await server.close();
fs.rmSync(out, { recursive: true, force: true });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (x) => x.toFixed(1);
const line = (name, xs) => `${name}: median ${f(median(xs))} ms (min ${f(Math.min(...xs))}, max ${f(Math.max(...xs))})`;
console.log(`${pagePath}, ${loads} loads over HTTP, headless Chromium`);
console.log(line('data-sonder-ready after the load event', afterLoad));
console.log(line('data-sonder-ready after navigation start', fromStart));
console.log(`target (median after load <= 60 ms): ${median(afterLoad) <= 60 ? 'met' : 'NOT met'}`);
