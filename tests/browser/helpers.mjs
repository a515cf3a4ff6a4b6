// Shared helpers for the widget's end-to-end tests (node --test tests/browser/).
//
// The site under test is built by the `sonder` binary (SONDER_BIN, or target/debug/sonder, built
// with `cargo build` first) from a course it generates itself (`sonder dev corpus --lessons 30`),
// so nothing outside the repository is needed. SONDER_TEST_ROOT=DIR builds that course instead
// (e.g. `.`, the repository's sample course). SONDER_TEST_SITE=fixture uses the hand-written pages
// in fixtures/site (for working on the widget without cargo); it is never a silent fallback: a
// binary that cannot be built fails the tests.
// Chromium is Debian's /usr/bin/chromium (CHROMIUM to override); nothing downloads a browser.
// A test that cannot run prints `SKIPPED: <why> (<fix>)` and appends it to SONDER_SKIPPED_LOG
// (tests/all.sh lists them at the end); with CI=true it fails instead.

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STATIC = path.join(REPO, 'themes/default/static');
const FIXTURE = path.join(REPO, 'tests/browser/fixtures/site');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CI = process.env.CI === 'true' || process.env.CI === '1';
export const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Something cannot be tested here: with CI=true this throws; otherwise it prints and records
 * `SKIPPED: <what>: <why> (<fix>)` and returns that line (pass it to node:test's `skip`).
 */
export function skipped(what, why, fix) {
  const line = `SKIPPED: ${what}: ${why} (${fix})`;
  if (CI) throw new Error(`CI=true, so this must run: ${line}`);
  console.error(line);
  if (process.env.SONDER_SKIPPED_LOG) fs.appendFileSync(process.env.SONDER_SKIPPED_LOG, line + '\n');
  return line;
}

/** The skip line when Chromium is missing (recorded once per test file), else false. */
export function chromiumMissing(what) {
  if (fs.existsSync(CHROMIUM)) return false;
  return skipped(what, `Chromium not found at ${CHROMIUM}`, 'install the Debian package chromium');
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

// Folders made for a test file (built sites, generated courses) go when its process ends, so that
// repeated runs do not fill /tmp; SONDER_KEEP_TMP=1 keeps them to look at after a failure.
const madeDirs = [];
process.on('exit', () => {
  if (process.env.SONDER_KEEP_TMP) return;
  for (const dir of madeDirs) fs.rmSync(dir, { recursive: true, force: true });
});
/** A new folder under the system's temporary folder, removed when the test process ends. */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

function copyDir(src, dst) { fs.cpSync(src, dst, { recursive: true }); }

const useFixture = process.env.SONDER_TEST_SITE === 'fixture';
let binCache;
function sonderBin() {
  if (binCache) return binCache;
  if (process.env.SONDER_BIN) return (binCache = process.env.SONDER_BIN);
  const r = spawnSync('cargo', ['build', '--quiet', '--bin', 'sonder'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const bin = path.join(REPO, 'target/debug/sonder');
  if (r.status !== 0 || !fs.existsSync(bin)) {
    throw new Error('cannot build the sonder binary (set SONDER_BIN, or SONDER_TEST_SITE=fixture to test the widget on '
      + 'hand-written pages): ' + (r.error || r.stderr || '').toString().slice(-2000));
  }
  return (binCache = bin);
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.error || ''}${r.stderr}${r.stdout}`);
}

/**
 * Builds a site and returns { dir, course, real }. `course` = the course id. Options:
 * courseId (a different id, for the side-by-side test), root (a course folder, relative to the
 * repository, built instead of the generated course or SONDER_TEST_ROOT: `.` is the sample course).
 */
export function buildSite({ courseId, root } = {}) {
  const out = tempDir('sonder-site-');
  if (useFixture) {
    if (CI) throw new Error('SONDER_TEST_SITE=fixture is for local widget work; CI tests the built site');
    copyDir(FIXTURE, out);
    fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
    for (const f of ['sonder.js', 'sonder-journal.js', 'widget.css']) fs.copyFileSync(path.join(STATIC, f), path.join(out, 'assets', f));
    if (courseId) renameCourse(out, courseId);
    return { dir: out, course: readCourse(out), real: false };
  }
  const bin = sonderBin();
  const given = root || process.env.SONDER_TEST_ROOT;
  if (given) {
    // A given course (e.g. SONDER_TEST_ROOT=. for the repository's own sample course).
    run(bin, ['build', '--root', path.resolve(REPO, given), '--output', out], 'sonder build');
    if (courseId) renameCourse(out, courseId);
    return { dir: out, course: readCourse(out), real: true };
  }
  const src = tempDir('sonder-course-');
  run(bin, ['dev', 'corpus', '--lessons', '30', '--out', src], 'sonder dev corpus');
  if (courseId) {
    const ct = path.join(src, 'course.toml');
    fs.writeFileSync(ct, fs.readFileSync(ct, 'utf8').replace(/^id = ".*"$/m, `id = "${courseId}"`));
  }
  run(bin, ['build', '--root', src, '--output', out], 'sonder build');
  return { dir: out, course: readCourse(out), real: true };
}

/** Gives every page of a built site another course id (quoted or minified attribute). */
function renameCourse(dir, id) {
  for (const f of htmlFiles(dir)) {
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/data-sonder-course=("?)[a-z0-9-]+\1/, `data-sonder-course="${id}"`));
  }
}

/** An attribute's value in one start tag (quoted or not: the output may be minified), or null. */
export function attrOf(tag, name) {
  const m = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s>/])`).exec(tag);
  if (!m) return null;
  const v = m[1] ?? m[2] ?? m[3] ?? '';
  return v.replace(/&#x2F;/gi, '/').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}

function htmlTag(file) {
  const m = /<html\b[^>]*>/i.exec(fs.readFileSync(file, 'utf8'));
  return m ? m[0] : '';
}

function readCourse(dir) {
  return attrOf(htmlTag(path.join(dir, 'index.html')), 'data-sonder-course');
}

export function htmlFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

/** Site-relative paths of pages whose <html> says data-sonder-page="kind". */
export function pagesOfKind(site, kind) {
  return htmlFiles(site.dir).filter((f) => attrOf(htmlTag(f), 'data-sonder-page') === kind)
    .map((f) => path.relative(site.dir, f).split(path.sep).join('/'));
}

/** The first lesson page holding an exercise of this kind: { page, id }. */
export function lessonWith(site, kind) {
  for (const p of pagesOfKind(site, 'lesson')) {
    const html = fs.readFileSync(path.join(site.dir, p), 'utf8');
    const re = /<section\b[^>]*>/g;
    let m;
    while ((m = re.exec(html))) {
      const id = attrOf(m[0], 'data-sonder-exercise');
      if (id && attrOf(m[0], 'data-sonder-kind') === kind) return { page: p, id };
    }
  }
  return null;
}

/**
 * A static server for `dir` under the URL prefix (e.g. "/a/b/"), optional extra headers. With
 * `notFound`, a missing file is answered like a web host does: status 404 with the site's 404.html.
 */
export async function serve(dir, prefix = '/a/b/', headers = {}, { notFound = false } = {}) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.pdf': 'application/pdf' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (rel === '/favicon.ico') { res.writeHead(204); return res.end(); }
    if (!rel.startsWith(prefix)) { res.writeHead(404); return res.end('not found'); }
    rel = rel.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (notFound) {
        res.writeHead(404, { 'Content-Type': types['.html'] });
        return res.end(fs.readFileSync(path.join(dir, '404.html')));
      }
      res.writeHead(404); return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', ...headers });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { base, close: () => new Promise((r) => server.close(r)) };
}

/**
 * What most test files share: a browser, the built site and a server for it under `prefix`, made
 * once before the file's tests and closed after them, then given to `ready(s)`. Returns { browser,
 * site, server } (filled in by then) and ctx(t), a fresh context (downloads allowed) closed when
 * test t ends.
 */
export function suite({ skip = false, prefix = '/a/b/', real = false, ready = () => {} } = {}) {
  const s = { browser: null, site: null, server: null };
  before(async () => {
    if (skip) return;
    s.browser = await launch();
    s.site = buildSite();
    if (real && !s.site.real) throw new Error('these tests need the sonder binary (cargo build) to build the site');
    s.server = await serve(s.site.dir, prefix);
    ready(s);
  });
  after(async () => {
    if (s.browser) await s.browser.close();
    if (s.server) await s.server.close();
  });
  s.ctx = async (t, opts = {}) => {
    const c = await s.browser.newContext({ acceptDownloads: true, ...opts });
    t.after(() => c.close());
    return c;
  };
  return s;
}

export function fileBase(site) { return pathToFileURL(site.dir).href + '/'; }

/** Opens a page, records console errors and page errors, waits for the widget. */
export async function open(context, url, { wait = true } = {}) {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  if (wait) await ready(page);
  return page;
}

export async function ready(page) {
  await page.waitForSelector('html[data-sonder-ready]', { state: 'attached', timeout: 10000 });
}

export async function waitSaved(page) {
  await page.waitForSelector('[data-sonder-status][data-sonder-state="saved"]', { state: 'attached', timeout: 3000 });
}

export function key(site) { return `sonder:${site.course}:answers`; }

export async function stored(page, site) {
  return page.evaluate((k) => localStorage.getItem(k), key(site));
}

export const sel = {
  ex: (id) => `[data-sonder-exercise="${id}"]`,
  field: (id, f) => `[data-sonder-exercise="${id}"] [data-sonder-field="${f}"]`,
};

/** Field ids of an exercise on the current page, with the control type. */
export async function fieldsOf(page, id) {
  return page.$$eval(`[data-sonder-exercise="${id}"] [data-sonder-field]`, (els) => {
    const seen = {};
    for (const e of els) {
      const f = e.getAttribute('data-sonder-field');
      if (!seen[f]) seen[f] = { field: f, type: e.type || e.tagName.toLowerCase(), values: [] };
      seen[f].values.push(e.value);
    }
    return Object.values(seen);
  });
}

export async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const p = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(p, 'utf8') };
}

export const AXE = path.join(REPO, 'node_modules/axe-core/axe.min.js');
