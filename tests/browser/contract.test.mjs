// The generated pages follow docs/markup.md (the widget's contract), checked in the browser's DOM
// so that minified markup (unquoted attributes) reads the same. Run: npm test
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumMissing, skipped, launch, buildSite, fileBase, open, pagesOfKind, attrOf, serve } from './helpers.mjs';

const skip = chromiumMissing('contract.test.mjs');
// `site`: the generated course (or SONDER_TEST_ROOT); `sample`: the repository's sample course,
// which has what the generated one lacks (printable materials).
let browser, site, sample, context;
before(async () => {
  if (skip) return;
  browser = await launch();
  site = buildSite();
  sample = buildSite({ root: '.' });
  context = await browser.newContext();
});
after(async () => { if (browser) await browser.close(); });

/** Runs in the page: a list of contract violations (empty when the page follows the contract). */
function check(kind) {
  const bad = [];
  const $$ = (s, el) => Array.from((el || document).querySelectorAll(s));
  const H = document.documentElement;
  const need = (cond, msg) => { if (!cond) bad.push(msg); };
  need(H.lang, 'html[lang]');
  need(H.getAttribute('data-sonder-course'), 'html[data-sonder-course]');
  need(H.getAttribute('data-sonder-page') === kind, `html[data-sonder-page=${kind}]`);
  const root = H.getAttribute('data-sonder-root');
  need(root === '' || /^(\.\.\/)+$/.test(root || 'x'), `data-sonder-root is "" or "../": ${root}`);
  const scripts = $$('script[src]').filter((s) => /(^|\/)assets\/sonder\.js$/.test(s.getAttribute('src')));
  need(scripts.length === 1, 'one <script src=REL/assets/sonder.js>');
  if (scripts[0]) {
    need(scripts[0].getAttribute('src') === root + 'assets/sonder.js', 'script src is REL + assets/sonder.js');
    need(scripts[0].defer && !scripts[0].type, 'classic deferred script');
  }
  // 404.html alone has one: hosts serve it at any depth, so it finds the site root at run time.
  const inline = $$('script:not([src])').filter((s) => !s.type || /javascript/.test(s.type)).length;
  need(inline === (kind === '404' ? 1 : 0), kind === '404' ? 'one inline script (the site-root finder)' : 'no inline script');
  for (const el of $$('*')) {
    const on = Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => a.name);
    need(!on.length, `no inline event handler: <${el.tagName.toLowerCase()} ${on.join(' ')}>`);
  }
  const msg = $$('[data-sonder-message]');
  if (kind !== 'print') need(msg.length >= 1 && msg[0].getAttribute('role') === 'alert', '[data-sonder-message][role=alert]');
  for (const a of $$('[data-sonder-lesson-link]')) {
    need(a.tagName === 'A' && /^[^/]+\/[^/]+$/.test(a.getAttribute('data-sonder-lesson-link')), `lesson link key ${a.outerHTML.slice(0, 80)}`);
  }
  if (kind === 'home') {
    const p = $$('[data-sonder-progress]');
    need(p.length >= 1 && +p[0].getAttribute('data-sonder-total') > 0, '[data-sonder-progress][data-sonder-total]');
    const c = $$('a[data-sonder-continue]');
    need(c.length === 1, 'a[data-sonder-continue]');
    need($$('a[data-sonder-lesson-link]').length > 0, 'home lists lessons');
    const keys = new Set($$('a[data-sonder-lesson-link]').map((a) => a.getAttribute('data-sonder-lesson-link')));
    need(p[0] && keys.size === +p[0].getAttribute('data-sonder-total'), `total ${p[0] && p[0].getAttribute('data-sonder-total')} = ${keys.size} lessons listed`);
  }
  if (kind === 'lesson') {
    const art = $$('article[data-sonder-lesson]');
    need(art.length === 1, 'one article[data-sonder-lesson]');
    const key = art[0] && art[0].getAttribute('data-sonder-lesson');
    need(art[0] && art[0].getAttribute('data-sonder-path') === key + '.html', 'data-sonder-path = key + .html');
    need(art[0] && location.pathname.endsWith('/' + key + '.html'), 'the page lives at its data-sonder-path');
    const st = $$('[data-sonder-status]');
    need(st.length === 1 && st[0].getAttribute('role') === 'status', 'exactly one [data-sonder-status][role=status]');
    const cb = $$('button[data-sonder-action="complete"]');
    need(cb.length === 1 && cb[0].hasAttribute('aria-pressed'), 'button[data-sonder-action=complete][aria-pressed]');
    const fb = $$('button[data-sonder-action="export-json"][data-sonder-fallback]');
    need(fb.length === 1, 'one fallback export button');
    need($$('nav a[data-sonder-lesson-link]').length > 0, 'nav with lesson links');
    for (const sec of $$('[data-sonder-exercise]')) {
      const id = sec.getAttribute('data-sonder-exercise'), k = sec.getAttribute('data-sonder-kind');
      const where = `exercise ${id} (${k})`;
      need(sec.tagName === 'SECTION', `${where}: <section>`);
      need($$('fieldset', sec).length && $$('legend', sec).length, `${where}: fieldset/legend`);
      need($$('noscript', sec).length, `${where}: noscript note`);
      need($$('button[data-sonder-action="reset-exercise"]', sec).length === 1, `${where}: reset-exercise button`);
      const fields = $$('[data-sonder-field]', sec);
      need(fields.length > 0, `${where}: fields`);
      for (const f of fields) {
        const ok = f.tagName === 'TEXTAREA' || (f.tagName === 'INPUT' && ['text', 'radio', 'checkbox'].includes(f.type));
        need(ok, `${where}: control ${f.outerHTML.slice(0, 60)}`);
        if (f.type === 'radio' || f.type === 'checkbox') need(/^(\d+|done)$/.test(f.value), `${where}: choice value ${f.value}`);
        need(f.labels && f.labels.length || f.getAttribute('aria-label') || f.getAttribute('aria-labelledby'), `${where}: ${f.getAttribute('data-sonder-field')} has a label`);
      }
      if (k === 'journal') {
        need($$('textarea[data-sonder-field="entry"]', sec).length === 1, `${where}: entry textarea`);
        need($$('button[data-sonder-action="add-entry"]', sec).length === 1, `${where}: add-entry`);
        need($$('ol[data-sonder-entries]', sec).length === 1, `${where}: ol[data-sonder-entries]`);
      }
      if (k === 'quiz') {
        for (const q of $$('[data-sonder-question]', sec)) {
          const qid = q.getAttribute('data-sonder-question');
          need(q.tagName === 'FIELDSET', `${where}: question ${qid} is a fieldset`);
          need(/^\d+(,\d+)*$/.test(q.getAttribute('data-sonder-answer') || ''), `${where}: ${qid} data-sonder-answer`);
          need($$(`[data-sonder-field="${qid}"]`, q).length >= 2, `${where}: ${qid} choices`);
          const fbk = $$('[data-sonder-feedback]', q);
          need(fbk.length === 1 && fbk[0].getAttribute('aria-live') === 'polite', `${where}: ${qid} feedback aria-live`);
        }
        need($$('[data-sonder-question]', sec).length > 0, `${where}: questions`);
      }
      if (k === 'practice') need($$('textarea[data-sonder-field="notes"]', sec).length === 1, `${where}: notes`);
      if (k === 'compose') {
        const o = $$('output[data-sonder-composed]', sec);
        need(o.length === 1 && /\{[^}]+\}/.test(o[0].getAttribute('data-sonder-template') || ''), `${where}: output with template`);
      }
    }
  }
  if (kind === 'journal') {
    const J = $$('[data-sonder-journal]');
    need(J.length === 1, '[data-sonder-journal]');
    for (const a of ['export-json', 'export-markdown', 'reset']) need($$(`[data-sonder-action="${a}"]`).length >= 1, `action ${a}`);
    need($$('input[type=file][data-sonder-action="import"]').length === 1, 'import input');
    need($$('[data-sonder-orphans]').length === 1, '[data-sonder-orphans]');
    for (const art of $$('[data-sonder-journal-exercise]')) {
      need(art.closest('[data-sonder-journal-lesson]') && art.closest('[data-sonder-journal-module]'), 'exercise inside lesson inside module');
      for (const dd of $$('dd[data-sonder-answer]', art)) {
        need(dd.previousElementSibling && dd.previousElementSibling.tagName === 'DT', 'dt before each dd');
        const k = art.getAttribute('data-sonder-kind');
        if (k === 'quiz' || k === 'scale') {
          let ok = false;
          try { ok = JSON.parse(dd.getAttribute('data-sonder-choices')).every((x) => typeof x === 'string'); } catch (e) { /* bad */ }
          need(ok, `${art.getAttribute('data-sonder-journal-exercise')}: data-sonder-choices`);
        }
      }
    }
  }
  return bad;
}

