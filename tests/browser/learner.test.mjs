// The learner's experience (issue 16, items 1-7) and storage that the browser may clear (issue 20,
// section 5), end to end in headless Chromium on the repository's sample course, which has every
// exercise kind (the 30-day plan is its compose exercise). Run: node --test tests/browser/learner.test.mjs
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  REPO, chromiumMissing, skipped, fileBase, open, ready, waitSaved, key, stored, sel, download, AXE,
  suite, tempDir,
} from './helpers.mjs';

// These tests need the sample course's exercises, so they build it whatever SONDER_TEST_ROOT says.
process.env.SONDER_TEST_ROOT = REPO;
const skip = chromiumMissing('learner tests') || (process.env.SONDER_TEST_SITE === 'fixture'
  && skipped('learner tests', 'they need the sample course built by sonder, not the fixture pages', 'unset SONDER_TEST_SITE'));

const PLAN = { page: '06-putting-it-to-work/01-your-30-day-plan.html', id: 'thirty-day-plan' };
const QUIZ = { page: '02-empathy-first/04-practising-empathy.html', id: 'trust-quiz' };
const SCALE = { page: '02-empathy-first/03-the-five-parts-of-trust.html', id: 'trust-self-assessment' };
const JOURNAL = { page: '01-backstory/05-backstories-in-one-on-ones.html', id: 'backstory-journal' };
const REFLECT = { page: '01-backstory/01-sonder.html', id: 'sonder-moment' };
const TWO = { page: '03-leading-from-behind/04-goals-and-action-lists.html', ids: ['goal-next-actions', 'session-log'] };

// The browser, the built site and its server: made once for this file (helpers.mjs suite()).
let site, server;
const S = suite({ skip, prefix: '/course/', real: true, ready: (s) => ({ site, server } = s) });
const ctx = S.ctx;

/** Puts a stored document in place before the page's scripts run (a fresh context each test). */
async function seed(c, docPart) {
  const doc = { schema: 1, course: site.course, answers: {}, done: {}, ...docPart };
  await c.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } },
    [key(site), JSON.stringify(doc)]);
}

const visible = (page, s) => page.isVisible(s);

