// SCORM packages (`sonder package`) against a real SCORM runtime: the npm package scorm-again,
// which implements the SCORM 1.2 `API` and the SCORM 2004 `API_1484_11` objects. A test page
// plays the LMS: it creates the API object (optionally seeded with a previous session's data)
// and loads the package's launch page in a frame, as an LMS does. Offline: a local server only.
// Run: node --test tests/browser/scorm.test.mjs
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumMissing, skipped, launch, serve, REPO, tempDir } from './helpers.mjs';

const AGAIN = path.join(REPO, 'node_modules/scorm-again/dist');

const WHAT = 'SCORM packages in scorm-again (tests/browser/scorm.test.mjs)';
function missing() {
  const chromium = chromiumMissing(WHAT);
  if (chromium) return chromium;
  if (spawnSync('unzip', ['-v']).status !== 0) return skipped(WHAT, 'unzip not found', 'install the Debian package unzip');
  if (!fs.existsSync(path.join(AGAIN, 'scorm12.min.js'))) return skipped(WHAT, 'scorm-again is not installed', 'run npm ci');
  return false;
}
const skip = missing();

function sonderBin() {
  if (process.env.SONDER_BIN) return process.env.SONDER_BIN;
  const r = spawnSync('cargo', ['build', '--quiet', '--bin', 'sonder'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('cannot build sonder: ' + r.stderr);
  return path.join(REPO, 'target/debug/sonder');
}

// A small course of three lessons: a quiz (one single-answer and one multiple-answer question),
// a reflection and a journal. Mastery: half the quiz answers.
function writeCourse(dir) {
  const w = (p, s) => { fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true }); fs.writeFileSync(path.join(dir, p), s); };
  w('course.toml', '[course]\nid = "lms-check"\ntitle = "Working with an LMS"\n\n[lms]\nmastery_score = 50\n');
  w('content/_index.md', 'A short course that reports to a learning platform.\n');
  w('content/01-start/_index.md', '+++\ntitle = "Start"\nweight = 1\n+++\nWhere it begins.\n');
  w('content/01-start/01-first.md', '+++\ntitle = "First"\nweight = 1\nexercises = ["check-quiz"]\n+++\nA first lesson.\n');
  w('content/01-start/02-second.md', '+++\ntitle = "Second"\nweight = 2\nexercises = ["notes"]\n+++\nA second lesson.\n');
  w('content/02-more/_index.md', '+++\ntitle = "More"\nweight = 2\n+++\nAnd on.\n');
  w('content/02-more/01-third.md', '+++\ntitle = "Third"\nweight = 1\nexercises = ["log"]\n+++\nA third lesson.\n');
  w('exercises/check-quiz.toml', 'title = "Quick check"\nkind = "quiz"\nprompt = "Two questions."\n\n' +
    '[[questions]]\nid = "one"\ntext = "Pick the second."\nchoices = ["first", "second", "third"]\nanswer = 1\n\n' +
    '[[questions]]\nid = "two"\ntext = "Pick the first and the third."\nchoices = ["first", "second", "third"]\nanswer = [0, 2]\n');
  w('exercises/notes.toml', 'title = "Notes to self"\nkind = "reflection"\nprompt = "What stood out?"\n');
  w('exercises/log.toml', 'title = "Practice log"\nkind = "journal"\nprompt = "Log each try."\n');
}