describe('generated pages follow docs/markup.md', { skip }, () => {
  for (const kind of ['home', 'module', 'lesson', 'journal', 'page', '404', 'handout', 'facilitator', 'print', 'facilitator-hub', 'material']) {
    test(`${kind} pages`, async (t) => {
      t.diagnostic(`site under test: ${site.real ? 'built by the sonder binary' : 'hand-written fixture (SONDER_TEST_SITE=fixture)'} in ${site.dir}`);
      // The generated course has no printable materials; the sample course has.
      const pages = kind === 'material' && site.real ? pagesOfKind(sample, kind).map((p) => ({ p, s: sample }))
        : pagesOfKind(site, kind).map((p) => ({ p, s: site }));
      if (!pages.length && !site.real) {
        return t.skip(skipped(`contract.test.mjs ${kind} pages`, `no ${kind} page in this site`, 'build a course that has one'));
      }
      assert.ok(pages.length, `a ${kind} page exists`);
      for (const { p, s } of pages) {
        const page = await open(context, fileBase(s) + p);
        assert.deepEqual(await page.evaluate(check, kind), [], p);
        assert.deepEqual(page.errors, [], `${p}: no console errors`);
        await page.close();
      }
    });
  }

  // The paper pages' Print button is handled by the widget, not by an inline onclick, which a
  // Content-Security-Policy without 'unsafe-inline' blocks (the button would do nothing).
  test("the paper pages' Print button prints under Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'", async (t) => {
    if (!sample.real) return t.skip(skipped('contract.test.mjs Print under CSP', 'the hand-written fixture has no paper pages', 'build the sonder binary'));
    const csp = await serve(sample.dir, '/csp/', { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" });
    t.after(() => csp.close());
    for (const kind of ['handout', 'facilitator', 'print', 'material']) {
      const p = pagesOfKind(sample, kind)[0];
      assert.ok(p, `a ${kind} page exists`);
      const page = await open(context, csp.base + p);
      await page.evaluate(() => {
        window.print = () => { window.__printed = (window.__printed || 0) + 1; };
        document.addEventListener('securitypolicyviolation', (e) => { window.__csp = (window.__csp || '') + e.violatedDirective + ' '; });
      });
      await page.click('.print-bar button');
      assert.equal(await page.evaluate(() => window.__printed), 1, `${p}: the Print button printed`);
      // Only the inline <style> of the printed margins may be refused (style-src); no script is.
      const refused = (await page.evaluate(() => window.__csp || '')).split(' ').filter((d) => d && !d.startsWith('style-src'));
      assert.deepEqual(refused, [], `${p}: nothing refused by the policy`);
      assert.deepEqual(page.errors.filter((e) => !/style-src|inline style/i.test(e)), [], `${p}: no errors`);
      await page.close();
    }
  });

  test('exercise ids are unique across the site', () => {
    const seen = new Map();
    for (const p of pagesOfKind(site, 'lesson')) {
      const html = fs.readFileSync(path.join(site.dir, p), 'utf8');
      for (const m of html.matchAll(/<section\b[^>]*>/g)) {
        const id = attrOf(m[0], 'data-sonder-exercise');
        if (!id) continue;
        assert.ok(!seen.has(id), `${id} on ${p} and ${seen.get(id)}`);
        seen.set(id, p);
      }
    }
    assert.ok(seen.size > 0);
  });
});