describe('the learner (issue 16)', { skip }, () => {
  test('1. compose: a half-filled plan reads cleanly; it reaches the journal, its print and both exports; Copy and Print', async (t) => {
    const c = await ctx(t);
    await c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.base).origin });
    const page = await open(c, server.base + PLAN.page);
    const f = (name) => sel.field(PLAN.id, name);
    await page.fill(f('relationship'), 'Tariq');
    await page.fill(f('why'), 'design problems reach us late.');
    await page.fill(f('habit'), 'have coffee with him on Tuesdays');
    await waitSaved(page);
    const out = (await page.textContent(`${sel.ex(PLAN.id)} [data-sonder-composed]`)).trim();
    const want = 'For the next 30 days I will invest in my relationship with Tariq, because design problems reach us late.\n\nEvery week I will have coffee with him on Tuesdays.';
    assert.equal(out, want, 'sentences with an empty part are left out; no doubled full stop');
    assert.doesNotMatch(out, /\u2026|\{|\[|\.\./);

    // Copy puts exactly that text on the clipboard.
    await page.click(`${sel.ex(PLAN.id)} [data-sonder-action="copy"]`);
    await page.waitForFunction(() => /Copied/.test(document.querySelector('[data-sonder-action="copy"]').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), want);

    // Print shows the plan alone on paper: the exercise title and the text, not the fields or the page.
    await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
    await page.click(`${sel.ex(PLAN.id)} [data-sonder-action="print"]`);
    assert.equal(await page.evaluate(() => window.__printed), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await visible(page, `${sel.ex(PLAN.id)} [data-sonder-composed]`), true);
    assert.equal(await visible(page, `${sel.ex(PLAN.id)} .exercise-title`), true);
    assert.equal(await visible(page, f('relationship')), false);
    assert.equal(await visible(page, '.site-header'), false);
    assert.equal(await visible(page, '.lesson .prose > p >> nth=0'), false);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(await visible(page, '.lesson .prose > p >> nth=0'), true, 'after printing, the page prints whole again');
    await page.emulateMedia({ media: 'screen' });

    // The journal shows the text, prints it, and both exports carry it.
    const j = await open(c, server.base + 'journal.html');
    const dd = `[data-sonder-journal-exercise="${PLAN.id}"] [data-sonder-composed]`;
    assert.equal((await j.textContent(dd)).trim(), want);
    await j.emulateMedia({ media: 'print' });
    assert.equal(await visible(j, dd), true, 'in the journal print');
    await j.emulateMedia({ media: 'screen' });
    const md = await download(j, '[data-sonder-action="export-markdown"]');
    assert.ok(md.text.includes('**Your text**\n\n> For the next 30 days I will invest in my relationship with Tariq, because design problems reach us late.\n>\n> Every week I will have coffee with him on Tuesdays.\n'), md.text);
    const json = await download(j, '[data-sonder-action="export-json"]');
    const data = JSON.parse(json.text);
    assert.equal(data.composed[PLAN.id], want);
    assert.equal(data.answers[PLAN.id].relationship.v, 'Tariq');
    // The file still imports (the composed text is for reading; the answers are what is merged).
    await j.setInputFiles('input[data-sonder-action="import"]', { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await j.waitForFunction(() => /Import finished/.test(document.querySelector('[data-sonder-message]').textContent));
    assert.deepEqual([...page.errors, ...j.errors], []);
  });

  test('2. quiz: choosing judges nothing (arrow keys included); Check marks each option, explains and scores; retry clears', async (t) => {
    const c = await ctx(t);
    const page = await open(c, fileBase(site) + QUIZ.page);
    const ex = sel.ex(QUIZ.id);
    const judged = () => page.evaluate((s) => {
      const e = document.querySelector(s);
      return {
        marks: e.querySelectorAll('[data-sonder-mark]').length,
        feedback: [...e.querySelectorAll('[data-sonder-feedback]')].map((x) => x.textContent).join(''),
        explained: [...e.querySelectorAll('[data-sonder-explain]')].filter((x) => !x.hidden).length,
        score: e.querySelector('[data-sonder-score]').textContent,
      };
    }, ex);
    const nothing = { marks: 0, feedback: '', explained: 0, score: '' };
    // Keyboard: focus the first radio and browse with the arrow keys (each one gets selected).
    await page.focus(`${ex} [data-sonder-field="order"][value="0"]`);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.isChecked(`${ex} [data-sonder-field="order"][value="2"]`), true);
    assert.deepEqual(await judged(), nothing, 'browsing with arrow keys reveals nothing');
    // Ticking the first right box of a select-all question reveals nothing either.
    await page.check(`${ex} [data-sonder-field="five-parts"][value="0"]`);
    await page.check(`${ex} [data-sonder-field="five-parts"][value="1"]`);
    assert.deepEqual(await judged(), nothing);
    // "Select all that apply" is said once per question.
    for (const legend of await page.$$eval(`${ex} legend`, (l) => l.map((x) => x.textContent))) {
      assert.ok((legend.match(/all that apply/gi) || []).length <= 1, legend);
    }
    await page.check(`${ex} [data-sonder-field="vulnerability"][value="1"]`);
    await page.click(`${ex} [data-sonder-action="check"]`);
    const mark = (q, v) => page.$eval(`${ex} [data-sonder-field="${q}"][value="${v}"]`, (i) => i.parentElement.getAttribute('data-sonder-mark'));
    assert.equal(await mark('order', 2), 'wrong');
    assert.equal(await mark('order', 1), 'missed');
    assert.equal(await mark('order', 0), null);
    assert.equal(await mark('five-parts', 0), 'right');
    assert.equal(await mark('five-parts', 1), 'wrong');
    assert.equal(await mark('five-parts', 2), 'missed');
    assert.equal(await mark('vulnerability', 1), 'right');
    // The marks are words in the options' accessible names, not colour alone.
    assert.equal(await page.getByRole('checkbox', { name: /Charisma.*not right/ }).count(), 1);
    assert.equal(await page.getByRole('radio', { name: /Ask the team.*also right/ }).count(), 1);
    const after = await judged();
    assert.equal(after.explained, 4, 'every question explains itself after Check');
    assert.equal(after.score, '1 of 4 right');
    assert.equal(await page.textContent(`${ex} [data-sonder-question="vulnerability"] [data-sonder-feedback]`), 'Correct.');
    assert.equal(await page.textContent(`${ex} [data-sonder-question="order"] [data-sonder-feedback]`), 'Not quite.');
    assert.ok(await visible(page, `${ex} [data-sonder-action="retry"]`));
    await page.click(`${ex} [data-sonder-action="retry"]`);
    assert.deepEqual(await judged(), nothing, 'retry clears the marks');
    assert.equal(await visible(page, `${ex} [data-sonder-action="retry"]`), false);
    // Changing a choice after checking also clears the judgement.
    await page.click(`${ex} [data-sonder-action="check"]`);
    await page.check(`${ex} [data-sonder-field="order"][value="1"]`);
    assert.deepEqual(await judged(), nothing);
    await page.click(`${ex} [data-sonder-action="check"]`);
    assert.equal((await judged()).score, '2 of 4 right');
    assert.deepEqual(page.errors, []);
  });

  test('3. resume: Continue names the next unfinished lesson, progress bars with per-module counts, Module complete, the button says its state', async (t) => {
    const c = await ctx(t);
    const home = await open(c, fileBase(site) + 'index.html');
    assert.equal(await visible(home, 'a[data-sonder-start]'), true, 'a new learner is offered "Start the course"');
    assert.equal(await visible(home, 'a[data-sonder-continue]'), false);
    const total = +(await home.getAttribute('progress[data-sonder-progress]:not([data-sonder-module])', 'max'));
    assert.equal(total, 22);
    // Finish the first lesson and open the third: Continue names the second (the next unfinished).
    const l1 = await open(c, fileBase(site) + '01-backstory/01-sonder.html');
    assert.equal((await l1.innerText('button[data-sonder-action="complete"]')).trim(), 'Mark lesson complete');
    await l1.click('button[data-sonder-action="complete"]');
    assert.equal((await l1.innerText('button[data-sonder-action="complete"]')).trim(), 'Completed \u2713 \u2014 undo');
    await waitSaved(l1);
    await open(c, fileBase(site) + '01-backstory/03-questions-that-invite-a-story.html');
    await home.reload();
    await ready(home);
    assert.equal(await visible(home, 'a[data-sonder-start]'), false, '"Start the course" is gone once started');
    const second = (await home.textContent('a[data-sonder-lesson-link="01-backstory/02-why-backstories-matter"]')).trim();
    assert.equal((await home.textContent('a[data-sonder-continue]')).trim(), `Continue: ${second}`);
    assert.match(await home.getAttribute('a[data-sonder-continue]', 'href'), /01-backstory\/02-why-backstories-matter\.html$/);
    assert.equal(await home.$eval('progress[data-sonder-progress]:not([data-sonder-module])', (p) => p.value), 1);
    assert.equal((await home.textContent('[data-sonder-progress][data-sonder-module="01-backstory"]:not(progress)')).trim(), '1 of 5 lessons');
    assert.equal((await home.textContent('[data-sonder-progress][data-sonder-module="02-empathy-first"]:not(progress)')).trim(), '0 of 4 lessons');
    assert.equal(await home.$eval('progress[data-sonder-module="01-backstory"]', (p) => [p.value, p.max].join('/')), '1/5');
    const mod = await open(c, fileBase(site) + '01-backstory/index.html');
    assert.equal((await mod.textContent('[data-sonder-progress][data-sonder-module]:not(progress)')).trim(), '1 of 5 lessons');
    assert.equal(await mod.$eval('progress[data-sonder-progress]', (p) => [p.value, p.max].join('/')), '1/5');
    // Finishing the last open lesson of module 5 shows "Module complete" with the way to module 6.
    const m5 = ['01-quality-over-quantity', '02-brave-conversations', '03-psychological-safety'];
    const l5 = await open(c, fileBase(site) + '05-relationships-built-on-value/04-becoming-a-connector.html');
    await l5.evaluate(([k, keys]) => {
      const doc = JSON.parse(localStorage.getItem(k));
      for (const x of keys) doc.done['05-relationships-built-on-value/' + x] = { v: true, t: Date.now() };
      localStorage.setItem(k, JSON.stringify(doc));
    }, [key(site), m5]);
    await l5.reload();
    await ready(l5);
    assert.equal(await visible(l5, '[data-sonder-module-complete]'), false, 'not shown before the module is finished');
    await l5.click('button[data-sonder-action="complete"]');
    assert.equal(await visible(l5, '[data-sonder-module-complete]'), true);
    assert.match(await l5.textContent('[data-sonder-module-complete]'), /Module complete/);
    assert.match(await l5.getAttribute('[data-sonder-module-complete] a', 'href'), /06-putting-it-to-work\/index\.html$/);
    await l5.click('button[data-sonder-action="complete"]');
    assert.equal(await visible(l5, '[data-sonder-module-complete]'), false, 'undo hides it');
    // Every lesson done: the home page's main button leads to the journal.
    const keys = await home.$$eval('.module-list a[data-sonder-lesson-link]', (as) => as.map((a) => a.getAttribute('data-sonder-lesson-link')));
    await home.evaluate(([k, ks]) => {
      const doc = JSON.parse(localStorage.getItem(k));
      for (const x of ks) doc.done[x] = { v: true, t: Date.now() };
      localStorage.setItem(k, JSON.stringify(doc));
    }, [key(site), keys]);
    await home.reload();
    await ready(home);
    assert.equal((await home.textContent('a[data-sonder-continue]')).trim(), 'Course complete: open your journal');
    assert.match(await home.getAttribute('a[data-sonder-continue]', 'href'), /journal\.html$/);
    assert.equal(await home.$eval('progress[data-sonder-progress]:not([data-sonder-module])', (p) => p.value), 22);
    assert.deepEqual([...home.errors, ...l1.errors, ...mod.errors, ...l5.errors], []);
  });

  test('4. each exercise shows its own save state, only after typing; the page status stays for screen readers', async (t) => {
    const c = await ctx(t);
    const page = await open(c, fileBase(site) + TWO.page);
    await waitSaved(page);
    const savedText = (id) => page.textContent(`${sel.ex(id)} [data-sonder-saved]`);
    assert.equal(await savedText(TWO.ids[0]), '', 'nothing shown before anything was typed');
    assert.equal(await savedText(TWO.ids[1]), '');
    const field = await page.getAttribute(`${sel.ex(TWO.ids[0])} textarea[data-sonder-field]`, 'data-sonder-field');
    await page.fill(sel.field(TWO.ids[0], field), 'a goal');
    await page.waitForFunction((s) => document.querySelector(s).textContent !== '', `${sel.ex(TWO.ids[0])} [data-sonder-saved]`, { timeout: 3000 });
    assert.match(await savedText(TWO.ids[0]), /^Saved \u00b7 \d{1,2}:\d{2}/);
    assert.equal(await savedText(TWO.ids[1]), '', 'the other exercise says nothing');
    assert.equal(await page.getAttribute(`${sel.ex(TWO.ids[0])} [data-sonder-saved]`, 'aria-hidden'), 'true');
    assert.equal(await page.getAttribute('[data-sonder-status]', 'role'), 'status');
    assert.equal(await page.textContent('[data-sonder-status]'), 'Saved');
    // Other scripts (an LMS bridge) hear of every save, with the stored text.
    await page.evaluate(() => document.addEventListener('sonder:saved', (e) => { window.__saved = e.detail; }));
    await page.fill(sel.field(TWO.ids[0], field), 'a goal, changed');
    await page.waitForFunction(() => window.__saved !== undefined, null, { timeout: 3000 });
    assert.equal(JSON.parse(await page.evaluate(() => window.__saved)).answers[TWO.ids[0]][field].v, 'a goal, changed');
    assert.equal(await page.evaluate(() => window.__saved), await stored(page, site));
  });

  test('5. journal: "answered only" by default, print and Markdown without unanswered exercises, entries edited and deleted', async (t) => {
    const c = await ctx(t);
    const j0 = await open(c, fileBase(site) + 'journal.html');
    assert.equal(await j0.isChecked('[data-sonder-filter]'), false, 'nothing answered: everything is shown');
    assert.equal(await visible(j0, `[data-sonder-journal-exercise="${QUIZ.id}"]`), true);
    await j0.close();
    const lp = await open(c, fileBase(site) + REFLECT.page);
    const rf = await lp.getAttribute(`${sel.ex(REFLECT.id)} textarea`, 'data-sonder-field');
    await lp.fill(sel.field(REFLECT.id, rf), 'my sonder moment');
    await waitSaved(lp);
    const jp = await open(c, fileBase(site) + JOURNAL.page);
    await jp.fill(sel.field(JOURNAL.id, 'entry'), 'first entry');
    await jp.click(`${sel.ex(JOURNAL.id)} [data-sonder-action="add-entry"]`);
    await jp.fill(sel.field(JOURNAL.id, 'entry'), 'second entry');
    await jp.click(`${sel.ex(JOURNAL.id)} [data-sonder-action="add-entry"]`);
    await waitSaved(jp);
    const j = await open(c, fileBase(site) + 'journal.html');
    assert.equal(await j.isChecked('[data-sonder-filter]'), true, 'answered only, by default once anything is answered');
    assert.equal(await visible(j, `[data-sonder-journal-exercise="${REFLECT.id}"]`), true);
    assert.equal(await visible(j, `[data-sonder-journal-exercise="${QUIZ.id}"]`), false);
    assert.equal(await visible(j, '[data-sonder-journal-module="04-win-win-partnerships"]'), false, 'a module with no answer is hidden');
    await j.uncheck('[data-sonder-filter]');
    assert.equal(await visible(j, `[data-sonder-journal-exercise="${QUIZ.id}"]`), true);
    // On paper, only what was answered, whatever the filter.
    await j.emulateMedia({ media: 'print' });
    assert.equal(await visible(j, `[data-sonder-journal-exercise="${QUIZ.id}"]`), false);
    assert.equal(await visible(j, `[data-sonder-journal-exercise="${REFLECT.id}"]`), true);
    assert.equal(await j.$$eval('[data-sonder-journal-exercise]', (a) => a.filter((x) => x.offsetParent !== null).length), 2);
    await j.emulateMedia({ media: 'screen' });
    await j.evaluate(() => { window.print = () => { window.__printed = 1; }; });
    await j.click('[data-sonder-action="print"]');
    assert.equal(await j.evaluate(() => window.__printed), 1, 'the Print button prints');
    const md = await download(j, '[data-sonder-action="export-markdown"]');
    // Only the three open questions of the one answered reflection say "no answer yet".
    assert.equal((md.text.match(/no answer yet/g) || []).length, 3, md.text);
    assert.ok(md.text.includes('> my sonder moment'));
    assert.ok(!md.text.includes('check your understanding'), 'an unanswered quiz is left out');
    // Edit one entry, delete the other.
    const li = `[data-sonder-journal-exercise="${JOURNAL.id}"] li`;
    assert.equal(await j.locator(li).count(), 2);
    await j.locator(li).nth(0).locator('[data-sonder-action="edit-entry"]').click();
    await j.locator(li).nth(0).locator('textarea').fill('first entry, edited');
    await j.locator(li).nth(0).locator('[data-sonder-action="save-entry"]').click();
    assert.equal((await j.locator(li).nth(0).locator('p').textContent()), 'first entry, edited');
    j.once('dialog', (d) => d.accept());
    await j.locator(li).nth(1).locator('[data-sonder-action="delete-entry"]').click();
    await j.waitForFunction((s) => document.querySelectorAll(s).length === 1, li);
    const doc = JSON.parse(await stored(j, site)).answers[JOURNAL.id];
    const texts = Object.entries(doc).filter(([k]) => k.startsWith('entry:')).map(([, e]) => e.v);
    assert.deepEqual(texts.sort(), ['first entry, edited', null].sort());
    await jp.reload();
    await ready(jp);
    assert.deepEqual(await jp.$$eval(`${sel.ex(JOURNAL.id)} [data-sonder-entries] li p`, (l) => l.map((x) => x.textContent)), ['first entry, edited']);
    assert.deepEqual([...lp.errors, ...jp.errors, ...j.errors], []);
  });

  test('5. journal dates follow the course language (en-GB: "29 Nov 2026, 15:37"), on the page and in the Markdown export', async (t) => {
    const src = tempDir('sonder-gb-');
    for (const d of ['course.toml', 'content', 'exercises', 'static', 'themes']) {
      if (fs.existsSync(path.join(REPO, d))) fs.cpSync(path.join(REPO, d), path.join(src, d), { recursive: true });
    }
    const ct = path.join(src, 'course.toml');
    fs.writeFileSync(ct, fs.readFileSync(ct, 'utf8').replace(/^language = ".*"$/m, 'language = "en-GB"'));
    const out = tempDir('sonder-gb-site-');
    const bin = process.env.SONDER_BIN || path.join(REPO, 'target/debug/sonder');
    const b = spawnSync(bin, ['build', '--root', src, '--output', out, '--quiet'], { encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
    const c = await ctx(t, { timezoneId: 'UTC', locale: 'en-US' });
    const at = Date.UTC(2026, 10, 29, 15, 37);
    await c.addInitScript(([k, v]) => localStorage.setItem(k, v),
      [key(site), JSON.stringify({ schema: 1, course: site.course, answers: { [JOURNAL.id]: { [`entry:${at}`]: { v: 'dated', t: at } } }, done: {} })]);
    const j = await open(c, fileBase({ dir: out }) + 'journal.html');
    assert.equal(await j.textContent(`[data-sonder-journal-exercise="${JOURNAL.id}"] li time`), '29 Nov 2026, 15:37');
    // The Markdown export writes its dates the same way.
    const md = await download(j, '[data-sonder-action="export-markdown"]');
    assert.ok(md.text.includes('- 29 Nov 2026, 15:37:\n\n> dated'), md.text);
    assert.match(md.text, /^Exported \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \(course id/m);
  });

  test('6. messages: success, warning and error look different and say what to do; an empty "Add entry" says so', async (t) => {
    const c = await ctx(t);
    const jp = await open(c, fileBase(site) + JOURNAL.page);
    await jp.click(`${sel.ex(JOURNAL.id)} [data-sonder-action="add-entry"]`);
    const msg = await jp.$eval(sel.field(JOURNAL.id, 'entry'), (t) => t.validationMessage);
    assert.match(msg, /Type your entry first/);
    assert.equal(await stored(jp, site) === null || !JSON.stringify(JSON.parse(await stored(jp, site)).answers).includes('entry:'), true, 'nothing added');
    await jp.type(sel.field(JOURNAL.id, 'entry'), 'x');
    assert.equal(await jp.$eval(sel.field(JOURNAL.id, 'entry'), (t) => t.validationMessage), '', 'typing clears it');

    const j = await open(c, fileBase(site) + 'journal.html');
    const look = () => j.$eval('[data-sonder-message]', (m) => {
      const s = getComputedStyle(m);
      return [m.getAttribute('data-sonder-kind'), s.backgroundColor, s.borderLeftColor, s.color].join('|');
    });
    const md = await download(j, '[data-sonder-action="export-markdown"]');
    await j.setInputFiles('input[data-sonder-action="import"]', { name: md.name, mimeType: 'text/markdown', buffer: Buffer.from(md.text) });
    await j.waitForFunction(() => /Markdown/.test(document.querySelector('[data-sonder-message]').textContent));
    assert.equal(await j.textContent('[data-sonder-message]'),
      'This is the Markdown export, which is for reading; choose the .json file to import. Nothing was changed.');
    const error = await look();
    assert.match(error, /^error\|/);
    const json = await download(j, '[data-sonder-action="export-json"]');
    await j.setInputFiles('input[data-sonder-action="import"]', { name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await j.waitForFunction(() => /Import finished/.test(document.querySelector('[data-sonder-message]').textContent));
    const ok = await look();
    assert.match(ok, /^ok\|/, 'an import that worked is a success');
    await j.setInputFiles('input[data-sonder-action="import"]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":1,') });
    await j.waitForFunction(() => /not valid JSON/.test(document.querySelector('[data-sonder-message]').textContent));
    assert.match(await j.textContent('[data-sonder-message]'), /choose the \.json file/);
    assert.doesNotMatch(await j.textContent('[data-sonder-message]'), /byte/);
    // A warning (storage that cannot keep answers) looks different from both.
    const w = await ctx(t);
    await w.addInitScript(() => { Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('no', 'SecurityError'); } }); });
    const wp = await open(w, fileBase(site) + REFLECT.page);
    const warn = await wp.$eval('[data-sonder-message]', (m) => {
      const s = getComputedStyle(m);
      return [m.getAttribute('data-sonder-kind'), s.backgroundColor, s.borderLeftColor, s.color].join('|');
    });
    assert.match(warn, /^warn\|/);
    const colours = (x) => x.split('|').slice(1).join('|');
    assert.notEqual(colours(ok), colours(error));
    assert.notEqual(colours(ok), colours(warn));
    assert.notEqual(colours(warn), colours(error));
  });

  test('7. small things: no tab stop on heading anchors, "20 min" on one line, scale labels fit a phone, a lesson prints long answers whole', async (t) => {
    const c = await ctx(t);
    const page = await open(c, fileBase(site) + REFLECT.page);
    // Tab from the top: no heading anchor is a stop, and the first answer box comes soon.
    let stops = 0, reached = false;
    for (; stops < 40 && !reached; stops++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => ({ anchor: document.activeElement.classList.contains('heading-anchor'), field: document.activeElement.hasAttribute('data-sonder-field') }));
      assert.equal(f.anchor, false, 'a heading anchor took focus');
      reached = f.field;
    }
    // 19 before the fix (anchors were stops); 16 now: the skip link, header links (search among them)
    // and the lesson navigation come first.
    assert.ok(reached && stops <= 16, `the first answer box after ${stops} Tabs`);
    // A long answer prints whole.
    const rf = await page.getAttribute(`${sel.ex(REFLECT.id)} textarea`, 'data-sonder-field');
    await page.fill(sel.field(REFLECT.id, rf), Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n'));
    await page.emulateMedia({ media: 'print' });
    const box = await page.$eval(sel.field(REFLECT.id, rf), (t) => [t.clientHeight, t.scrollHeight]);
    assert.ok(box[0] >= box[1] - 2, `the printed box shows all of its text (${box})`);
    await page.emulateMedia({ media: 'screen' });

    const phone = await ctx(t, { viewport: { width: 375, height: 740 } });
    // Every "N min" on the home, module and lesson pages is unbreakable (a no-break space or a
    // nowrap element) and sits on one line on a phone.
    for (const p of ['index.html', '01-backstory/index.html', REFLECT.page]) {
      const pg = await open(phone, fileBase(site) + p);
      const bad = await pg.evaluate(() => {
        const out = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n; (n = walk.nextNode());) {
          for (const m of n.data.matchAll(/\d+[ \u00a0]min\b/g)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            const nowrap = getComputedStyle(n.parentElement).whiteSpace === 'nowrap';
            if ((!m[0].includes('\u00a0') && !nowrap) || r.getClientRects().length > 1) out.push(m[0]);
          }
        }
        return out;
      });
      assert.deepEqual(bad, [], `"20 min" may break on ${p}`);
    }
    const lesson = await open(phone, fileBase(site) + SCALE.page);
    // Labels as long as an author may write them: a long word and a long phrase.
    await lesson.evaluate((s) => {
      const ls = document.querySelectorAll(`${s} .scale-option label`);
      ls[0].textContent = 'Außerordentlichverantwortungsbewusst';
      ls[1].textContent = 'Sometimes, when the week is quiet enough';
    }, sel.ex(SCALE.id));
    const over = await lesson.$$eval(`${sel.ex(SCALE.id)} .scale-option label`, (ls) => {
      // Inside the exercise's box (which is inside the screen), text included.
      return ls.filter((l) => {
        const r = l.getBoundingClientRect(), box = l.closest('fieldset').getBoundingClientRect();
        return r.left < box.left || r.right > box.right + 0.5 || l.scrollWidth > l.clientWidth + 1;
      }).map((l) => l.textContent);
    });
    assert.deepEqual(over, [], 'every scale label fits a 375 px screen');
    assert.ok(await lesson.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scrolling');
  });

  test('axe-core: no violations on the pages with the new controls (quiz checked, compose, journal, home started)', async (t) => {
    const c = await ctx(t);
    await seed(c, { done: { '01-backstory/01-sonder': { v: true, t: 1 } }, last: { v: '01-backstory/01-sonder.html', t: 1 },
      answers: { [JOURNAL.id]: { 'entry:1795966620000': { v: 'an entry', t: 1795966620000 } }, [PLAN.id]: { relationship: { v: 'Tariq', t: 1 } } } });
    for (const p of ['index.html', '01-backstory/index.html', QUIZ.page, PLAN.page, 'journal.html']) {
      const page = await open(c, server.base + p);
      if (p === QUIZ.page) {
        await page.check(`${sel.ex(QUIZ.id)} [data-sonder-field="order"][value="0"]`);
        await page.click(`${sel.ex(QUIZ.id)} [data-sonder-action="check"]`);
      }
      await page.addScriptTag({ path: AXE });
      const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const summary = res.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `axe violations on ${p}`);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  });
});

