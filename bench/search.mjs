// Benchmark of the offline search (issue 18): prints the figures the targets are about.
//
//   node bench/search.mjs [--bin target/release/sonder] [--corpus /tmp/s10k] [--lessons 10000]
//                         [--builds 3] [--queries 20] [--skip-build-ratio] [--write]
//
// With --write the figures also go to bench/SEARCH.md (with the date, machine load and command).
//
// 1. Sample course (this repository): a fresh browser opens a lesson page from file://, presses
//    `/` and types "trust" (one input event) as soon as the box is there; time from the `/`
//    keystroke (and from the typing) to the results being shown with their snippets, which
//    includes loading search.js, the index and the text files. Median of 5 fresh contexts.
// 2. The gen_corpus course (`--corpus`, made with ../shared/bench/gen_corpus.py when missing):
//    built with and without `[search] enabled = false`, alternately, `--builds` times each; the
//    ratio of the medians. Then the index's gzip size against the gzip size of the course's
//    Markdown (every .md under content/, concatenated), and the time from the last keystroke of
//    a two-word query to its results with snippets (median of `--queries` queries, each typed up
//    to its last letter first, as a learner would).
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf('--' + name); return i >= 0 ? args[i + 1] : def; };
const BIN = path.resolve(opt('bin', path.join(REPO, 'target/release/sonder')));
const LESSONS = +opt('lessons', 10000);
const CORPUS = opt('corpus', `/tmp/s${LESSONS >= 1000 ? LESSONS / 1000 + 'k' : LESSONS}`);
const BUILDS = +opt('builds', 3);
const QUERIES = +opt('queries', 20);
const GEN = opt('gen', path.join(REPO, '../shared/bench/gen_corpus.py'));
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

const lines = [];
const say = (line) => { lines.push(line); console.log(line); };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KiB';
function run(cmd, argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}${r.stdout}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
function files(dir, ext) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, ext)); else if (e.name.endsWith(ext)) out.push(p);
  }
  return out.sort();
}
const done = () => document.querySelector('[data-sonder-search-results]')?.getAttribute('data-sonder-search-state') === 'done';

/** Time from the `/` keystroke to results with snippets for "trust", in a fresh context. */
async function firstSearch(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-sonder-ready]', { state: 'attached' });
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', () => window.__keys.push(performance.now()), { capture: true });
  });
  // In the page, so the test driver's pace (40-100 ms per key on this machine) does not count:
  // the word is typed (one input event) the moment the search box exists.
  await page.evaluate(() => {
    window.__shown = new Promise((res) => {
      let typed = 0;
      const mo = new MutationObserver(() => {
        const i = document.querySelector('[data-sonder-search-input]'), l = document.querySelector('[data-sonder-search-results]');
        if (i && !typed) {
          typed = performance.now();
          i.value = 'trust';
          i.dispatchEvent(new Event('input'));
        }
        if (l && i.value === 'trust' && l.getAttribute('data-sonder-search-state') === 'done' && l.querySelector('.sonder-search-snippet')) {
          mo.disconnect();
          res({ open: performance.now() - window.__keys[0], letter: performance.now() - typed });
        }
      });
      mo.observe(document.body, { attributes: true, childList: true, subtree: true });
    });
  });
  await page.keyboard.press('/');
  const t = await page.evaluate(() => window.__shown);
  await context.close();
  return t;
}

/** Milliseconds from the last keystroke of `q` to its results with snippets. */
async function lastKeystroke(page, q) {
  await page.fill('[data-sonder-search-input]', q.slice(0, -1));
  await page.waitForFunction(done);
  await page.evaluate((last) => {
    const l = document.querySelector('[data-sonder-search-results]'), i = document.querySelector('[data-sonder-search-input]');
    window.__done = new Promise((res) => {
      let t0 = 0;
      i.addEventListener('keydown', () => { t0 = performance.now(); }, { once: true, capture: true });
      const check = () => {
        if (t0 && l.getAttribute('data-sonder-search-state') === 'done' && i.value.endsWith(last)) { mo.disconnect(); res(performance.now() - t0); }
      };
      const mo = new MutationObserver(check);
      mo.observe(l, { attributes: true, childList: true, subtree: true });
    });
  }, q.slice(-1));
  await page.keyboard.press(q.slice(-1));
  return page.evaluate(() => window.__done);
}

