// The 404 page works wherever a host serves it: at the root, in a module folder and deeper, under a
// sub-path, with its styles and with links that lead into the course. Run: npm test
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumMissing, launch, buildSite, serve, open } from './helpers.mjs';

const skip = chromiumMissing('notfound.test.mjs');
let browser, site, server;
before(async () => {
  if (skip) return;
  browser = await launch();
  site = buildSite();
  server = await serve(site.dir, '/a/b/', {}, { notFound: true });
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

describe('the 404 page', { skip }, () => {
  test('is styled and its links work at any depth', async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    // Every request but the missing page itself must succeed (styles, scripts, images).
    const failed = [];
    context.on('response', (r) => { if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`); });
    const module = (await (await fetch(server.base + 'index.html')).text()).match(/href="?([^"\s>]+)\/index\.html/)[1];
    for (const missing of ['gone.html', `${module}/gone.html`, `${module}/deeper/still/gone.html`, 'handouts/gone.html']) {
      const page = await open(context, server.base + missing);
      // The site's stylesheet applies (the theme sets a font family and max width on .wrap).
      const styled = await page.evaluate(() => Array.from(document.styleSheets).some((s) => /assets\/style\.css$/.test(s.href || '') && s.cssRules.length > 0));
      assert.ok(styled, `${missing}: assets/style.css loaded`);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.sonderPage), '404');
      const links = await page.$$eval('main a[href]', (as) => as.map((a) => a.href));
      assert.ok(links.includes(server.base + 'index.html'), `${missing}: home link ${links}`);
      assert.ok(links.includes(server.base + `${module}/index.html`), `${missing}: module link ${links}`);
      for (const href of links) assert.equal((await fetch(href)).status, 200, `${missing}: ${href}`);
      // The browser logs the page's own 404 status; nothing else may fail.
      const errors = page.errors.filter((e) => !/status of 404/.test(e));
      assert.deepEqual(errors, [], `${missing}: no console errors`);
      assert.deepEqual(failed, [], `${missing}: failed requests`);
      await page.close();
    }
  });
});