const HARNESS = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.min.js"></script><script src="scorm2004.min.js"></script></head><body>
<script>
(function () {
  var q = new URLSearchParams(location.search), v = q.get('v'), mode = q.get('api') || 'ok';
  window.calls = []; window.sets = {}; window.maxSuspend = 0;
  var names = v === '1.2'
    ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
    : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
  if (mode !== 'none') {
    var api = v === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
    if (window.__seed) api.loadFromFlattenedJSON(window.__seed, '');
    var facade = {};
    names.forEach(function (n) {
      facade[n] = function () {
        var args = [].slice.call(arguments);
        calls.push([n].concat(args));
        // An LMS that refuses every write: the runtime's answers are replaced by failures.
        if (mode === 'errors' && /SetValue|Commit/.test(n)) return 'false';
        if (mode === 'errors' && /GetLastError/.test(n)) return '101';
        if (mode === 'errors' && /GetErrorString/.test(n)) return 'General exception';
        var r = api[n].apply(api, args);
        if (/SetValue/.test(n) && String(r) === 'true') {
          sets[args[0]] = args[1];
          if (args[0] === 'cmi.suspend_data') maxSuspend = Math.max(maxSuspend, String(args[1]).length);
        }
        return r;
      };
    });
    window.realApi = api;
    window[v === '1.2' ? 'API' : 'API_1484_11'] = facade;
  }
  var f = document.createElement('iframe');
  f.id = 'sco';
  f.style.width = '1000px'; f.style.height = '700px';
  f.src = q.get('pkg') + '/scorm-launch.html';
  document.body.appendChild(f);
  // The LMS closes the course: the launch page is unloaded.
  window.finish = function () { f.remove(); };
  window.count = function (n) { return calls.filter(function (c) { return c[0] === n; }).length; };
})();
</script></body></html>`;

let browser, server, root, pkgs = {};
before(async () => {
  if (skip) return;
  const bin = sonderBin();
  root = tempDir('sonder-scorm-');
  const course = path.join(root, 'course');
  writeCourse(course);
  const www = path.join(root, 'www');
  fs.mkdirSync(www);
  for (const [v, name] of [['1.2', 'pkg12'], ['2004', 'pkg2004']]) {
    const zip = path.join(root, `${name}.zip`);
    const r = spawnSync(bin, ['package', '--scorm', v, '--root', course, '--out', zip, '--quiet'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const u = spawnSync('unzip', ['-q', zip, '-d', path.join(www, name)], { encoding: 'utf8' });
    assert.equal(u.status, 0, u.stderr);
    pkgs[v] = name;
  }
  // The repository's sample course, for the size of a learner's answers.
  for (const [v, name] of [['1.2', 'sample12'], ['2004', 'sample2004']]) {
    const sample = path.join(root, `${name}.zip`);
    const r = spawnSync(bin, ['package', '--scorm', v, '--root', REPO, '--out', sample, '--quiet'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(spawnSync('unzip', ['-q', sample, '-d', path.join(www, name)]).status, 0);
  }
  fs.writeFileSync(path.join(www, 'lms.html'), HARNESS);
  for (const f of ['scorm12.min.js', 'scorm2004.min.js']) fs.copyFileSync(path.join(AGAIN, f), path.join(www, f));
  browser = await launch();
  server = await serve(www, '/lms/');
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const FIELDS = {
  '1.2': { status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', location: 'cmi.core.lesson_location', time: 'cmi.core.session_time', exit: 'cmi.core.exit', init: 'LMSInitialize', end: 'LMSFinish' },
  '2004': { status: 'cmi.completion_status', raw: 'cmi.score.raw', location: 'cmi.location', time: 'cmi.session_time', exit: 'cmi.exit', init: 'Initialize', end: 'Terminate' },
};

/** Opens the LMS page for a version; returns { page, errors }. */
async function lms(context, v, { api = 'ok', seed = null, pkg = pkgs[v] } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (seed) await page.addInitScript((s) => { window.__seed = s; }, seed);
  await page.goto(`${server.base}lms.html?v=${v}&api=${api}&pkg=${pkg}`);
  return { page, errors };
}
/** The course page's frame (inside the launch page), once its widget is ready. */
async function course(page) {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((x) => x.parentFrame() && /scorm-launch\.html/.test(x.parentFrame().url()));
    if (f && (await f.$('html[data-sonder-ready]').catch(() => null))) return f;
    await page.waitForTimeout(50);
  }
  throw new Error('the course page did not start in the launch page');
}
async function visit(page, v, rel) {
  const f = await course(page);
  await f.goto(`${server.base}${pkgs[v]}/${rel}`);
  return course(page);
}
async function complete(f) {
  await f.click('button[data-sonder-action="complete"]');
  await f.waitForSelector('button[data-sonder-action="complete"][aria-pressed="true"]');
}
const cmi = (page, k) => page.evaluate((key) => key.split('.').slice(1).reduce((o, p) => o && o[p], window.realApi.cmi), k);

describe('SCORM packages in a real SCORM runtime (scorm-again)', { skip }, () => {
  for (const v of ['1.2', '2004']) {
    test(`SCORM ${v}: status and score after a quiz and every lesson; one Initialize and one ${FIELDS[v].end} across page visits`, async (t) => {
      const context = await browser.newContext();
      t.after(() => context.close());
      const { page, errors } = await lms(context, v);
      let f = await course(page);
      assert.match(f.url(), /\/index\.html$/, 'a first launch opens the home page');
      await page.waitForFunction((k) => window.sets[k] === 'incomplete', FIELDS[v].status);
      f = await visit(page, v, '01-start/01-first.html');
      // 1.2: one of two right (50, passes a mastery of 50); 2004: none right (0, fails).
      if (v === '1.2') await f.check('[data-sonder-field="one"][value="1"]');
      else await f.check('[data-sonder-field="one"][value="0"]');
      await f.check('[data-sonder-field="two"][value="0"]');
      await complete(f);
      await page.waitForFunction((k) => window.sets[k] !== undefined, FIELDS[v].raw);
      f = await visit(page, v, '01-start/02-second.html');
      await complete(f);
      // Not every lesson yet: still incomplete.
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate((k) => window.sets[k], FIELDS[v].status), 'incomplete');
      f = await visit(page, v, '02-more/01-third.html');
      await complete(f);
      await page.evaluate(() => window.finish());
      const want = v === '1.2'
        ? { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '50', 'cmi.core.lesson_location': '02-more/01-third.html' }
        : { 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed', 'cmi.score.raw': '0', 'cmi.score.scaled': '0',
          'cmi.progress_measure': '1', 'cmi.location': '02-more/01-third.html' };
      for (const [k, val] of Object.entries(want)) assert.equal(String(await cmi(page, k)), val, k);
      // Write-only elements: what the runtime accepted.
      const sets = await page.evaluate(() => window.sets);
      assert.equal(sets[FIELDS[v].exit], 'suspend');
      const time = String(sets[FIELDS[v].time]);
      assert.match(time, v === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/ : /^PT\d+H\d+M\d+(\.\d\d?)?S$/, time);
      assert.equal(await page.evaluate((n) => window.count(n), FIELDS[v].init), 1, 'Initialize once for four pages');
      assert.equal(await page.evaluate((n) => window.count(n), FIELDS[v].end), 1, 'Terminate once');
      const after = await page.evaluate(() => window.calls.length);
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.calls.length), after, 'no call after Terminate');
      assert.deepEqual(errors, []);
    });
  }

  test('SCORM 1.2: a relaunch in a fresh browser profile restores the answers from suspend_data, including the last edit', async (t) => {
    const v = '1.2';
    const first = await browser.newContext();
    t.after(() => first.close());
    const { page } = await lms(first, v);
    let f = await visit(page, v, '01-start/01-first.html');
    await f.check('[data-sonder-field="one"][value="1"]');
    await complete(f);
    f = await visit(page, v, '02-more/01-third.html');
    await f.fill('[data-sonder-field="entry"]', 'Tried it on Monday: it went well, élan ✓');
    await f.click('[data-sonder-action="add-entry"]');
    f = await visit(page, v, '01-start/02-second.html');
    await page.waitForTimeout(400);
    // The last edit, then the LMS closes the course at once (well inside the commit throttle).
    await f.fill('[data-sonder-field="answer"]', 'Written just before closing \u201cquoted\u201d');
    await page.evaluate(() => window.finish());
    const data = String(await cmi(page, 'cmi.suspend_data'));
    const loc = String(await cmi(page, 'cmi.core.lesson_location'));
    assert.ok(data.length > 0 && data.length <= 4096, `suspend_data of ${data.length} characters`);
    assert.match(data, /^[\x20-\x7e]+$/, 'printable ASCII only');
    assert.equal(loc, '01-start/02-second.html');

    const second = await browser.newContext();
    t.after(() => second.close());
    const seed = { 'cmi.suspend_data': data, 'cmi.core.lesson_location': loc, 'cmi.core.lesson_status': 'incomplete', 'cmi.core.entry': 'resume' };
    const { page: p2, errors } = await lms(second, v, { seed });
    let g = await course(p2);
    assert.match(g.url(), /01-start\/02-second\.html$/, 'resumes at the last lesson');
    await g.waitForFunction(() => document.querySelector('[data-sonder-field="answer"]').value !== '');
    assert.equal(await g.inputValue('[data-sonder-field="answer"]'), 'Written just before closing \u201cquoted\u201d');
    g = await visit(p2, v, '02-more/01-third.html');
    assert.match(await g.textContent('[data-sonder-entries]'), /Tried it on Monday: it went well, élan ✓/);
    g = await visit(p2, v, '01-start/01-first.html');
    assert.equal(await g.isChecked('[data-sonder-field="one"][value="1"]'), true);
    assert.equal(await g.getAttribute('button[data-sonder-action="complete"]', 'aria-pressed'), 'true');
    assert.deepEqual(errors, []);
  });

  test('SCORM 1.2: a journal of 200 long entries never makes suspend_data longer than 4,096; the learner is told what stays local', async (t) => {
    const v = '1.2';
    const context = await browser.newContext();
    t.after(() => context.close());
    // 200 entries of ~600 characters of varied words, stored before the course starts.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = 'team trust listen story coffee question manager project quiet meeting feedback honest week plan careful notice colleague friday message asked helped later'.split(' ');
    const answers = { log: {} };
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 200; i++) {
      let s = `Entry ${i}:`;
      while (s.length < 600) s += ' ' + words[Math.floor(rnd() * words.length)] + (rnd() < 0.1 ? '.' : '');
      answers.log[`entry:${t0 + i * 60000}`] = { v: s, t: t0 + i * 60000 };
    }
    answers['notes'] = { answer: { v: 'A short note', t: t0 } };
    const doc = JSON.stringify({ schema: 1, course: 'lms-check', answers, done: { '01-start/01-first': { v: true, t: t0 } } });
    await context.addInitScript((d) => { if (!localStorage.getItem('sonder:lms-check:answers')) localStorage.setItem('sonder:lms-check:answers', d); }, doc);
    const { page, errors } = await lms(context, v);
    await course(page);
    await page.waitForFunction(() => window.sets['cmi.suspend_data'] !== undefined);
    const launch = page.frames().find((x) => /scorm-launch\.html/.test(x.url()));
    await launch.waitForSelector('[data-sonder-lms-notice]:not([hidden])');
    const notice = await launch.textContent('[data-sonder-lms-notice]');
    assert.match(notice, /\u201cPractice log\u201d \(\d+ journal entries\)/, notice);
    assert.doesNotMatch(notice, /Notes to self/, 'the short answer travels');
    const f = await visit(page, v, '01-start/02-second.html');
    await f.fill('[data-sonder-field="answer"]', 'More to say');
    await page.evaluate(() => window.finish());
    const max = await page.evaluate(() => window.maxSuspend);
    assert.ok(max > 1000 && max <= 4096, `longest suspend_data set: ${max}`);
    console.log(`# 200 journal entries of ~600 characters: longest suspend_data set ${max} characters (limit 4096)`);
    assert.equal(String(await cmi(page, 'cmi.suspend_data')).length <= 4096, true);
    // Nothing is discarded locally.
    const kept = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('sonder:lms-check:answers')).answers.log).length);
    assert.equal(kept, 200);
    assert.deepEqual(errors, []);
  });

  test('SCORM 2004: an LMS that refuses every write: reported once, the page keeps working, no answer lost', async (t) => {
    const v = '2004';
    const context = await browser.newContext();
    t.after(() => context.close());
    const { page, errors } = await lms(context, v, { api: 'errors' });
    let f = await visit(page, v, '01-start/02-second.html');
    await f.fill('[data-sonder-field="answer"]', 'first thought');
    const launch = page.frames().find((x) => /scorm-launch\.html/.test(x.url()));
    await launch.waitForSelector('[data-sonder-lms-notice]:not([hidden])');
    await f.fill('[data-sonder-field="answer"]', 'second thought, still here');
    await complete(f);
    f = await visit(page, v, '01-start/01-first.html');
    await f.check('[data-sonder-field="one"][value="1"]');
    await page.waitForTimeout(500);
    const paras = await launch.$$eval('[data-sonder-lms-notice] p', (ps) => ps.map((p) => p.textContent));
    assert.equal(paras.length, 1, paras.join(' | '));
    assert.match(paras[0], /error 101: General exception/);
    assert.match(paras[0], /still saved in this browser/);
    await page.evaluate(() => window.finish());
    const store = await page.evaluate(() => JSON.parse(localStorage.getItem('sonder:lms-check:answers')));
    assert.equal(store.answers.notes.answer.v, 'second thought, still here');
    assert.equal(store.answers['check-quiz'].one.v, '1');
    assert.equal(store.done['01-start/02-second'].v, true);
    assert.deepEqual(errors, []);
  });

  for (const [v, name, limit] of [['1.2', 'sample12', 4096], ['2004', 'sample2004', 64000]]) {
  test(`sample course, SCORM ${v}: a learner who answers every exercise and finishes every lesson: suspend_data within ${limit}`, async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    const { page, errors } = await lms(context, v, { pkg: name });
    const launch = page.frames().find((x) => /scorm-launch\.html/.test(x.url()));
    const config = JSON.parse(await launch.textContent('#sonder-lms-config'));
    await course(page);
    // Answers of about 200 characters of real English: windows of the lesson's own text.
    let n = 0;
    for (const lesson of config.lessons) {
      const f = await (async () => { const c = await course(page); await c.goto(`${server.base}${name}/${lesson}.html`); return course(page); })();
      const prose = (await f.$$eval('article p', (ps) => ps.map((p) => p.textContent).join(' '))).replace(/\s+/g, ' ');
      const sentence = () => { const at = (n++ * 211) % Math.max(1, prose.length - 200); return prose.slice(at, at + 200); };
      for (const sec of await f.$$('[data-sonder-exercise]')) {
        const id = await sec.getAttribute('data-sonder-exercise');
        const groups = new Map();
        for (const el of await sec.$$('[data-sonder-field]')) {
          const field = await el.getAttribute('data-sonder-field');
          if (!groups.has(field)) groups.set(field, []);
          groups.get(field).push(el);
        }
        for (const [field, els] of groups) {
          const type = await els[0].evaluate((e) => e.type || e.tagName.toLowerCase());
          if (type === 'radio' || type === 'checkbox') await els[Math.min(1, els.length - 1)].check();
          else {
            await els[0].fill(sentence());
            if (field === 'entry') await sec.$('[data-sonder-action="add-entry"]').then((b) => b.click());
          }
        }
      }
      await complete(f);
    }
    await page.waitForTimeout(6000); // past the commit throttle: the last commit holds everything
    const notice = await launch.$eval('[data-sonder-lms-notice]', (x) => (x.hidden ? '' : x.textContent));
    await page.evaluate(() => window.finish());
    const data = String(await cmi(page, 'cmi.suspend_data'));
    const local = await page.evaluate(() => localStorage.getItem('sonder:sonder-leadership:answers').length);
    console.log(`# sample course, SCORM ${v}, every exercise answered (${n} text fields of 200 characters), every lesson done: ` +
      `suspend_data ${data.length} characters (limit ${limit}); the answers' JSON in localStorage: ${local} characters`);
    if (notice) console.log(`# left in this browser: ${notice}`);
    assert.ok(data.length <= limit, `${data.length}`);
    assert.equal(String(await cmi(page, v === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')), 'completed');
    // 2004 has room for everything; 1.2 says which answers stay behind, if any.
    if (v === '2004') assert.equal(notice, '', 'everything travels in 2004');
    else if (notice) assert.match(notice, /\u201c[^\u201d]+\u201d.* stay in this browser only/);
    assert.deepEqual(errors, []);
  });
  }

  test('no LMS: the launch page opens the course as a plain site, with no console errors', async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    const { page, errors } = await lms(context, '1.2', { api: 'none' });
    const f = await course(page).catch(() => null);
    // Without an API the launch page replaced itself with the home page.
    const home = page.frames().find((x) => /pkg12\/index\.html$/.test(x.url()));
    assert.ok(home, page.frames().map((x) => x.url()).join(', '));
    await home.waitForSelector('html[data-sonder-ready]', { state: 'attached' });
    assert.equal(f, null, 'no launch page is left around the course');
    // From disk, top level: the same.
    const disk = await context.newPage();
    disk.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    disk.on('pageerror', (e) => errors.push(String(e)));
    const launchFile = path.join(root, 'www', 'pkg2004', 'scorm-launch.html');
    await disk.goto(pathToFileURL(launchFile).href);
    await disk.waitForURL(/pkg2004\/index\.html$/);
    await disk.waitForSelector('html[data-sonder-ready]', { state: 'attached' });
    assert.deepEqual(errors, []);
  });
});
