// A course in several languages (issue 19): tests/fixtures/multilingual (English, German under de/)
// built by sonder. An answer typed on the English lesson is on the German lesson after the
// learner uses the language switcher, and the other way round, from disk (file://) and over
// HTTP under a sub-path; the German journal shows it too. The switcher is reached and used with
// the keyboard alone, and axe-core finds no violations on pages of both languages. Run: npm test
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromiumMissing, launch, open, ready, waitSaved, serve, fileBase, sel, REPO, AXE, tempDir } from './helpers.mjs';

const skip = chromiumMissing('multilingual.test.mjs');
const LESSON = '01-listening/01-attention.html';
const EX = 'listening-notes';
let browser, site, server;

function sonder(args) {
  const bin = process.env.SONDER_BIN || path.join(REPO, 'target/debug/sonder');
  const r = spawnSync(bin, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sonder ${args.join(' ')} failed: ${r.error || ''}${r.stderr}`);
}

before(async () => {
  if (skip) return;
  if (!process.env.SONDER_BIN) {
    const r = spawnSync('cargo', ['build', '--quiet', '--bin', 'sonder'], { cwd: REPO, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cannot build sonder: ${r.stderr}`);
  }
  site = tempDir('sonder-multilingual-');
  sonder(['build', '--root', path.join(REPO, 'tests/fixtures/multilingual'), '--output', site]);
  browser = await launch();
  server = await serve(site, '/a/b/');
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

/** Follows the switcher's link to `lang` and waits for the widget on the page it leads to. */
async function switchTo(page, lang) {
  const from = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== from), page.click(`nav[data-sonder-languages] a[hreflang="${lang}"]`)]);
  await ready(page);
}

async function answersFollow(t, base) {
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await open(context, base + LESSON);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.fill(sel.field(EX, 'who'), 'My first manager, who always closed her laptop.');
  await waitSaved(page);
  await switchTo(page, 'de');
  assert.ok(page.url().endsWith('/de/' + LESSON), page.url());
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.match(await page.textContent(`${sel.ex(EX)}`), /Denk an das letzte Gespräch/);
  assert.equal(await page.inputValue(sel.field(EX, 'who')), 'My first manager, who always closed her laptop.');
  // Answered in German, found in English.
  await page.fill(sel.field(EX, 'copy'), 'Nachfragen, bevor ich antworte.');
  await waitSaved(page);
  await switchTo(page, 'en');
  assert.ok(page.url().endsWith('/' + LESSON) && !page.url().includes('/de/'), page.url());
  assert.equal(await page.inputValue(sel.field(EX, 'copy')), 'Nachfragen, bevor ich antworte.');
  // The German journal has both.
  const journal = await open(context, base + 'de/journal.html');
  await journal.waitForFunction(() => document.body.textContent.includes('Nachfragen, bevor ich antworte.'), null, { timeout: 5000 });
  assert.ok((await journal.textContent('main')).includes('My first manager'));
  assert.deepEqual([...page.errors, ...journal.errors], []);
}

describe('a course in English and German', { skip }, () => {
  test('an answer typed in English is on the German lesson after switching (file://)', async (t) => {
    await answersFollow(t, fileBase({ dir: site }));
  });

  test('an answer typed in English is on the German lesson after switching (HTTP under /a/b/)', async (t) => {
    await answersFollow(t, server.base);
  });

  test('the switcher is reached and used with the keyboard alone', async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    const page = await open(context, server.base + LESSON);
    let stops = 0;
    let focused = null;
    while (stops < 12) {
      await page.keyboard.press('Tab');
      stops++;
      focused = await page.evaluate(() => {
        const a = document.activeElement;
        return a && a.closest('nav[data-sonder-languages]') ? a.getAttribute('hreflang') : null;
      });
      if (focused === 'de') break;
    }
    assert.equal(focused, 'de', `the German link was not reached in ${stops} Tabs`);
    await Promise.all([page.waitForURL(/\/de\//), page.keyboard.press('Enter')]);
    assert.ok(page.url().endsWith('/de/' + LESSON), page.url());
    // The current language is marked for assistive technology, and the nav is labelled in German.
    assert.equal(await page.getAttribute('nav[data-sonder-languages] a[aria-current="true"]', 'hreflang'), 'de');
    assert.equal(await page.getAttribute('nav[data-sonder-languages]', 'aria-label'), 'Sprache');
  });

  test('axe-core finds no violations on pages of both languages', async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    for (const p of [LESSON, 'de/' + LESSON, 'de/index.html', 'de/journal.html', 'de/01-listening/index.html']) {
      const page = await open(context, server.base + p);
      await page.addScriptTag({ path: AXE });
      const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const summary = res.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `axe violations on ${p}`);
      await page.close();
    }
  });

  test('the German address of an untranslated lesson forwards to the English page', async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    await page.goto(server.base + 'de/01-listening/03-silence.html');
    await page.waitForURL((u) => !u.href.includes('/de/'), { timeout: 5000 });
    assert.ok(page.url().endsWith('/a/b/01-listening/03-silence.html'), page.url());
    await ready(page);
  });
});
