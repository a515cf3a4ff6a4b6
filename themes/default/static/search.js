// sonder search: the dialog, the query engine over assets/search/index.js, and the learner's own
// answers from localStorage. Loaded by search-open.js on first use; data files are classic
// scripts (no fetch), so it works from file:// and under any sub-path. Contract: docs/markup.md.
// Nothing from the index, the answers or the query is ever parsed as HTML: text nodes only.
(function () {
'use strict';
var d = document, H = d.documentElement;
var course = H.getAttribute('data-sonder-course') || '';
var root = H.getAttribute('data-sonder-root') || '';
var here = (d.currentScript && d.currentScript.src || '').replace(/[^\/]*$/, '');
var WORD = /[\p{Alphabetic}\p{N}\p{M}]+/gu;
var MAX = 12, MAX_ANSWERS = 8;
// Weights of the field codes the index stores: title, heading, summary, body once / 2-3 / more.
var FIELD = [10, 6, 4, 1, 1.5, 2];
// Index state: 0 not asked for, 1 loading (search-open.js asks for it with this script), 2 loaded, 3 failed.
var ix = null, ixState = window.sonderSearchFailed ? 3 : 1, texts = {}, waiting = {}, answers = null;
var dlg, input, list, statusEl, opener, active = -1, options = [], gen = 0, current = null, M;

// The dialog's words, in the course's language: assets/search-messages.js, loaded just before
// this script (or, from a theme that still carries them, the page's data-sonder-messages; the
// same format as the widget's, docs/markup.md), plural variants chosen with Intl.PluralRules.
function t(id, a) {
  if (!M) M = window.sonderSearchMessages;
  if (!M) try { M = JSON.parse(d.querySelector('[data-sonder-messages]').textContent); } catch (e) { M = {}; }
  var m = Object.prototype.hasOwnProperty.call(M, id) ? M[id] : id, lang = H.lang || [];
  a = a || {};
  if (m.$) m = m['=' + a[m.$]] || m[new Intl.PluralRules(lang).select(a[m.$])] || m.other;
  return m.replace(/\{(\w+)\}/g, function (x, k) { var v = a[k]; return typeof v == 'number' ? v.toLocaleString(lang) : v == null ? x : v; });
}

function el(tag, attrs, text) {
  var e = d.createElement(tag);
  for (var k in attrs) e.setAttribute(k, attrs[k]);
  if (text) e.textContent = text;
  return e;
}
function fold(s) {
  s = s.toLowerCase();
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s;
}

// ---- data files ----
function load(src, onerror) {
  var s = el('script', { src: here + src });
  if (onerror) s.onerror = onerror;
  d.head.appendChild(s);
}
function varints(s) {
  var out = [], v = 0, mul = 1;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 93) { v += (c - 93) * mul; mul *= 32; } else { out.push(v + (c - 35) * mul); v = 0; mul = 1; }
  }
  return out;
}
function onIndex(data) {
  var words = data.words ? data.words.split(' ') : [], codes = varints(data.stems), stems = [], next = 0;
  for (var i = 0; i < codes.length; i++) stems.push(codes[i] === 0 ? next++ : codes[i] - 1);
  var starts = [], at = 0, sizes = varints(data.chunks);
  for (i = 0; i < sizes.length; i++) { starts.push(at); at += sizes[i]; }
  var byId = {};
  data.exercises.forEach(function (e) { byId[e[0]] = { doc: e[1], title: e[2], kind: e[3] }; });
  ix = { words: words, stems: stems, raw: data.postings, decoded: [], docs: data.docs, modules: data.modules,
    starts: starts, exercises: byId, stop: {} };
  (data.stop || '').split(' ').forEach(function (w) { if (w) ix.stop[w] = 1; });
  ixState = 2;
  // A small course's text (64 pages at most, whatever its files) is loaded at once, so its first
  // results come with their snippets.
  if (data.docs.length <= 64) for (i = 0; i < starts.length; i++) withText(starts[i], function () {});
}
function onText(chunk, start, docs) {
  texts[chunk] = { start: start, docs: docs };
  var cbs = waiting[chunk] || [];
  delete waiting[chunk];
  cbs.forEach(function (f) { f(); });
}
function chunkOf(doc) {
  var lo = 0, hi = ix.starts.length - 1;
  while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (ix.starts[mid] <= doc) lo = mid; else hi = mid - 1; }
  return lo;
}
// Calls back with the doc's text: [summary, anchor, title, text, anchor, title, text, ...].
function withText(doc, cb) {
  var c = chunkOf(doc), t = texts[c];
  if (t) return cb(t.docs[doc - t.start]);
  // A text file that cannot be loaded leaves its results without snippets.
  if (!waiting[c]) { waiting[c] = []; load('search/text-' + c + '.js', function () { onText(c, ix.starts[c], []); }); }
  waiting[c].push(function () { var t = texts[c]; cb(t.docs[doc - t.start]); });
}
function postings(stem) {
  var p = ix.decoded[stem];
  if (p) return p;
  var v = varints(ix.raw[stem]), n = v.length / 2, docs = new Int32Array(n), vals = new Int32Array(n), doc = -1;
  for (var i = 0; i < n; i++) { doc += v[2 * i] + 1; docs[i] = doc; vals[i] = v[2 * i + 1]; }
  return (ix.decoded[stem] = { docs: docs, vals: vals });
}

