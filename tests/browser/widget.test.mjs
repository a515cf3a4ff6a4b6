// End-to-end tests of the learner widget in headless Chromium. Run: npm test
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import {
  chromiumMissing, buildSite, serve, fileBase, open, ready, waitSaved, key, stored, sel, fieldsOf,
  lessonWith, pagesOfKind, download, AXE,
  suite, tempDir,
} from './helpers.mjs';

const skip = chromiumMissing('widget.test.mjs');
const KINDS = ['reflection', 'journal', 'quiz', 'practice', 'scale', 'compose'];
const HOSTILE = ['<script>window.__pwned = 1</script>', '<img src=x onerror="window.__pwned = 1">'];

// The browser, the built site and its server: made once for this file (helpers.mjs suite()).
let site, server;
const S = suite({ skip, prefix: '/a/b/', ready: (s) => ({ site, server } = s) });
const ctx = S.ctx;
const bases = () => [['file', fileBase(site)], ['http /a/b/', server.base]];

/** Types or clicks an answer for one exercise; returns a check run after reload. */
async function answer(page, kind, id) {
  const fields = await fieldsOf(page, id);
  const checks = [];
  for (const f of fields) {
    const s = `${sel.ex(id)} [data-sonder-field="${f.field}"]`;
    if (f.type === 'radio' || f.type === 'checkbox') {
      const v = f.values[Math.min(1, f.values.length - 1)];
      await page.check(`${s}[value="${v}"]`);
      checks.push(async (p) => assert.equal(await p.isChecked(`${s}[value="${v}"]`), true, `${kind} ${f.field}=${v} checked`));
    } else {
      const text = `${kind} ${f.field}: “quoted” <b>not bold</b> ✓` + (f.type === 'text' ? '' : '\nsecond line');
      await page.fill(s, text);
      if (kind === 'journal' && f.field === 'entry') {
        await page.click(`${sel.ex(id)} [data-sonder-action="add-entry"]`);
        await page.fill(s, 'a draft');
        checks.push(async (p) => {
          assert.equal(await p.inputValue(s), 'a draft');
          const li = await p.$$eval(`${sel.ex(id)} [data-sonder-entries] li`, (l) => l.map((x) => x.textContent));
          assert.equal(li.length, 1);
          assert.ok(li[0].includes(text), li[0]);
        });
      } else {
        checks.push(async (p) => assert.equal(await p.inputValue(s), text, `${kind} ${f.field}`));
      }
    }
  }
  return checks;
}

