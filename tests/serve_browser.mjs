// The live-reload script of `sonder serve` in a real browser (Debian's Chromium via playwright-core).
// Run by tests/serve.rs (live_reload_in_chromium): node tests/serve_browser.mjs COURSE_ROOT SONDER_BIN LESSON
// where LESSON is a long lesson's path under content/ (e.g. 01-start/01-first.md).
// Checks: an edit reloads the page and keeps its scroll position; a broken file shows the error
// overlay (file:line:col) over the last good page; the fix removes it; other pages do not reload;
// a hidden tab drops its connection and catches up when shown.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import assert from 'node:assert/strict';

const [root, bin, lesson] = process.argv.slice(2);
const file = `${root}/content/${lesson}`;
const pagePath = lesson.replace(/\.md$/, '.html');
const original = fs.readFileSync(file, 'utf8');
const withText = (t) => original.replace(/\n*$/, `\n\n${t}\n`);

const server = spawn(bin, ['serve', '--root', root, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
let browser;
try {
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sonder serve printed no address')), 20000);
    server.stdout.on('data', (d) => {
      const m = String(d).match(/Serving at (\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url + pagePath);
  // The event stream is open once the hello event arrived; give it a moment.
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 1500));
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.scrollY), 1500);

  const other = await browser.newPage();
  await other.goto(url);
  await other.waitForTimeout(300);
  await other.evaluate(() => { window.__notReloaded = true; });

  // 1. An edit reloads the page, which keeps its scroll position.
  let loaded = page.waitForEvent('load', { timeout: 10000 });
  fs.writeFileSync(file, withText('Live reload marker one.'));
  await loaded;
  await page.waitForFunction(() => document.body.textContent.includes('Live reload marker one.'), null, { timeout: 10000 });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.scrollY), 1500, 'scroll position kept');
  assert.equal(await other.evaluate(() => window.__notReloaded === true), true, 'a page the edit does not touch is not reloaded');

  // 2. A broken front matter: the overlay names file:line:col; the page underneath stays.
  fs.writeFileSync(file, original.replace('+++\n', '+++\nbogus_key = 1\n'));
  await page.waitForSelector('#sonder-serve-overlay', { timeout: 10000 });
  const overlay = await page.textContent('#sonder-serve-overlay');
  assert.match(overlay, new RegExp(`content/${lesson.replace(/[.]/g, '\\.')}:2:1`));
  assert.match(overlay, /bogus_key/);
  assert.ok((await page.textContent('body')).includes('Live reload marker one.'));

  // 3. Fixed: reload with the new text, no overlay.
  loaded = page.waitForEvent('load', { timeout: 10000 });
  fs.writeFileSync(file, withText('Live reload marker two.'));
  await loaded;
  await page.waitForFunction(() => document.body.textContent.includes('Live reload marker two.'), null, { timeout: 10000 });
  assert.equal(await page.$('#sonder-serve-overlay'), null, 'the overlay is gone');

  // 4. A hidden tab lets go of its connection, and catches up when shown again.
  const setVisibility = (state) => other.evaluate((st) => {
    Object.defineProperty(document, 'visibilityState', { value: st, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  assert.equal(await other.evaluate(() => window.__notReloaded === true), true);
  await setVisibility('hidden');
  await other.waitForTimeout(300);
  fs.writeFileSync(file, withText('Live reload marker two.').replace(/^title = .*$/m, 'title = "A retitled lesson"'));
  await page.waitForFunction(() => document.title.includes('A retitled lesson'), null, { timeout: 10000 });
  assert.equal(await other.evaluate(() => window.__notReloaded === true), true, 'a hidden tab does not reload');
  loaded = other.waitForEvent('load', { timeout: 10000 });
  await setVisibility('visible');
  await loaded;
  await other.waitForFunction(() => document.body.textContent.includes('A retitled lesson'), null, { timeout: 10000 });

  assert.deepEqual(errors, []);
  console.log('live reload in Chromium: ok');
} finally {
  fs.writeFileSync(file, original);
  if (browser) await browser.close();
  server.kill();
}