describe('storage the browser may clear (issue 20, section 5)', { skip }, () => {
  /** Replaces navigator.storage.persist/persisted; counts persist() calls in localStorage. */
  async function fakeStorage(c, persisted) {
    await c.addInitScript((kept) => {
      const s = navigator.storage;
      s.persist = () => { localStorage.setItem('test:persist', String(+(localStorage.getItem('test:persist') || 0) + 1)); return Promise.resolve(kept); };
      s.persisted = () => Promise.resolve(kept);
    }, persisted);
  }
  const persistCalls = (p) => p.evaluate(() => +(localStorage.getItem('test:persist') || 0));

  test('navigator.storage.persist() is asked once, when the learner first saves an answer', async (t) => {
    const c = await ctx(t);
    await fakeStorage(c, false);
    const page = await open(c, fileBase(site) + REFLECT.page);
    await waitSaved(page);
    assert.equal(await persistCalls(page), 0, 'not on a visit without an answer');
    const rf = await page.getAttribute(`${sel.ex(REFLECT.id)} textarea`, 'data-sonder-field');
    await page.fill(sel.field(REFLECT.id, rf), 'first answer');
    await page.waitForFunction(() => localStorage.getItem('test:persist') === '1', null, { timeout: 3000 });
    await page.fill(sel.field(REFLECT.id, rf), 'first answer, more');
    await waitSaved(page);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(await persistCalls(page), 1, 'once per page');
  });

  test('the journal says whether storage is persistent, and where not, reminds weekly to export with the last export date', async (t) => {
    const c = await ctx(t);
    await fakeStorage(c, false);
    await seed(c, { answers: { [JOURNAL.id]: { 'entry:1795966620000': { v: 'something', t: 1795966620000 } } } });
    const j = await open(c, fileBase(site) + 'journal.html');
    await j.waitForSelector('[data-sonder-persist][data-sonder-persisted]', { state: 'attached' });
    assert.equal(await j.getAttribute('[data-sonder-persist]', 'data-sonder-persisted'), 'false');
    assert.match(await j.textContent('[data-sonder-persist]'), /may delete your journal.*not exported it yet/);
    assert.equal(await visible(j, '[data-sonder-backup]'), true, 'the first visit reminds');
    assert.match(await j.textContent('[data-sonder-backup]'), /Time for a backup.*not exported your journal yet/);
    await j.reload();
    await ready(j);
    await j.waitForSelector('[data-sonder-persist][data-sonder-persisted]', { state: 'attached' });
    // This failed once in about 200 runs, with the reminder shown again; what the reloaded page
    // saw in storage is in the message, for the next time.
    const seen = await j.evaluate((pre) => ({ reminded: localStorage.getItem(pre + 'reminded'), keys: Object.keys(localStorage),
      now: Date.now(), navigation: performance.getEntriesByType('navigation').map((e) => e.type) }), `sonder:${site.course}:`);
    assert.equal(await visible(j, '[data-sonder-backup]'), false, `not again within the week; the reloaded page saw ${JSON.stringify(seen)}`);
    // An export is remembered; a week later the reminder comes back with its date.
    await download(j, '[data-sonder-action="export-json"]');
    const exported = await j.evaluate((pre) => +localStorage.getItem(pre + 'exported'), `sonder:${site.course}:`);
    assert.ok(Math.abs(exported - Date.now()) < 60000);
    assert.match(await j.textContent('[data-sonder-persist]'), /Last export: /);
    const week = 7 * 24 * 3600 * 1000;
    await j.evaluate(([pre, w]) => {
      localStorage.setItem(pre + 'exported', String(Date.now() - w - 1000));
      localStorage.setItem(pre + 'reminded', String(Date.now() - w - 1000));
    }, [`sonder:${site.course}:`, week]);
    await j.reload();
    await ready(j);
    await j.waitForSelector('[data-sonder-backup]:not([hidden])', { state: 'attached', timeout: 3000 });
    const when = await j.evaluate((pre) => new Date(+localStorage.getItem(pre + 'exported')).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }), `sonder:${site.course}:`);
    assert.ok((await j.textContent('[data-sonder-backup]')).includes(`Your last export was on ${when}.`));
  });

  test('persistent storage: the journal says so and does not nag', async (t) => {
    const c = await ctx(t);
    await fakeStorage(c, true);
    await seed(c, { answers: { [JOURNAL.id]: { 'entry:1795966620000': { v: 'something', t: 1795966620000 } } } });
    const j = await open(c, fileBase(site) + 'journal.html');
    await j.waitForSelector('[data-sonder-persist][data-sonder-persisted="true"]', { state: 'attached' });
    assert.match(await j.textContent('[data-sonder-persist]'), /keeps your journal until you delete it/);
    assert.equal(await visible(j, '[data-sonder-backup]'), false);
  });
});
