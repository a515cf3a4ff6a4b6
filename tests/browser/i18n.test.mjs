// The browser scripts speak the course's language (issue 19): the repository's sample course built
// in German, Polish and Arabic, opened from file:// in headless Chromium. The widget's save state, quiz
// feedback, journal labels and dates, the search dialog and the import summary's plurals come from
// the page's messages (data-sonder-messages), and dates are what Intl gives for the language.
// Run: node --test tests/browser/i18n.test.mjs
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, CI, chromiumMissing, skipped, launch, open, waitSaved, lessonWith, fieldsOf, sel, tempDir } from './helpers.mjs';

function sonderBinary() {
  if (process.env.SONDER_BIN) return process.env.SONDER_BIN;
  const r = spawnSync('cargo', ['build', '--quiet', '--bin', 'sonder'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const bin = path.join(REPO, 'target/debug/sonder');
  if (r.status === 0 && fs.existsSync(bin)) return bin;
  if (CI) throw new Error('cannot build the sonder binary: ' + (r.stderr || '').slice(-2000));
  return null;
}

const chromium = chromiumMissing('i18n browser tests');
const bin = chromium ? null : sonderBinary();
const skip = chromium || (!bin && skipped('i18n browser tests', 'no sonder binary (cargo build failed)', 'install a Rust toolchain'));

/** The sample course (course.toml, content/, exercises/) copied, in `language`, and built. */
function buildIn(language) {
  const src = tempDir(`sonder-${language}-course-`);
  for (const item of ['course.toml', 'content', 'exercises', 'static', 'i18n', 'pdf']) {
    if (fs.existsSync(path.join(REPO, item))) fs.cpSync(path.join(REPO, item), path.join(src, item), { recursive: true });
  }
  const toml = path.join(src, 'course.toml');
  fs.writeFileSync(toml, fs.readFileSync(toml, 'utf8').replace(/^language = ".*"$/m, `language = "${language}"`));
  const out = tempDir(`sonder-${language}-site-`);
  const b = spawnSync(bin, ['build', '--root', src, '--output', out], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error('sonder build failed: ' + b.stderr + b.stdout);
  const course = /data-sonder-course="([^"]+)"/.exec(fs.readFileSync(path.join(out, 'index.html'), 'utf8'))[1];
  return { dir: out, course, base: pathToFileURL(out).href + '/' };
}

let browser;
before(async () => { if (!skip) browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function ctx(t) {
  const c = await browser.newContext();
  t.after(() => c.close());
  return c;
}

/** Visible English words of the widget that must not show on a translated page. */
const ENGLISH = /\b(Saved|Correct\.|Not quite|of \d+ right|Continue:|No answer yet|Edit|Delete|Search this course|No results)\b/;

describe('a German course', { skip }, () => {
  let site;
  before(() => { site = buildIn('de'); });

  test('save state, quiz feedback and Continue are German', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, site.base + l.page);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    const f = (await fieldsOf(page, l.id))[0].field;
    const clock = () => page.evaluate(() => new Date().toLocaleTimeString('de', { timeStyle: 'short' }));
    const before = await clock();
    await page.fill(sel.field(l.id, f), 'Meine Antwort');
    await waitSaved(page);
    assert.equal(await page.textContent('[data-sonder-status]'), 'Gespeichert');
    const saved = await page.textContent(`${sel.ex(l.id)} [data-sonder-saved]`);
    // The time as German writes it, from the browser's own Intl (a minute may turn meanwhile).
    assert.ok([`Gespeichert · ${before}`, `Gespeichert · ${await clock()}`].includes(saved), saved);

    const q = lessonWith(site, 'quiz');
    const qp = await open(c, site.base + q.page);
    await qp.click(`${sel.ex(q.id)} [data-sonder-action="check"]`);
    const questions = await qp.$$eval(`${sel.ex(q.id)} [data-sonder-question]`, (x) => x.length);
    assert.equal((await qp.textContent(`${sel.ex(q.id)} [data-sonder-score]`)).trim(), `0 von ${questions} richtig`);
    const feedback = await qp.$$eval(`${sel.ex(q.id)} [data-sonder-feedback]`, (x) => x.map((e) => e.textContent));
    assert.ok(feedback.length && feedback.every((x) => x === 'Nicht ganz.'), feedback.join('|'));

    const home = await open(c, site.base + 'index.html');
    assert.match((await home.textContent('a[data-sonder-continue]')).trim(), /^Weiter mit: \S/);
    for (const p of [page, qp, home]) {
      assert.doesNotMatch(await p.innerText('body'), ENGLISH);
      assert.deepEqual(p.errors, []);
    }
  });

  test('journal labels are German and its dates are what Intl gives for de', async (t) => {
    const c = await ctx(t);
    const jl = lessonWith(site, 'journal');
    const lp = await open(c, site.base + jl.page);
    await lp.fill(sel.field(jl.id, 'entry'), 'Ein Eintrag');
    await lp.click(`${sel.ex(jl.id)} [data-sonder-action="add-entry"]`);
    await waitSaved(lp);
    const j = await open(c, site.base + 'journal.html');
    const li = `[data-sonder-journal-exercise="${jl.id}"] [data-sonder-entry]`;
    const [shown, iso] = await j.$eval(`${li} time`, (x) => [x.textContent, x.dateTime]);
    const want = await j.evaluate((d) => new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d)), iso);
    assert.equal(shown, want);
    assert.match(shown, /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/, 'German order: day.month.year');
    const buttons = await j.$$eval(`${li} button`, (b) => b.map((x) => [x.textContent, x.getAttribute('aria-label')]));
    assert.deepEqual(buttons, [['Bearbeiten', `Eintrag vom ${want} bearbeiten`], ['Löschen', `Eintrag vom ${want} löschen`]]);
    // An exercise without an answer, with the filter off.
    await j.uncheck('[data-sonder-filter]');
    assert.ok((await j.$$eval('[data-sonder-empty]', (x) => x.map((e) => e.textContent))).every((x) => x === 'Noch keine Antwort'));
    const persist = await j.textContent('[data-sonder-persist]');
    assert.match(persist, /^Dieser Browser .* (Du hast es noch nicht exportiert\.|Letzter Export: .*\.)$/, persist);
    // The Markdown export's own words, and its dates as the page shows them.
    const [dl] = await Promise.all([j.waitForEvent('download'), j.click('[data-sonder-action="export-markdown"]')]);
    const md = fs.readFileSync(await dl.path(), 'utf8');
    assert.match(md, /\n\nExportiert am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \(Kurs-ID `[a-z0-9-]+`\)\.\n/);
    assert.ok(md.includes(`- ${want}:\n\n> Ein Eintrag`), md);
    assert.doesNotMatch(await j.innerText('main'), ENGLISH);
    assert.deepEqual([...lp.errors, ...j.errors], []);
  });

  test('the search dialog is German', async (t) => {
    const c = await ctx(t);
    const page = await open(c, site.base + 'index.html');
    assert.equal((await page.textContent('[data-sonder-search-open]')).replace(/\s+\/$/, '').trim(), 'Suche');
    await page.click('[data-sonder-search-open]');
    await page.waitForSelector('[data-sonder-search] #sonder-search-title');
    assert.equal(await page.textContent('#sonder-search-title'), 'Diesen Kurs durchsuchen');
    assert.equal(await page.textContent('[data-sonder-search-close]'), 'Schließen');
    await page.fill('[data-sonder-search-input]', 'x');
    await page.waitForFunction(() => document.querySelector('[data-sonder-search-status]').textContent === 'Gib mindestens zwei Buchstaben ein.');
    await page.fill('[data-sonder-search-input]', 'qqxqzz');
    await page.waitForFunction(() => /^Keine Ergebnisse für „qqxqzz“\.$/.test(document.querySelector('[data-sonder-search-status]').textContent));
    assert.deepEqual(page.errors, []);
  });
});