// ---- query ----
function lowerBound(w) {
  var lo = 0, hi = ix.words.length;
  while (lo < hi) { var mid = (lo + hi) >> 1; if (ix.words[mid] < w) lo = mid + 1; else hi = mid; }
  return lo;
}
// The stems a query word stands for, with how well each matches (a whole word 1, a prefix less).
function resolve(q) {
  var found = {}, any = false, i = lowerBound(q), w;
  for (; i < ix.words.length && (w = ix.words[i]).lastIndexOf(q, 0) === 0; i++) {
    var s = ix.stems[i], m = w === q ? 1 : 0.6 + 0.4 * q.length / w.length;
    if (!(found[s] >= m)) found[s] = m;
    any = true;
  }
  // A form the course never uses ("leaders" when it only has "leader"): its longest known start.
  for (var cut = q.length - 1; !any && cut >= Math.max(3, q.length - 3); cut--) {
    var j = lowerBound(q.slice(0, cut));
    if (ix.words[j] === q.slice(0, cut)) { found[ix.stems[j]] = 0.7; any = true; }
  }
  return any ? found : null;
}
// The query's words: each with the stems it stands for (none when the course lacks it, which
// the learner's answers may still have). Common words ("the", "on") are left out, unless the
// query has nothing else.
function parse(text) {
  var words = [], m;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) {
    var q = fold(m[0]);
    if (q.length > 1 && words.indexOf(q) < 0) words.push(q);
  }
  var kept = words.filter(function (q) { return !ix.stop[q]; });
  if (!kept.length) kept = words;
  var terms = kept.map(function (q) { return { q: q, stems: resolve(q) || {} }; });
  return {
    terms: terms,
    known: terms.filter(function (t) { return Object.keys(t.stems).length; }),
    missing: terms.filter(function (t) { return !Object.keys(t.stems).length; }).map(function (t) { return t.q; })
  };
}
// Pages that hold every term, best first: field weights times how rare the term is, with a
// bonus when all terms share a section (a heading and the text under it).
function rank(terms) {
  var n = ix.docs.length, scores = null, masks = [];
  terms.forEach(function (t, k) {
    var best = new Float32Array(n), mask = new Int32Array(n), df = 0;
    for (var s in t.stems) {
      var p = postings(+s), qual = t.stems[s];
      for (var i = 0; i < p.docs.length; i++) {
        var doc = p.docs[i], v = p.vals[i], sc = FIELD[v & 7] * qual;
        if (!best[doc]) df++;
        if (sc > best[doc]) best[doc] = sc;
        mask[doc] |= v >> 3;
      }
    }
    var idf = Math.log(1 + n / Math.max(1, df));
    if (!scores) { scores = new Float32Array(n); for (var j = 0; j < n; j++) scores[j] = best[j] * idf; }
    else for (j = 0; j < n; j++) scores[j] = best[j] && scores[j] ? scores[j] + best[j] * idf : 0;
    masks.push(mask);
  });
  var hits = [];
  for (var doc = 0; doc < n; doc++) {
    if (!scores[doc]) continue;
    var common = -1;
    masks.forEach(function (m) { common &= m[doc]; });
    hits.push({ doc: doc, score: terms.length > 1 && common ? scores[doc] * 1.5 : scores[doc] });
  }
  hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  return hits;
}
// Whether a word of some text (folded) is one the query asked for.
function matcher(terms) {
  var memo = new Map();
  return function (raw) {
    var k = memo.get(raw);
    if (k !== undefined) return k;
    var w = fold(raw), i = lowerBound(w), stem = ix.words[i] === w ? ix.stems[i] : -1;
    for (k = 0; k < terms.length; k++) if (w.lastIndexOf(terms[k].q, 0) === 0 || terms[k].stems[stem]) break;
    if (k === terms.length) k = -1;
    memo.set(raw, k);
    return k;
  };
}

