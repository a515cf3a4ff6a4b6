// Offline search (issue 18) in headless Chromium, over file:// and over HTTP under a sub-path, on
// the repository's own sample course. Run: node --test tests/browser/search.test.mjs
// Words to look for are picked from the course's sources, so the tests follow edits to the course.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumMissing, launch, fileBase, serve, open, waitSaved, pagesOfKind, AXE, REPO, tempDir } from './helpers.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';

function sonderBinary() {
  if (process.env.SONDER_BIN) return process.env.SONDER_BIN;
  const r = spawnSync('cargo', ['build', '--quiet', '--bin', 'sonder'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const bin = path.join(REPO, 'target/debug/sonder');
  if (r.status === 0 && fs.existsSync(bin)) return bin;
  if (CI) throw new Error('cannot build the sonder binary: ' + (r.stderr || '').slice(-2000));
  return null;
}

const chromium = chromiumMissing();
const bin = chromium ? null : sonderBinary();
const skip = chromium || (!bin && 'no sonder binary (cargo build failed)');
if (skip) console.log(`SKIPPED: ${skip} (install chromium and a Rust toolchain)`);

let site, browser, server;
before(async () => {
  if (skip) return;
  site = tempDir('sonder-search-');
  const b = spawnSync(bin, ['build', '--root', REPO, '--output', site], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error('sonder build failed: ' + b.stderr + b.stdout);
  browser = await launch();
  server = await serve(site, '/a/b/');
});
after(async () => {
  if (server) await server.close();
  if (browser) await browser.close();
});

// ---- what to look for, from the sources ----
function frontMatterEnd(text) {
  const m = /^\+\+\+\n[\s\S]*?\n\+\+\+\n/.exec(text);
  return m ? m[0].length : 0;
}
function sources() {
  const out = [];
  for (const dir of [path.join(REPO, 'content'), path.join(REPO, 'exercises')]) {
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (/\.(md|toml)$/.test(e.name)) out.push(p);
    });
    walk(dir);
  }
  return out.sort();
}
/** A long word of one lesson's body whose first six letters occur in no other file of the course. */
function uniqueBodyWord() {
  const files = sources().map((p) => ({ p, text: fs.readFileSync(p, 'utf8') }));
  const lower = files.map((f) => f.text.toLowerCase());
  for (const [i, f] of files.entries()) {
    const rel = path.relative(path.join(REPO, 'content'), f.p).split(path.sep).join('/');
    if (!/^[^/]+\/(?!_index)[^/]+\.md$/.test(rel)) continue;
    const fm = f.text.slice(0, frontMatterEnd(f.text)).toLowerCase();
    const body = f.text.slice(frontMatterEnd(f.text));
    for (const w of body.match(/\b[a-z]{9,}\b/g) || []) {
      const pre = w.slice(0, 6);
      if (fm.includes(pre) || lower.some((t, j) => j !== i && t.includes(pre))) continue;
      if ((lower[i].split(pre).length - 1) !== (f.text.slice(frontMatterEnd(f.text)).toLowerCase().split(pre).length - 1)) continue;
      return { word: w, page: rel.replace(/\.md$/, '.html') };
    }
  }
  throw new Error('no lesson has a word of its own');
}
/** A lesson heading (h2/h3 with an id) whose words are in no page title and no other heading. */
function uniqueHeading() {
  const titles = [], headings = [];
  for (const p of pagesOfKind({ dir: site }, 'lesson')) {
    const html = fs.readFileSync(path.join(site, p), 'utf8');
    titles.push((/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html) || [])[1] || '');
    const re = /<h([23]) id="?([a-z0-9-]+)"?[^>]*>([\s\S]*?)<\/h\1>/g;
    let m;
    while ((m = re.exec(html))) {
      if (m[2].startsWith('ex-')) continue;
      const text = m[3].replace(/<a\b[\s\S]*?<\/a>/g, '').replace(/<[^>]+>/g, '').replace(/&#39;|&rsquo;|’/g, "'").trim();
      headings.push({ page: p, id: m[2], text });
    }
  }
  const words = (s) => (s.toLowerCase().match(/[a-z]{4,}/g) || []).map((w) => w.slice(0, 5));
  const titleWords = new Set(titles.flatMap(words));
  for (const h of headings) {
    const mine = words(h.text);
    if (mine.length < 2 || mine.some((w) => titleWords.has(w))) continue;
    const others = headings.filter((o) => o !== h).flatMap((o) => words(o.text));
    if (mine.some((w) => others.includes(w))) continue;
    return h;
  }
  throw new Error('no heading has words of its own');
}
function reflectionLesson() {
  for (const p of pagesOfKind({ dir: site }, 'lesson')) {
    const html = fs.readFileSync(path.join(site, p), 'utf8');
    const m = /<section\b[^>]*data-sonder-exercise="?([a-z0-9-]+)"?[^>]*data-sonder-kind="?reflection"?/.exec(html);
    if (m) return { page: p, id: m[1] };
  }
  throw new Error('no lesson has a reflection exercise');
}

// ---- driving the dialog ----
async function openSearch(page) {
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog[data-sonder-search][open]');
}
/** Types into the search box and waits until the results (and their snippets) are shown. */
async function query(page, text, { replace = true } = {}) {
  if (replace) await page.fill('[data-sonder-search-input]', '');
  await page.keyboard.type(text);
  await page.waitForFunction((t) => {
    const i = document.querySelector('[data-sonder-search-input]');
    const l = document.querySelector('[data-sonder-search-results]');
    return i.value === t && l.getAttribute('data-sonder-search-state') === 'done';
  }, replace ? text : await page.inputValue('[data-sonder-search-input]'));
  return page.$$eval('[role="option"]', (os) => os.map((o) => ({
    href: new URL(o.getAttribute('data-href'), location.href).href,
    title: o.querySelector('.sonder-search-title').textContent,
    marks: Array.from(o.querySelectorAll('mark')).map((m) => m.textContent.toLowerCase()),
    snippet: (o.querySelector('.sonder-search-snippet') || { textContent: '' }).textContent,
    answer: o.hasAttribute('data-sonder-search-exercise'),
  })));
}

for (const mode of ['file', 'http']) {
  describe(`search over ${mode === 'file' ? 'file://' : 'HTTP under /a/b/'}`, { skip }, () => {
    const base = () => (mode === 'file' ? fileBase({ dir: site }) : server.base);
    let context;
    before(async () => { context = await browser.newContext(); });
    after(async () => { if (context) await context.close(); });

    test('a word of one lesson\'s body finds that lesson first, with the word in its snippet', async () => {
      const { word, page: target } = uniqueBodyWord();
      const page = await open(context, base() + 'index.html');
      await openSearch(page);
      const results = await query(page, word);
      assert.ok(results.length >= 1, `results for ${word}`);
      assert.ok(results[0].href.startsWith(base() + target), `${results[0].href} is ${target}`);
      assert.ok(results[0].marks.includes(word), `"${word}" is marked in: ${results[0].snippet}`);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test('a prefix finds the lesson while typing', async () => {
      const { word, page: target } = uniqueBodyWord();
      const page = await open(context, base() + 'index.html');
      await openSearch(page);
      const results = await query(page, word.slice(0, 6));
      assert.ok(results[0].href.startsWith(base() + target), `"${word.slice(0, 6)}" finds ${target}: ${results[0].href}`);
      assert.ok(results[0].marks.some((m) => m.startsWith(word.slice(0, 6))), results[0].snippet);
      // `lead` finds "leadership" (a lesson title of the sample course has it).
      const lead = await query(page, 'lead');
      assert.ok(lead.some((r) => /leadership/i.test(r.title) || r.marks.some((m) => m.startsWith('leadership'))), JSON.stringify(lead.slice(0, 3)));
      await page.close();
    });

    test('a heading match links to that heading, and Enter opens it', async () => {
      const h = uniqueHeading();
      const page = await open(context, base() + 'index.html');
      await openSearch(page);
      const results = await query(page, h.text);
      assert.equal(results[0].href, base() + h.page + '#' + h.id, `"${h.text}"`);
      await page.keyboard.press('Enter');
      await page.waitForURL(base() + h.page + '#' + h.id);
      await page.close();
    });

    test('words the learner wrote are found under "Your answers" and open their exercise', async () => {
      const ex = reflectionLesson();
      const page = await open(context, base() + ex.page);
      const field = `[data-sonder-exercise="${ex.id}"] textarea[data-sonder-field]`;
      await page.fill(field, 'Quokkaesque plans <img src=x onerror="window.__answer=1"> for Monday');
      await waitSaved(page);
      await page.focus(field);
      await openSearch(page);
      const results = await query(page, 'quokka');
      const mine = results.findIndex((r) => r.answer);
      assert.ok(mine >= 0, 'a result under Your answers');
      assert.equal(await page.$eval('[data-sonder-search-answers] [id]', (e) => e.textContent), 'Your answers');
      assert.deepEqual(results[mine].marks, ['quokkaesque']);
      assert.ok(results[mine].snippet.includes('<img src=x'), `the answer shows as text: ${results[mine].snippet}`);
      assert.equal(await page.$$eval('dialog img', (i) => i.length), 0);
      for (let i = 0; i <= mine; i++) await page.keyboard.press('ArrowDown');
      const selected = await page.$eval('[role="option"][aria-selected="true"]', (o) => o.getAttribute('data-sonder-search-exercise'));
      assert.equal(selected, ex.id);
      // Escape closes the dialog and gives focus back to the answer field.
      await page.keyboard.press('Escape');
      assert.equal(await page.$eval('dialog[data-sonder-search]', (d) => d.open), false);
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-sonder-field') !== null), true);
      // From another page, Enter opens the exercise on its lesson page.
      const other = await open(context, base() + 'index.html');
      await openSearch(other);
      const again = await query(other, 'quokka');
      const at = again.findIndex((r) => r.answer);
      for (let i = 0; i <= at; i++) await other.keyboard.press('ArrowDown');
      await other.keyboard.press('Enter');
      await other.waitForURL(base() + ex.page + '#ex-' + ex.id);
      assert.equal(await other.evaluate(() => window.__answer), undefined);
      await page.close();
      await other.close();
    });

    test('a query with HTML in it shows as text', async () => {
      const page = await open(context, base() + 'index.html');
      await openSearch(page);
      await query(page, '<img src=x onerror=window.__q=1>trust');
      const status = await page.$eval('[data-sonder-search-status]', (s) => s.textContent);
      assert.equal(await page.$$eval('dialog img', (i) => i.length), 0);
      assert.equal(await page.evaluate(() => window.__q), undefined);
      await query(page, '<img src=zq onerror=zz>');
      const none = await page.$eval('[data-sonder-search-status]', (s) => s.textContent);
      assert.ok(none.includes('No results for “<img src=zq onerror=zz>”'), none);
      assert.equal(await page.$$eval('dialog img', (i) => i.length), 0);
      assert.ok(status.length > 0);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test('the dialog works by keyboard alone', async () => {
      const page = await open(context, base() + 'index.html');
      // `/` opens it with the focus in the search box.
      await page.keyboard.press('/');
      await page.waitForSelector('dialog[data-sonder-search][open]');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'combobox');
      const results = await query(page, 'trust');
      assert.ok(results.length > 1);
      const combo = '[data-sonder-search-input]';
      assert.equal(await page.getAttribute(combo, 'aria-expanded'), 'true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const second = await page.$eval('[role="option"][aria-selected="true"]', (o) => o.id);
      assert.equal(await page.getAttribute(combo, 'aria-activedescendant'), second);
      assert.equal(second, await page.$$eval('[role="option"]', (os) => os[1].id));
      await page.keyboard.press('ArrowUp');
      assert.equal(await page.getAttribute(combo, 'aria-activedescendant'), await page.$$eval('[role="option"]', (os) => os[0].id));
      await page.keyboard.press('ArrowUp');
      assert.equal(await page.getAttribute(combo, 'aria-activedescendant'), await page.$$eval('[role="option"]', (os) => os[os.length - 1].id));
      await page.keyboard.press('Escape');
      assert.equal(await page.$eval('dialog[data-sonder-search]', (d) => d.open), false);
      // The header button opens it too; Escape gives the focus back to the button.
      await page.focus('[data-sonder-search-open]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog[data-sonder-search][open]');
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => document.activeElement.hasAttribute('data-sonder-search-open')), true);
      // Keys typed right after `/`, while search.js is still loading, are kept.
      const fresh = await open(context, base() + 'index.html');
      await fresh.keyboard.press('/');
      await fresh.keyboard.type('trust');
      await fresh.waitForFunction(() => document.querySelector('[data-sonder-search-results]')?.getAttribute('data-sonder-search-state') === 'done'
        && document.querySelector('[data-sonder-search-input]').value === 'trust');
      await fresh.keyboard.press('Enter');
      await fresh.waitForURL((u) => u.href !== base() + 'index.html');
      assert.deepEqual([...page.errors, ...fresh.errors], []);
      await page.close();
      await fresh.close();
    });

    if (mode === 'http') {
      test('axe-core finds no violations in the open dialog with results', async () => {
        const page = await open(context, base() + pagesOfKind({ dir: site }, 'lesson')[0]);
        await openSearch(page);
        await query(page, 'trust');
        await page.keyboard.press('ArrowDown');
        await page.addScriptTag({ path: AXE });
        const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const summary = res.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(summary, []);
        await page.close();
      });
    }
  });
}

describe('text files for snippets load as they are needed', { skip }, () => {
  const loaded = (page) => page.$$eval('script[src*="search/text-"]', (ss) => ss.map((s) => s.getAttribute('src')));
  const onDisk = (dir) => fs.readdirSync(path.join(dir, 'assets/search')).filter((n) => n.startsWith('text-')).length;

  test('a course of at most 64 pages loads all its text when search opens', async () => {
    const context = await browser.newContext();
    const page = await open(context, fileBase({ dir: site }) + 'index.html');
    await openSearch(page);
    await page.waitForFunction((n) => document.querySelectorAll('script[src*="search/text-"]').length === n, onDisk(site));
    assert.ok(onDisk(site) >= 1);
    await context.close();
  });

  test('a bigger course loads only the text files of the results it shows', async () => {
    // 100 lessons of 600-1,500 words: about 1 MB of Markdown in some 8 text files, and one word
    // that only one lesson has.
    const src = tempDir('sonder-search-big-');
    const g = spawnSync(bin, ['dev', 'corpus', '--lessons', '100', '--out', src], { encoding: 'utf8' });
    assert.equal(g.status, 0, g.stderr);
    const lessons = fs.readdirSync(path.join(src, 'content'), { recursive: true }).filter((n) => /\/(?!_index)[^/]+\.md$/.test(n)).sort();
    fs.appendFileSync(path.join(src, 'content', lessons[lessons.length - 1]), '\nOne zanzibarite here.\n');
    const out = path.join(src, 'public');
    const b = spawnSync(bin, ['build', '--root', src, '--output', out], { encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
    const files = onDisk(out);
    assert.ok(files >= 3, `${files} text files`);
    const context = await browser.newContext();
    const page = await open(context, fileBase({ dir: out }) + 'index.html');
    await openSearch(page);
    const results = await query(page, 'zanzibarite');
    assert.equal(results.length, 1, JSON.stringify(results));
    assert.ok(results[0].marks.includes('zanzibarite'), results[0].snippet);
    assert.equal((await loaded(page)).length, 1, `only the result's text file of ${files}`);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});

describe('search without an index', { skip }, () => {
  test('[search] enabled = false writes no index and no search control', () => {
    const src = tempDir('sonder-nosearch-');
    fs.cpSync(path.join(REPO, 'content'), path.join(src, 'content'), { recursive: true });
    fs.cpSync(path.join(REPO, 'exercises'), path.join(src, 'exercises'), { recursive: true });
    if (fs.existsSync(path.join(REPO, 'static'))) fs.cpSync(path.join(REPO, 'static'), path.join(src, 'static'), { recursive: true });
    fs.writeFileSync(path.join(src, 'course.toml'), fs.readFileSync(path.join(REPO, 'course.toml'), 'utf8') + '\n[search]\nenabled = false\n');
    const out = path.join(src, 'public');
    const b = spawnSync(bin, ['build', '--root', src, '--output', out], { encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
    assert.equal(fs.existsSync(path.join(out, 'assets/search')), false);
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    assert.ok(!html.includes('data-sonder-search-open') && !html.includes('search-open.js'), 'no search control');
    assert.ok(fs.existsSync(path.join(site, 'assets/search/index.js')), 'the default build has one');
    assert.ok(fs.readFileSync(path.join(site, 'index.html'), 'utf8').includes('data-sonder-search-open'));
  });
});