describe('widget in Chromium', { skip }, () => {
  for (const [label, baseOf] of [['file', () => fileBase(site)], ['http /a/b/', () => server.base]]) {
    test(`every exercise kind autosaves within 1 s and survives a reload (${label})`, async (t) => {
      const c = await ctx(t);
      for (const kind of KINDS) {
        const l = lessonWith(site, kind);
        assert.ok(l, `the site has a ${kind} exercise`);
        const page = await open(c, baseOf() + l.page);
        await waitSaved(page);
        const checks = await answer(page, kind, l.id);
        const t0 = Date.now();
        await page.waitForSelector('[data-sonder-status][data-sonder-state="saving"]', { state: 'attached', timeout: 1000 }).catch(() => {});
        await waitSaved(page);
        assert.ok(Date.now() - t0 < 1000, `${kind} saved within 1 s (${Date.now() - t0} ms)`);
        const raw = JSON.parse(await stored(page, site));
        assert.ok(raw.answers[l.id], `${kind} stored under its exercise id`);
        assert.equal(await page.textContent('[data-sonder-status]'), 'Saved');
        await page.reload();
        await ready(page);
        for (const check of checks) await check(page);
        if (kind === 'quiz') {
          // Judged only on "Check" (issue 16), from the restored choices.
          await page.click(`${sel.ex(l.id)} [data-sonder-action="check"]`);
          assert.notEqual((await page.textContent(`${sel.ex(l.id)} [data-sonder-feedback]`)).trim(), '');
        }
        if (kind === 'compose') {
          const out = await page.textContent(`${sel.ex(l.id)} [data-sonder-composed]`);
          assert.ok(out.includes('compose'), out);
        }
        assert.deepEqual(page.errors, [], 'no console errors');
        await page.close();
      }
      const keys = await (await open(c, baseOf() + 'index.html')).evaluate(() => Object.keys(localStorage));
      for (const k of keys) assert.ok(k.startsWith(`sonder:${site.course}:`), k);
    });
  }

  test('text typed before the widget is ready is kept, not overwritten', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, fileBase(site) + l.page);
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.fill(sel.field(l.id, f), 'old saved answer');
    await waitSaved(page);
    await page.close();
    await c.addInitScript(() => {
      const orig = WebAssembly.instantiate;
      WebAssembly.instantiate = (...a) => new Promise((r) => setTimeout(r, 1500)).then(() => orig.apply(WebAssembly, a));
    });
    const p2 = await open(c, fileBase(site) + l.page, { wait: false });
    await p2.waitForLoadState('domcontentloaded');
    assert.equal(await p2.getAttribute('html', 'data-sonder-ready'), null);
    await p2.fill(sel.field(l.id, f), 'typed early');
    await ready(p2);
    await waitSaved(p2);
    assert.equal(await p2.inputValue(sel.field(l.id, f)), 'typed early');
    assert.equal(JSON.parse(await stored(p2, site)).answers[l.id][f].v, 'typed early');
  });

  test('pending edits are written when the tab closes right after typing', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, fileBase(site) + l.page);
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.type(sel.field(l.id, f), 'closing fast');
    await page.close({ runBeforeUnload: true });
    const p2 = await open(c, fileBase(site) + l.page);
    assert.equal(await p2.inputValue(sel.field(l.id, f)), 'closing fast');
  });

  test('pending edits are written as soon as the page is hidden (visibilitychange)', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, fileBase(site) + l.page);
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.fill(sel.field(l.id, f), 'hidden right away');
    const v = await page.evaluate(([k, s]) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      return localStorage.getItem(k);
    }, [key(site), sel.field(l.id, f)]);
    assert.equal(JSON.parse(v).answers[l.id][f].v, 'hidden right away', 'written synchronously, before the autosave delay');
  });

  test('lesson complete, progress on home and nav, continue where you left off', async (t) => {
    const c = await ctx(t);
    const lessons = pagesOfKind(site, 'lesson');
    const home = await open(c, fileBase(site) + 'index.html');
    const total = await home.getAttribute('[data-sonder-progress]', 'data-sonder-total');
    assert.equal(await home.textContent('[data-sonder-progress]'), `0 of ${total} lessons`);
    assert.equal(await home.isHidden('a[data-sonder-continue]'), true);
    const lp = lessons[1] || lessons[0];
    const page = await open(c, fileBase(site) + lp);
    const lkey = await page.getAttribute('article[data-sonder-lesson]', 'data-sonder-lesson');
    await page.click('button[data-sonder-action="complete"]');
    assert.equal(await page.getAttribute('button[data-sonder-action="complete"]', 'aria-pressed'), 'true');
    await waitSaved(page);
    assert.equal(await page.getAttribute(`nav a[data-sonder-lesson-link="${lkey}"]`, 'data-sonder-done'), '');
    await home.reload();
    await ready(home);
    assert.equal(await home.textContent('[data-sonder-progress]'), `1 of ${total} lessons`);
    assert.equal(await home.getAttribute(`a[data-sonder-lesson-link="${lkey}"]`, 'data-sonder-done'), '');
    assert.equal(await home.isVisible('a[data-sonder-continue]'), true);
    // Continue leads to the next unfinished lesson in course order (issue 16), not the last one opened.
    const next = await home.getAttribute('a[data-sonder-lesson-link]:not([data-sonder-done])', 'data-sonder-lesson-link');
    await home.click('a[data-sonder-continue]');
    await ready(home);
    assert.equal(await home.getAttribute('article[data-sonder-lesson]', 'data-sonder-lesson'), next);
    // Toggle back.
    await page.click('button[data-sonder-action="complete"]');
    assert.equal(await page.getAttribute('button[data-sonder-action="complete"]', 'aria-pressed'), 'false');
    assert.deepEqual([...page.errors, ...home.errors], []);
  });

  for (const [label, baseOf] of [['file', () => fileBase(site)], ['http /a/b/', () => server.base]]) {
  test(`journal: export JSON and Markdown, reset (cancel and OK), import restores with a summary (${label})`, async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const q = lessonWith(site, 'quiz');
    const lp = await open(c, baseOf() + l.page);
    const f = (await fieldsOf(lp, l.id))[0].field;
    await lp.fill(sel.field(l.id, f), 'my journal answer\nline two');
    await waitSaved(lp);
    const qp = await open(c, baseOf() + q.page);
    const qf = (await fieldsOf(qp, q.id))[0];
    await qp.check(`${sel.field(q.id, qf.field)}[value="${qf.values[0]}"]`);
    await waitSaved(qp);
    const j = await open(c, baseOf() + 'journal.html');
    const dd = `[data-sonder-journal-exercise="${l.id}"] [data-sonder-answer="${f}"]`;
    assert.equal((await j.textContent(dd)).trim(), 'my journal answer\nline two');
    const qdd = `[data-sonder-journal-exercise="${q.id}"] [data-sonder-answer="${qf.field}"]`;
    const choices = JSON.parse(await j.getAttribute(qdd, 'data-sonder-choices'));
    assert.equal((await j.textContent(qdd)).trim(), choices[0], 'a choice shows as its label');

    const json = await download(j, '[data-sonder-action="export-json"]');
    assert.match(json.name, /\.json$/);
    const data = JSON.parse(json.text);
    assert.equal(data.course, site.course);
    assert.equal(data.schema, 1);
    assert.equal(data.format, 'sonder-journal');
    assert.ok(data.exported > 0);
    assert.equal(data.answers[l.id][f].v, 'my journal answer\nline two');
    assert.ok(data.answers[l.id][f].t > 0);
    const md = await download(j, '[data-sonder-action="export-markdown"]');
    assert.match(md.name, /\.md$/);
    // Headed by the page's title, which names the course: journals of several courses read apart.
    const title = await j.title();
    assert.ok(title.includes(' · '), title);
    assert.ok(md.text.startsWith(`# ${title}\n`), md.text.slice(0, 200));
    assert.ok(md.text.includes('> my journal answer\n> line two'), md.text.slice(0, 500));
    assert.ok(md.text.includes(`> ${choices[0]}`));

    let msg = '';
    j.once('dialog', (d) => { msg = d.message(); d.dismiss(); });
    await j.click('[data-sonder-action="reset"]');
    assert.match(msg, /export/i);
    assert.equal((await j.textContent(dd)).trim(), 'my journal answer\nline two', 'Cancel keeps everything');
    j.once('dialog', (d) => d.accept());
    await j.click('[data-sonder-action="reset"]');
    assert.equal((await j.textContent(dd)).trim(), 'No answer yet');
    assert.equal(await stored(j, site), null);

    const file = path.join(tempDir('sonder-export-'), 'journal.json');
    fs.writeFileSync(file, json.text);
    await j.setInputFiles('input[data-sonder-action="import"]', file);
    await j.waitForFunction(() => /Import finished/.test(document.querySelector('[data-sonder-message]').textContent));
    assert.match(await j.textContent('[data-sonder-message]'), /2 new answers/);
    assert.equal((await j.textContent(dd)).trim(), 'my journal answer\nline two');
    assert.equal(JSON.parse(await stored(j, site)).answers[l.id][f].v, 'my journal answer\nline two');
    // The same file again changes nothing.
    await j.setInputFiles('input[data-sonder-action="import"]', file);
    await j.waitForFunction(() => /nothing changed/.test(document.querySelector('[data-sonder-message]').textContent));
    assert.deepEqual([...lp.errors, ...qp.errors, ...j.errors], []);
  });
  }

  test('import merges field by field, newest wins, and says what it changed', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection'), pr = lessonWith(site, 'practice');
    const lp = await open(c, fileBase(site) + l.page);
    const f = (await fieldsOf(lp, l.id))[0].field;
    await lp.fill(sel.field(l.id, f), 'mine, older');
    await waitSaved(lp);
    const pp = await open(c, fileBase(site) + pr.page);
    await pp.fill(sel.field(pr.id, 'notes'), 'mine, newer');
    await waitSaved(pp);
    const doc = JSON.parse(await stored(pp, site));
    const file = { format: 'sonder-journal', schema: 1, course: site.course, answers: {
      [l.id]: { [f]: { v: 'theirs, newer', t: doc.answers[l.id][f].t + 1000 } },
      [pr.id]: { notes: { v: 'theirs, older', t: doc.answers[pr.id].notes.t - 1000 } },
    } };
    const j = await open(c, fileBase(site) + 'journal.html');
    await j.setInputFiles('input[data-sonder-action="import"]', { name: 'merge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await j.waitForFunction(() => /Import finished/.test(document.querySelector('[data-sonder-message]').textContent));
    assert.equal(await j.textContent('[data-sonder-message]'),
      'Import finished: 0 new answers, 1 answer updated, 1 answer kept because the one here was newer.');
    const after = JSON.parse(await stored(j, site)).answers;
    assert.equal(after[l.id][f].v, 'theirs, newer');
    assert.equal(after[pr.id].notes.v, 'mine, newer');
    // The open lesson tab follows (storage event).
    await lp.waitForFunction((s) => document.querySelector(s).value === 'theirs, newer', sel.field(l.id, f), { timeout: 3000 });
  });

  test('hostile imports change nothing, and learner text is only ever text', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const lp = await open(c, fileBase(site) + l.page);
    const fields = await fieldsOf(lp, l.id);
    await lp.fill(sel.field(l.id, fields[0].field), 'keep me');
    await waitSaved(lp);
    const j = await open(c, fileBase(site) + 'journal.html');
    j.on('dialog', (d) => { j.errors.push('unexpected dialog ' + d.message()); d.dismiss(); });
    const before = await stored(j, site);
    const cases = [
      ['bad.json', '{"schema":1,"course":', /not valid JSON/],
      ['big.json', '{"a":"' + 'x'.repeat(5 * 1024 * 1024) + '"}', /larger than 2 MB/],
      ['other.json', JSON.stringify({ format: 'sonder-journal', schema: 1, course: 'another-course', answers: {} }),
        new RegExp(`another-course.*${site.course}`)],
      ['future.json', JSON.stringify({ format: 'sonder-journal', schema: 7, course: site.course, answers: {} }), /unknown schema version \(7\)/],
      ['shape.json', JSON.stringify({ format: 'sonder-journal', schema: 1, course: site.course, answers: { x: { y: { v: { html: 1 }, t: 1 } } } }), /damaged/],
    ];
    for (const [name, text, want] of cases) {
      const file = path.join(os.tmpdir(), `sonder-${process.pid}-${name}`);
      fs.writeFileSync(file, text);
      t.after(() => fs.rmSync(file, { force: true }));
      const prev = await j.textContent('[data-sonder-message]');
      await j.setInputFiles('input[data-sonder-action="import"]', file);
      await j.waitForFunction((n) => document.querySelector('[data-sonder-message]').textContent !== n, prev, { timeout: 5000 });
      const m = await j.textContent('[data-sonder-message]');
      assert.match(m, want, name);
      assert.match(m, /Nothing was changed/, name);
      assert.equal(await j.getAttribute('[data-sonder-message]', 'role'), 'alert');
      assert.equal(await stored(j, site), before, `${name} changed nothing`);
    }
    // A valid export whose answers are markup.
    const now = Date.now() + 1000;
    const answers = { [l.id]: {} };
    fields.slice(0, 2).forEach((f, i) => { answers[l.id][f.field] = { v: HOSTILE[i % 2], t: now }; });
    const jl = lessonWith(site, 'journal');
    answers[jl.id] = { 'entry:99999999999999999999': { v: HOSTILE[1], t: now }, entry: { v: HOSTILE[0], t: now } };
    const evil = { format: 'sonder-journal', schema: 1, course: site.course, answers, done: {} };
    await j.setInputFiles('input[data-sonder-action="import"]', { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(evil)) });
    await j.waitForFunction(() => /Import finished/.test(document.querySelector('[data-sonder-message]').textContent));
    for (const [fid, e] of Object.entries(answers[l.id])) {
      const dd = `[data-sonder-journal-exercise="${l.id}"] [data-sonder-answer="${fid}"]`;
      assert.equal((await j.textContent(dd)).trim(), e.v, 'shown as text');
      assert.equal(await j.$$eval(`${dd} img, ${dd} script`, (x) => x.length), 0, 'no element created');
    }
    const jdd = `[data-sonder-journal-exercise="${jl.id}"] [data-sonder-answer="entry"]`;
    assert.ok((await j.textContent(jdd)).includes(HOSTILE[1]));
    assert.equal(await j.$$eval(`${jdd} img, ${jdd} script`, (x) => x.length), 0);
    await lp.reload();
    await ready(lp);
    assert.equal(await lp.inputValue(sel.field(l.id, fields[0].field)), HOSTILE[0]);
    await j.reload();
    await ready(j);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await j.evaluate(() => window.__pwned), undefined);
    assert.equal(await lp.evaluate(() => window.__pwned), undefined);
    assert.deepEqual([...lp.errors, ...j.errors], []);
  });

  test('journal page: dated entries, and answers to exercises no longer in the course listed at the end', async (t) => {
    const c = await ctx(t);
    const jl = lessonWith(site, 'journal');
    const lp = await open(c, fileBase(site) + jl.page);
    await lp.fill(sel.field(jl.id, 'entry'), 'first entry <i>text</i>');
    await lp.click(`${sel.ex(jl.id)} [data-sonder-action="add-entry"]`);
    await waitSaved(lp);
    const doc = JSON.parse(await stored(lp, site));
    doc.answers['removed-exercise'] = { q1: { v: 'an answer to a removed exercise', t: Date.now() } };
    await lp.evaluate(([k, v]) => localStorage.setItem(k, v), [key(site), JSON.stringify(doc)]);
    const j = await open(c, fileBase(site) + 'journal.html');
    const dd = `[data-sonder-journal-exercise="${jl.id}"] [data-sonder-answer="entry"]`;
    const items = await j.$$eval(`${dd} li`, (l) => l.map((x) => [x.querySelector('time').getAttribute('datetime'), x.querySelector('p').textContent]));
    assert.equal(items.length, 1);
    assert.equal(items[0][1], 'first entry <i>text</i>');
    assert.ok(Math.abs(Date.parse(items[0][0]) - Date.now()) < 60000);
    assert.equal(await j.isVisible('[data-sonder-orphans]'), true);
    const orphans = await j.textContent('[data-sonder-orphans]');
    assert.ok(orphans.includes('removed-exercise') && orphans.includes('an answer to a removed exercise'), orphans);
    const md = await download(j, '[data-sonder-action="export-markdown"]');
    assert.ok(md.text.includes('> first entry <i>text</i>'));
    assert.ok(/## Answers to exercises no longer in the course[\s\S]*an answer to a removed exercise/.test(md.text));
    assert.deepEqual([...lp.errors, ...j.errors], []);
  });

  test('journal page without sonder-journal.js still shows answers and says what is missing', async (t) => {
    const dir = tempDir('sonder-nojournal-');
    fs.cpSync(site.dir, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'assets/sonder-journal.js'));
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const base = fileBase({ dir });
    const lp = await open(c, base + l.page);
    const f = (await fieldsOf(lp, l.id))[0].field;
    await lp.fill(sel.field(l.id, f), 'still shown');
    await waitSaved(lp);
    const j = await open(c, base + 'journal.html');
    assert.equal((await j.textContent(`[data-sonder-journal-exercise="${l.id}"] [data-sonder-answer="${f}"]`)).trim(), 'still shown');
    await j.setInputFiles('input[data-sonder-action="import"]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await j.waitForFunction(() => /sonder-journal\.js/.test(document.querySelector('[data-sonder-message]').textContent));
    const json = await download(j, '[data-sonder-action="export-json"]');
    assert.equal(JSON.parse(json.text).answers[l.id][f].v, 'still shown');
    assert.deepEqual(j.errors.filter((e) => !/ERR_FILE_NOT_FOUND|Failed to load resource/.test(e)), []);
  });

  test('an exercise can be reset on its own', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, fileBase(site) + l.page);
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.fill(sel.field(l.id, f), 'to be cleared');
    await waitSaved(page);
    page.once('dialog', (d) => d.dismiss());
    await page.click(`${sel.ex(l.id)} [data-sonder-action="reset-exercise"]`);
    assert.equal(await page.inputValue(sel.field(l.id, f)), 'to be cleared');
    page.once('dialog', (d) => d.accept());
    await page.click(`${sel.ex(l.id)} [data-sonder-action="reset-exercise"]`);
    assert.equal(await page.inputValue(sel.field(l.id, f)), '');
    await page.reload();
    await ready(page);
    assert.equal(await page.inputValue(sel.field(l.id, f)), '');
    assert.equal(JSON.parse(await stored(page, site)).answers[l.id][f].v, null);
  });

  test('corrupt stored data is backed up, the learner is told, and the course starts clean', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    let page = await open(c, fileBase(site) + l.page);
    await page.evaluate((k) => localStorage.setItem(k, '{"schema":1,"answers":{oops'), key(site));
    await page.close();
    page = await open(c, fileBase(site) + l.page);
    assert.match(await page.textContent('[data-sonder-message]'), /could not be read/);
    const backups = await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(k))
      .map((x) => [x, localStorage.getItem(x)]), `sonder:${site.course}:backup:`);
    assert.equal(backups.length, 1);
    assert.equal(backups[0][1], '{"schema":1,"answers":{oops');
    assert.ok((await page.textContent('[data-sonder-message]')).includes(backups[0][0]));
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.fill(sel.field(l.id, f), 'fresh start');
    await waitSaved(page);
    assert.equal(JSON.parse(await stored(page, site)).answers[l.id][f].v, 'fresh start');
    // Opening the page again does not back up again.
    await page.close();
    page = await open(c, fileBase(site) + l.page);
    assert.equal(await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(k)).length, `sonder:${site.course}:backup:`), 1);
  });

  test('data from a newer schema is shown read-only and never overwritten', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    let page = await open(c, fileBase(site) + l.page);
    const f = (await fieldsOf(page, l.id))[0].field;
    const raw = JSON.stringify({ schema: 99, course: site.course, answers: { [l.id]: { [f]: { v: 'from the future', t: 5 } } }, done: {}, extra: [1] });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key(site), raw]);
    await page.close();
    page = await open(c, fileBase(site) + l.page);
    assert.equal(await page.getAttribute('[data-sonder-status]', 'data-sonder-state'), 'unsaved');
    assert.match(await page.textContent('[data-sonder-status]'), /not saved/);
    assert.equal(await page.inputValue(sel.field(l.id, f)), 'from the future');
    await page.fill(sel.field(l.id, f), 'edited here');
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await stored(page, site), raw);
    assert.equal(await page.isVisible('[data-sonder-action="export-json"][data-sonder-fallback]'), true);
  });

  test('storage that throws: answers kept in memory, warning at load, fallback export', async (t) => {
    const c = await ctx(t);
    await c.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    const l = lessonWith(site, 'reflection');
    const page = await open(c, fileBase(site) + l.page);
    assert.equal(await page.getAttribute('[data-sonder-status]', 'data-sonder-state'), 'unsaved');
    assert.match(await page.textContent('[data-sonder-status]'), /not saved/);
    assert.equal(await page.isVisible('[data-sonder-action="export-json"][data-sonder-fallback]'), true);
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.fill(sel.field(l.id, f), 'only in memory');
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(await page.getAttribute('[data-sonder-status]', 'data-sonder-state'), 'unsaved');
    const dl = await download(page, '[data-sonder-action="export-json"][data-sonder-fallback]');
    assert.equal(JSON.parse(dl.text).answers[l.id][f].v, 'only in memory');
  });

  test('a full quota: warning, nothing already stored is dropped, fallback export', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, fileBase(site) + l.page);
    const fields = await fieldsOf(page, l.id);
    await page.fill(sel.field(l.id, fields[0].field), 'stored before the disk filled');
    await waitSaved(page);
    const before = await stored(page, site);
    await page.evaluate(() => {
      let chunk = 'x'.repeat(512 * 1024), i = 0;
      for (;;) {
        try { localStorage.setItem('filler-' + i++, chunk); } catch (e) {
          if (chunk.length < 64) break;
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    await page.fill(sel.field(l.id, fields[0].field), 'stored before the disk filled, and more text that does not fit');
    await page.waitForSelector('[data-sonder-status][data-sonder-state="unsaved"]', { state: 'attached', timeout: 2000 });
    assert.match(await page.textContent('[data-sonder-status]'), /not saved/);
    assert.match(await page.textContent('[data-sonder-status]'), /full/);
    assert.equal(await stored(page, site), before);
    assert.equal(await page.isVisible('[data-sonder-action="export-json"][data-sonder-fallback]'), true);
    const dl = await download(page, '[data-sonder-action="export-json"][data-sonder-fallback]');
    assert.match(JSON.parse(dl.text).answers[l.id][fields[0].field].v, /does not fit/);
  });

  test('two tabs: a change in one shows in the other; concurrent edits merge per field', async (t) => {
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const a = await open(c, fileBase(site) + l.page);
    const b = await open(c, fileBase(site) + l.page);
    const fields = await fieldsOf(a, l.id);
    await a.fill(sel.field(l.id, fields[0].field), 'typed in tab A');
    await waitSaved(a);
    await b.waitForFunction((s) => document.querySelector(s).value === 'typed in tab A', sel.field(l.id, fields[0].field), { timeout: 3000 });
    const other = fields.length > 1 ? fields[1].field : fields[0].field;
    if (other !== fields[0].field) {
      await b.fill(sel.field(l.id, other), 'typed in tab B');
      await waitSaved(b);
      await a.waitForFunction((s) => document.querySelector(s).value === 'typed in tab B', sel.field(l.id, other), { timeout: 3000 });
      const doc = JSON.parse(await stored(a, site));
      assert.equal(doc.answers[l.id][fields[0].field].v, 'typed in tab A');
      assert.equal(doc.answers[l.id][other].v, 'typed in tab B');
    }
    // A reload of tab B shows tab A's newer answer (the browser does not restore B's older one).
    await a.fill(sel.field(l.id, fields[0].field), 'newer in A');
    await waitSaved(a);
    await b.evaluate(() => window.stop());
    await b.reload();
    await ready(b);
    assert.equal(await b.inputValue(sel.field(l.id, fields[0].field)), 'newer in A');
    assert.equal(JSON.parse(await stored(b, site)).answers[l.id][fields[0].field].v, 'newer in A');
    // Deleting everything in a third tab (the journal) clears the others too.
    const j = await open(c, fileBase(site) + 'journal.html');
    j.once('dialog', (d) => d.accept());
    await j.click('[data-sonder-action="reset"]');
    await a.waitForFunction((s) => document.querySelector(s).value === '', sel.field(l.id, fields[0].field), { timeout: 3000 });
    assert.equal(await stored(a, site), null);
    assert.deepEqual([...a.errors, ...b.errors, ...j.errors], []);
  });

  test('two courses side by side on file:// do not mix', async (t) => {
    const other = buildSite({ courseId: 'second-course' });
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const l2 = lessonWith(other, 'reflection');
    const a = await open(c, fileBase(site) + l.page);
    const f = (await fieldsOf(a, l.id))[0].field;
    await a.fill(sel.field(l.id, f), 'course one answer');
    await waitSaved(a);
    const b = await open(c, fileBase(other) + l2.page);
    const f2 = (await fieldsOf(b, l2.id))[0].field;
    assert.equal(await b.inputValue(sel.field(l2.id, f2)), '');
    await b.fill(sel.field(l2.id, f2), 'course two answer');
    await waitSaved(b);
    const keys = await b.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ['sonder:second-course:answers', `sonder:${site.course}:answers`].sort());
    await a.reload();
    await ready(a);
    assert.equal(await a.inputValue(sel.field(l.id, f)), 'course one answer');
  });

  test("works under Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'", async (t) => {
    const csp = await serve(site.dir, '/csp/site/', { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" });
    t.after(() => csp.close());
    const c = await ctx(t);
    const l = lessonWith(site, 'reflection');
    const page = await open(c, csp.base + l.page);
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => { window.__csp = (window.__csp || '') + e.violatedDirective; }));
    const f = (await fieldsOf(page, l.id))[0].field;
    await page.fill(sel.field(l.id, f), 'under CSP');
    await waitSaved(page);
    const j = await open(c, csp.base + 'journal.html');
    const md = await download(j, '[data-sonder-action="export-markdown"]');
    assert.ok(md.text.includes('> under CSP'));
    assert.equal(await page.evaluate(() => window.__csp), undefined);
    assert.deepEqual([...page.errors, ...j.errors], []);
  });

  for (const kind of ['home', 'module', 'lesson', 'journal']) {
    test(`axe-core finds no violations on the ${kind} page`, async (t) => {
      const c = await ctx(t);
      const p = pagesOfKind(site, kind)[0];
      assert.ok(p, `a ${kind} page exists`);
      // Over http: on file:// axe cannot read the stylesheets.
      const page = await open(c, server.base + p);
      assert.deepEqual(page.errors, []);
      await page.addScriptTag({ path: AXE });
      const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const summary = res.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `axe violations on ${p}`);
    });
  }
});