// ---- snippets ----
// The words of `text` with their places, and which term each matches (-1: none).
function scan(text, match) {
  var out = [], m;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) out.push({ at: m.index, end: m.index + m[0].length, k: match(m[0]) });
  return out;
}
// The window of about 30 words holding the most distinct terms, earliest first.
function bestWindow(words) {
  var best = null;
  for (var i = 0; i < words.length; i++) {
    if (words[i].k < 0) continue;
    var seen = {}, count = 0;
    for (var j = i; j < words.length && j < i + 20; j++) if (words[j].k >= 0 && !seen[words[j].k]) { seen[words[j].k] = 1; count++; }
    if (!best || count > best.count) best = { at: i, count: count };
  }
  return best;
}
function snippet(text, words, win, cls, all) {
  var span = el('span', { 'class': cls || 'sonder-search-snippet' });
  if (!text) return span;
  var from = win && !all ? Math.max(0, win.at - 8) : 0, to = all ? words.length : Math.min(words.length, from + 30);
  var start = from > 0 && words.length ? words[from].at : 0, end = to < words.length ? words[to - 1].end : text.length;
  if (start > 0) span.appendChild(d.createTextNode('… '));
  var pos = start;
  for (var i = from; i < to; i++) {
    if (words[i].k < 0) continue;
    span.appendChild(d.createTextNode(text.slice(pos, words[i].at)));
    span.appendChild(el('mark', {}, text.slice(words[i].at, words[i].end)));
    pos = words[i].end;
  }
  span.appendChild(d.createTextNode(text.slice(pos, end) + (end < text.length ? ' …' : '')));
  return span;
}
// The section of a page that best matches: the most terms in its heading and text together,
// a heading match counting double; the top of the page when only the title matched.
function pickSection(t, match) {
  var best = { score: 0, anchor: '', title: '', text: t[0], words: null, win: null };
  for (var i = 1; i + 2 < t.length; i += 3) {
    var tw = scan(t[i + 1], match), xw = scan(t[i + 2], match), seen = {}, score = 0;
    tw.forEach(function (w) { if (w.k >= 0 && !seen[w.k]) { seen[w.k] = 2; score += 2; } });
    xw.forEach(function (w) { if (w.k >= 0 && !seen[w.k]) { seen[w.k] = 1; score += 1; } });
    if (score > best.score) best = { score: score, anchor: t[i], title: t[i + 1], text: t[i + 2], words: xw };
  }
  if (!best.words) best.words = scan(best.text || t[3] || '', match), best.text = best.text || t[3] || '';
  best.win = bestWindow(best.words);
  return best;
}

// ---- the learner's answers ----
function readAnswers() {
  answers = [];
  var doc;
  try { doc = JSON.parse(localStorage.getItem('sonder:' + course + ':answers') || 'null'); } catch (e) { return; }
  var all = doc && doc.answers;
  if (!all || typeof all !== 'object') return;
  Object.keys(all).forEach(function (id) {
    var ex = ix.exercises[id], fields = all[id];
    if (!ex || !fields || typeof fields !== 'object') return;
    Object.keys(fields).forEach(function (f) {
      var v = fields[f] && fields[f].v;
      if (typeof v !== 'string' || !v.trim()) return;
      // Only free text: choice indexes and step marks are not words the learner wrote.
      if (ex.kind === 'j' ? !/^entry(:|$)/.test(f) : ex.kind === 'p' && f !== 'notes') return;
      answers.push({ id: id, ex: ex, text: v, t: fields[f].t || 0 });
    });
  });
  answers.sort(function (a, b) { return b.t - a.t; });
}
function searchAnswers(terms, match) {
  var out = [];
  for (var i = 0; i < answers.length && out.length < MAX_ANSWERS; i++) {
    var a = answers[i], words = scan(a.text, match), seen = {}, count = 0;
    words.forEach(function (w) { if (w.k >= 0 && !seen[w.k]) { seen[w.k] = 1; count++; } });
    if (count === terms.length) out.push({ a: a, words: words });
  }
  return out;
}

