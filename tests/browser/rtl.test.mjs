// Right-to-left courses (issue 19): an Arabic course's pages carry dir="rtl" and lang="ar", the
// theme's logical CSS mirrors the layout (the lesson navigation sits on the right, the next-lesson
// link on the left), and axe-core finds no violations. Run: npm test
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromiumMissing, launch, open, REPO, AXE, tempDir } from './helpers.mjs';

const skip = chromiumMissing('rtl.test.mjs');
let browser;
const sites = {};

function sonder(args) {
  const bin = process.env.SONDER_BIN || path.join(REPO, 'target/debug/sonder');
  const r = spawnSync(bin, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sonder ${args.join(' ')} failed: ${r.error || ''}${r.stderr}`);
}

/** The generated course in `language`, built: the folder of the site. */
function buildIn(language) {
  const src = tempDir('sonder-rtl-src-');
  const out = tempDir('sonder-rtl-out-');
  sonder(['dev', 'corpus', '--lessons', '6', '--out', src]);
  const toml = path.join(src, 'course.toml');
  fs.writeFileSync(toml, fs.readFileSync(toml, 'utf8').replace(/^language = ".*"$/m, `language = "${language}"`));
  sonder(['build', '--root', src, '--output', out]);
  return out;
}

before(async () => {
  if (skip) return;
  if (!fs.existsSync(path.join(REPO, 'target/debug/sonder'))) spawnSync('cargo', ['build', '--quiet', '--bin', 'sonder'], { cwd: REPO });
  browser = await launch();
  sites.ar = buildIn('ar');
  sites.en = buildIn('en');
});
after(async () => { if (browser) await browser.close(); });

function firstLesson(dir) {
  const module = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'index.html')) && !['handouts', 'facilitator'].includes(d)).sort()[0];
  const lesson = fs.readdirSync(path.join(dir, module)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort()[1];
  return `${module}/${lesson}`;
}

/** Where the lesson navigation and the article sit on a wide screen. */
async function layout(context, dir) {
  const page = await open(context, pathToFileURL(path.join(dir, firstLesson(dir))).href);
  const got = await page.evaluate(() => {
    const nav = document.querySelector('.module-nav').getBoundingClientRect();
    const article = document.querySelector('article.lesson').getBoundingClientRect();
    const next = document.querySelector('.prev-next .next')?.getBoundingClientRect();
    const prev = document.querySelector('.prev-next .prev')?.getBoundingClientRect();
    return { dir: document.documentElement.dir, lang: document.documentElement.lang, navLeft: nav.left, articleLeft: article.left,
      nextLeft: next?.left, prevLeft: prev?.left, heading: getComputedStyle(document.querySelector('h1')).textAlign };
  });
  return { page, got };
}

describe('a right-to-left course', { skip }, () => {
  test('is mirrored: navigation on the right in Arabic, on the left in English', async (t) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    t.after(() => context.close());
    const ar = await layout(context, sites.ar);
    const en = await layout(context, sites.en);
    assert.equal(ar.got.dir, 'rtl');
    assert.equal(ar.got.lang, 'ar');
    assert.equal(en.got.dir, 'ltr');
    assert.ok(en.got.navLeft < en.got.articleLeft, `English: navigation left of the lesson ${JSON.stringify(en.got)}`);
    assert.ok(ar.got.navLeft > ar.got.articleLeft, `Arabic: navigation right of the lesson ${JSON.stringify(ar.got)}`);
    if (ar.got.nextLeft !== undefined && ar.got.prevLeft !== undefined) {
      assert.ok(ar.got.nextLeft < ar.got.prevLeft, 'Arabic: the next lesson is on the left');
    }
  });

  test('axe-core finds no violations on Arabic pages', async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    for (const p of ['index.html', firstLesson(sites.ar), 'journal.html']) {
      const page = await open(context, pathToFileURL(path.join(sites.ar, p)).href);
      await page.addScriptTag({ path: AXE });
      const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const summary = res.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `axe violations on ${p}`);
      await page.close();
    }
  });
});