async function main() {
  if (!fs.existsSync(BIN)) throw new Error(`no sonder binary at ${BIN} (cargo build --release, or --bin)`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sonder-search-bench-'));

  // 1. The sample course.
  const sample = path.join(tmp, 'sample');
  run(BIN, ['build', '--quiet', '--root', REPO, '--output', sample]);
  const lesson = files(sample, '.html').find((f) => /\/0\d-[^/]+\/0\d-[^/]+\.html$/.test(f));
  const firsts = [];
  for (let i = 0; i < 5; i++) firsts.push(await firstSearch(browser, pathToFileURL(lesson).href));
  say(`sample course: results for "trust" ${median(firsts.map((t) => t.open)).toFixed(1)} ms after the "/" keystroke that opens search, `
    + `${median(firsts.map((t) => t.letter)).toFixed(1)} ms after the word was typed (median of 5 fresh contexts, file://; runs: `
    + `${firsts.map((t) => t.open.toFixed(0)).join(' ')} ms; `
    + `index ${kb(fs.statSync(path.join(sample, 'assets/search/index.js')).size)}, gzip ${kb(gz(fs.readFileSync(path.join(sample, 'assets/search/index.js'))))})`);

  // 2. The gen_corpus course.
  if (!fs.existsSync(path.join(CORPUS, 'course.toml'))) {
    console.log(`generating ${CORPUS} (${LESSONS} lessons)`);
    run('python3', [GEN, '--lessons', String(LESSONS), '--layout', 'course', '--out', CORPUS, '--force']);
  }
  const toml = path.join(CORPUS, 'course.toml');
  const original = fs.readFileSync(toml, 'utf8');
  const out = path.join(tmp, 'big');
  if (!args.includes('--skip-build-ratio')) {
    const times = { on: [], off: [] };
    try {
      for (let i = 0; i < BUILDS; i++) {
        for (const mode of ['off', 'on']) {
          fs.writeFileSync(toml, mode === 'off' ? original + '\n[search]\nenabled = false\n' : original);
          times[mode].push(run(BIN, ['build', '--quiet', '--root', CORPUS, '--output', out + '-' + mode]));
        }
      }
    } finally {
      fs.writeFileSync(toml, original);
    }
    const on = median(times.on), off = median(times.off);
    say(`build of ${CORPUS}: ${(off / 1000).toFixed(2)} s without search, ${(on / 1000).toFixed(2)} s with it `
      + `(${((on / off - 1) * 100).toFixed(1)}% slower; medians of ${BUILDS}, alternating; runs without: ${times.off.map((t) => (t / 1000).toFixed(2)).join(' ')}, `
      + `with: ${times.on.map((t) => (t / 1000).toFixed(2)).join(' ')})`);
    fs.rmSync(out + '-off', { recursive: true, force: true });
    fs.renameSync(out + '-on', out);
  } else {
    run(BIN, ['build', '--quiet', '--root', CORPUS, '--output', out]);
  }
  const md = Buffer.concat(files(path.join(CORPUS, 'content'), '.md').map((f) => fs.readFileSync(f)));
  const index = fs.readFileSync(path.join(out, 'assets/search/index.js'));
  const texts = files(path.join(out, 'assets/search'), '.js').filter((f) => /text-\d+\.js$/.test(f));
  let textRaw = 0, textGz = 0;
  for (const f of texts) { const b = fs.readFileSync(f); textRaw += b.length; textGz += gz(b); }
  say(`index: ${kb(index.length)}, gzip ${kb(gz(index))} = ${(gz(index) / gz(md) * 100).toFixed(1)}% of the Markdown's gzip `
    + `(${kb(gz(md))} of ${kb(md.length)}); text files for snippets (loaded per result): ${texts.length} files, ${kb(textRaw)}, `
    + `gzip ${kb(textGz)} (each file gzipped on its own)`);

  const words = ['trust', 'repair', 'candid', 'feedback', 'remote', 'teams', 'listening', 'silence', 'coaching', 'boundaries',
    'conflict', 'empathy', 'mentorship', 'delegation', 'vulnerability', 'culture', 'clarity', 'growth', 'apology', 'rituals'];
  const qs = [];
  for (let i = 0; i < QUERIES; i++) qs.push(words[i % words.length] + ' ' + words[(i * 7 + 3) % words.length]);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(files(out, '.html').find((f) => /\/\d+-[^/]+\/01-[^/]+\.html$/.test(f))).href);
  await page.waitForSelector('html[data-sonder-ready]', { state: 'attached' });
  const t0 = Date.now();
  await page.keyboard.press('/');
  await page.keyboard.type('tr');
  await page.waitForFunction(done, null, { timeout: 120000 });
  const openMs = Date.now() - t0;
  const ms = [];
  for (const q of qs) ms.push(await lastKeystroke(page, q));
  const sorted = [...ms].sort((a, b) => a - b);
  say(`two-word queries on ${CORPUS}: median ${median(ms).toFixed(1)} ms from the last keystroke to results with snippets `
    + `(${ms.length} queries; fastest ${sorted[0].toFixed(1)}, slowest ${sorted[sorted.length - 1].toFixed(1)} ms); `
    + `opening search the first time (loading the index) took ${openMs} ms`);
  await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  if (args.includes('--write')) {
    const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim();
    fs.writeFileSync(path.join(REPO, 'bench/SEARCH.md'), `# Search benchmark (issue 18)\n\nWritten by \`node bench/search.mjs ${args.join(' ')}\``
      + ` on ${new Date().toISOString()} at git ${rev}; ${os.cpus().length} cores, load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.`
      + ` Do not edit by hand: rerun the script.\n\n${lines.map((l) => '- ' + l).join('\n')}\n`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