// ---- the dialog ----
function href(doc, anchor) {
  var x = ix.docs[doc], m = x[0] >= 0 ? ix.modules[x[0]][0] + '/' : '';
  return root + m + x[1] + '.html' + (anchor ? '#' + anchor : '');
}
function where(doc) {
  var x = ix.docs[doc];
  return x[0] >= 0 && x[1] !== 'index' ? ix.modules[x[0]][1] : '';
}
function build() {
  var link = el('link', { rel: 'stylesheet', href: here + 'search.css' });
  d.head.appendChild(link);
  dlg = el('dialog', { 'class': 'sonder-search', 'aria-labelledby': 'sonder-search-title', 'data-sonder-search': '' });
  var head = el('div', { 'class': 'sonder-search-head' });
  head.appendChild(el('h2', { id: 'sonder-search-title' }, t('search-title')));
  var close = el('button', { type: 'button', 'class': 'sonder-search-close', 'data-sonder-search-close': '' }, t('search-close'));
  close.addEventListener('click', function () { dlg.close(); });
  head.appendChild(close);
  dlg.appendChild(head);
  var label = el('label', { 'for': 'sonder-search-input', 'class': 'sonder-search-label' }, t('search-label'));
  dlg.appendChild(label);
  input = el('input', { id: 'sonder-search-input', type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'sonder-search-results',
    'aria-describedby': 'sonder-search-status', 'data-sonder-search-input': '' });
  dlg.appendChild(input);
  statusEl = el('p', { id: 'sonder-search-status', role: 'status', 'class': 'sonder-search-status', 'data-sonder-search-status': '' });
  dlg.appendChild(statusEl);
  list = el('div', { id: 'sonder-search-results', role: 'listbox', 'aria-label': t('search-results'), 'class': 'sonder-search-results',
    'data-sonder-search-results': '' });
  dlg.appendChild(list);
  dlg.appendChild(el('p', { 'class': 'sonder-search-keys' }, t('search-keys')));
  input.addEventListener('input', run);
  input.addEventListener('keydown', keys);
  list.addEventListener('click', function (e) {
    var o = e.target.closest && e.target.closest('[role="option"]');
    if (o) go(o);
  });
  list.addEventListener('mousemove', function (e) {
    var o = e.target.closest && e.target.closest('[role="option"]');
    if (o && options.indexOf(o) !== active) select(options.indexOf(o), false);
  });
  dlg.addEventListener('close', function () {
    if (opener && opener.focus) opener.focus();
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dlg.addEventListener('mousedown', function (e) { if (e.target === dlg) dlg.close(); });
  d.body.appendChild(dlg);
}
function keys(e) {
  var k = e.key;
  if (k === 'ArrowDown' || k === 'ArrowUp') {
    e.preventDefault();
    if (!options.length) return;
    var n = options.length;
    select(active < 0 ? (k === 'ArrowDown' ? 0 : n - 1) : (active + (k === 'ArrowDown' ? 1 : n - 1)) % n, true);
  } else if (k === 'Enter') {
    e.preventDefault();
    if (options.length) go(options[active < 0 ? 0 : active]);
  }
}
function select(i, scroll) {
  if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
  active = i;
  var o = options[i];
  o.setAttribute('aria-selected', 'true');
  input.setAttribute('aria-activedescendant', o.id);
  if (scroll) o.scrollIntoView({ block: 'nearest' });
}
function go(o) {
  var url = o.getAttribute('data-href');
  dlg.close();
  location.href = url;
}
function say(text) { if (statusEl.textContent !== text) statusEl.textContent = text; }
function clear() {
  while (list.firstChild) list.removeChild(list.firstChild);
  options = [];
  active = -1;
  input.removeAttribute('aria-activedescendant');
  input.setAttribute('aria-expanded', 'false');
}
function option(group, title, sub) {
  var o = el('div', { role: 'option', id: 'sonder-search-o' + options.length, 'aria-selected': 'false', 'class': 'sonder-search-option' });
  o.appendChild(el('span', { 'class': 'sonder-search-title' }, title));
  if (sub) o.appendChild(el('span', { 'class': 'sonder-search-where' }, sub));
  group.appendChild(o);
  options.push(o);
  return o;
}
function group(name, id) {
  var g = el('div', { role: 'group', 'aria-labelledby': id, 'class': 'sonder-search-group' });
  g.appendChild(el('div', { id: id, role: 'presentation', 'class': 'sonder-search-group-label' }, name));
  list.appendChild(g);
  return g;
}
function run() {
  var my = ++gen, text = input.value;
  list.setAttribute('data-sonder-search-state', 'busy');
  if (ixState !== 2) { say(t(ixState === 3 ? 'search-unavailable' : 'search-loading')); return; }
  clear();
  var parsed = parse(text), terms = parsed.terms;
  current = text;
  if (!terms.length) {
    say(text.trim() ? t('search-too-short') : '');
    list.setAttribute('data-sonder-search-state', 'done');
    return;
  }
  if (!answers) readAnswers();
  var match = matcher(terms), hits = parsed.known.length ? rank(parsed.known).slice(0, MAX) : [], mine = searchAnswers(terms, match), pending = hits.length;
  if (hits.length) {
    var g = group(t('search-pages'), 'sonder-search-g1');
    hits.forEach(function (h) {
      var o = option(g, ix.docs[h.doc][2], where(h.doc));
      o.setAttribute('data-href', href(h.doc, ''));
      o.setAttribute('data-sonder-search-doc', h.doc);
      withText(h.doc, function (t) {
        if (my !== gen) return;
        var s = pickSection(t || [''], match);
        if (s.anchor) {
          o.setAttribute('data-href', href(h.doc, s.anchor));
          o.insertBefore(snippet(s.title, scan(s.title, match), null, 'sonder-search-section', true), o.children[1] || null);
        }
        o.appendChild(snippet(s.text, s.words, s.win));
        if (--pending === 0) list.setAttribute('data-sonder-search-state', 'done');
      });
    });
  }
  if (mine.length) {
    var ga = group(t('search-answers'), 'sonder-search-g2');
    ga.setAttribute('data-sonder-search-answers', '');
    mine.forEach(function (m) {
      var o = option(ga, m.a.ex.title, ix.docs[m.a.ex.doc][2]);
      o.setAttribute('data-href', href(m.a.ex.doc, 'ex-' + m.a.id));
      o.setAttribute('data-sonder-search-exercise', m.a.id);
      o.appendChild(snippet(m.a.text, m.words, bestWindow(m.words)));
    });
  }
  var count = hits.length + mine.length;
  input.setAttribute('aria-expanded', count ? 'true' : 'false');
  var note = hits.length && parsed.missing.length
    ? ' ' + t('search-missing', { words: new Intl.ListFormat(H.lang || [], { type: 'unit' }).format(parsed.missing) }) : '';
  say(t(count ? (hits.length === MAX ? 'search-top' : 'search-count') : 'search-none', { count: count, query: text.trim() }) + note);
  if (!pending) list.setAttribute('data-sonder-search-state', 'done');
}
function open(from, typed) {
  if (!dlg) build();
  var focused = d.activeElement;
  opener = focused && focused !== d.body ? focused : from;
  if (!dlg.open) dlg.showModal();
  if (typed) input.value += typed;
  input.focus();
  answers = null;
  run();
}
window.addEventListener('storage', function () { answers = null; });
d.addEventListener('keydown', function (e) {
  if (e.altKey || (dlg && dlg.open)) return;
  var t = e.target, k = e.key;
  if (((e.ctrlKey || e.metaKey) && (k === 'k' || k === 'K')) ||
      (k === '/' && !e.ctrlKey && !e.metaKey && !(t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))) {
    e.preventDefault();
    open(d.querySelector('[data-sonder-search-open]'));
  }
});
window.sonderSearch = {
  open: open,
  index: function (data) { onIndex(data); if (dlg && dlg.open) run(); },
  text: onText,
  failed: function () { ixState = 3; if (dlg && dlg.open) run(); }
};
})();