describe('a Polish course', { skip }, () => {
  let site;
  before(() => { site = buildIn('pl'); });

  // An export with `n` answers this browser does not have yet.
  function exportWith(n) {
    const answers = {};
    for (let i = 0; i < n; i++) answers[`stare-cwiczenie-${i}`] = { q: { v: `odpowiedź ${i}`, t: 1_700_000_000_000 + i } };
    return { name: 'dziennik.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'sonder-journal', schema: 1, course: site.course, answers })) };
  }

  test('the import summary counts answers with Polish plural forms: 1, 2, 5, 22', async (t) => {
    const want = { 1: '1 nowa odpowiedź', 2: '2 nowe odpowiedzi', 5: '5 nowych odpowiedzi', 22: '22 nowe odpowiedzi' };
    for (const n of [1, 2, 5, 22]) {
      const c = await ctx(t);
      const j = await open(c, site.base + 'journal.html');
      await j.setInputFiles('input[data-sonder-action="import"]', exportWith(n));
      await j.waitForFunction(() => /^Import zakończony/.test(document.querySelector('[data-sonder-message]').textContent));
      const text = await j.textContent('[data-sonder-message]');
      // "2 nowe odpowiedzi i 0 zaktualizowanych odpowiedzi": the list joined as Polish joins it.
      assert.equal(text, `Import zakończony: ${want[n]} i 0 zaktualizowanych odpowiedzi.`);
      assert.deepEqual(j.errors, []);
      await c.close();
    }
  });

  test('a lesson page shows the Polish save state and an unsaved warning', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, site.base + l.page);
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.fill(sel.field(l.id, f), 'moja odpowiedź');
    await waitSaved(page);
    assert.equal(await page.textContent('[data-sonder-status]'), 'Zapisano');
    // Storage refuses the next write: the warning is Polish.
    await page.evaluate(() => { Storage.prototype.setItem = function () { throw new DOMException('no', 'SecurityError'); }; });
    await page.fill(sel.field(l.id, f), 'moja odpowiedź, dłuższa');
    await page.waitForSelector('[data-sonder-status][data-sonder-state="unsaved"]', { state: 'attached' });
    assert.match(await page.textContent('[data-sonder-status]'), /^Twoje odpowiedzi nie są zapisywane: przeglądarka odmówiła ich przechowania\./);
  });
});

describe('an Arabic course', { skip }, () => {
  let site;
  before(() => { site = buildIn('ar'); });

  test('the import summary uses the Arabic forms for 2, 3, 11 and 100, on a right-to-left page', async (t) => {
    const want = { 2: 'إجابتان جديدتان', 3: '3 إجابات جديدة', 11: '11 إجابةً جديدةً', 100: '100 إجابة جديدة' };
    for (const n of [2, 3, 11, 100]) {
      const c = await ctx(t);
      const j = await open(c, site.base + 'journal.html');
      assert.equal(await j.getAttribute('html', 'dir'), 'rtl');
      const answers = {};
      for (let i = 0; i < n; i++) answers[`old-${i}`] = { q: { v: `${i}`, t: 1_700_000_000_000 + i } };
      await j.setInputFiles('input[data-sonder-action="import"]', { name: 'j.json', mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'sonder-journal', schema: 1, course: site.course, answers })) });
      await j.waitForFunction(() => /^اكتمل الاستيراد/.test(document.querySelector('[data-sonder-message]').textContent));
      const text = await j.textContent('[data-sonder-message]');
      assert.ok(text.includes(want[n]) && text.includes('لم تُحدَّث أي إجابة'), `${n}: ${text}`);
      assert.deepEqual(j.errors, []);
      await c.close();
    }
  });
});
