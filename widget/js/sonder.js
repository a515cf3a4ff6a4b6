// sonder learner widget: DOM glue around the wasm answer model (widget/src).
// Generated into themes/default/static/sonder.js by widget/build.sh; edit this file.
// Contract: docs/markup.md. Learner text is only ever set via value/textContent.
(function () {
'use strict';
var WASM = '@WASM@';
var d = document, H = d.documentElement;
var course = H.getAttribute('data-sonder-course');
if (!course || H.hasAttribute('data-sonder-ready')) return;
var root = H.getAttribute('data-sonder-root') || '';
var PRE = 'sonder:' + course + ':', KEY = PRE + 'answers';
var LOAD = 1, SET = 2, MERGE = 3, IMPORT = 4, EXPJ = 5, EXPMD = 6, RESETEX = 7, ORPH = 8;
var NOT_SAVED = 'Your answers are not saved: ';
var NO_JOURNAL = 'This page could not load sonder-journal.js, so it cannot import or export Markdown. Nothing was changed.';
var ex, ls = null, docText, doc, mode = 'ok', lastRaw = null, timer = 0;
var pending = {}, dirty = {}, ready = false, storeWarn = '', failing = false;

function $(sel, el) { return (el || d).querySelector(sel); }
function $$(sel, el) { return Array.prototype.slice.call((el || d).querySelectorAll(sel)); }
function attr(el, a) { return el.getAttribute(a); }
function q(s) { return '"' + String(s).replace(/["\\]/g, '\\$&') + '"'; }

// ---- wasm calls: args is the text of a JSON array ----
function call(op, args) {
  var b = new TextEncoder().encode(args);
  var p = ex.sonder_in(b.length);
  new Uint8Array(ex.memory.buffer, p, b.length).set(b);
  var r = ex.sonder_call(op, b.length);
  return new TextDecoder().decode(new Uint8Array(ex.memory.buffer, r, ex.sonder_out_len()));
}
function callJ(op, args) { return JSON.parse(call(op, args)); }
function setDoc(text) { docText = text; doc = JSON.parse(text); }
function A() { return '[' + docText + ',' + Array.prototype.slice.call(arguments).map(function (x) { return JSON.stringify(x); }).join(',') + ']'; }

// ---- status and messages ----
function status(state, text) {
  var s = $('[data-sonder-status]');
  if (state === 'unsaved') {
    $$('[data-sonder-action="export-json"][data-sonder-fallback]').forEach(function (b) { b.hidden = false; });
    // Also at the top of the page (the status may be far down); once per distinct warning.
    var m = $('[data-sonder-message]');
    if (m && m.textContent !== text && (!m.textContent || attr(m, 'data-sonder-kind') === 'warn')) message(text, 'warn');
  }
  if (!s) return;
  s.setAttribute('data-sonder-state', state);
  // Unchanged text is not re-announced by screen readers (role=status).
  if (text !== undefined && s.textContent !== text) s.textContent = text;
}
function message(text, kind) {
  var m = $('[data-sonder-message]');
  if (!m) return;
  m.textContent = text;
  m.setAttribute('data-sonder-kind', kind || 'info');
  m.hidden = false;
}
function unsaved() {
  status('unsaved', NOT_SAVED + (mode === 'readonly'
    ? 'they were written by a newer version of this course, so this page only shows them.'
    : storeWarn + ($('[data-sonder-fallback]') ? ' Download them before you leave this page.' : '')));
}

// ---- storage ----
function backup(raw, why) {
  var k = PRE + 'backup:' + Date.now();
  try { ls.setItem(k, raw); } catch (e) {
    mode = 'memory';
    storeWarn = 'the answers stored in this browser could not be read, and there is no room to keep a copy.';
    return;
  }
  message('Your saved answers could not be read (' + why + '). They were copied to \u201c' + k +
    '\u201d in this browser\u2019s storage, and this course starts with a clean journal.', 'warn');
}
function persist() {
  if (mode !== 'ok') return unsaved();
  try {
    var cur = ls.getItem(KEY);
    if (cur !== null && cur !== lastRaw && cur !== docText) {
      var m = callJ(MERGE, A(cur));
      if (m.status === 'corrupt') backup(cur, 'damaged');
      else if (m.status === 'newer') { mode = 'readonly'; return unsaved(); }
      if (m.doc) setDoc(JSON.stringify(m.doc));
      if (mode !== 'ok') return unsaved();
    }
    if (cur !== docText) ls.setItem(KEY, docText);
    lastRaw = docText;
    failing = false;
    status('saved', 'Saved');
  } catch (e) {
    failing = true;
    storeWarn = /quota/i.test(e.name + e.message) ? 'this browser\u2019s storage for this site is full.' : 'this browser refused to store them.';
    unsaved();
  }
}
// Applies queued edits and writes them (force: write even without edits).
function flush(force) {
  clearTimeout(timer); timer = 0;
  if (!ready) return;
  var saved = pending, edits = Object.keys(saved).map(function (k) { return saved[k]; });
  pending = {};
  if (edits.length) {
    try { setDoc(call(SET, A(Date.now(), edits))); } catch (e) {
      // Never drop an edit: keep it queued and say so.
      pending = saved;
      return status('unsaved', NOT_SAVED + 'something went wrong on this page. Download them before you leave it.');
    }
  }
  if (edits.length || force === true) persist();
}
function queue(k, e) {
  pending[k] = e;
  // Only the state changes while typing (the text stays, so screen readers are not
  // interrupted at every pause); a warning stays until a write succeeds.
  if (mode === 'ok' && !failing) status('saving');
  clearTimeout(timer);
  timer = setTimeout(flush, 300);
}

// ---- fields ----
function fieldEls(sec, f) { return $$('[data-sonder-field=' + q(f) + ']', sec); }
function readField(sec, f) {
  var els = fieldEls(sec, f), t = els[0] && els[0].type;
  if (t === 'radio') { var c = els.filter(function (e) { return e.checked; })[0]; return c ? c.value : ''; }
  if (t === 'checkbox') return els.filter(function (e) { return e.checked; }).map(function (e) { return e.value; });
  return els[0] ? els[0].value : '';
}
function writeField(sec, f, v) {
  fieldEls(sec, f).forEach(function (e) {
    if (e.type === 'radio') e.checked = v === e.value;
    else if (e.type === 'checkbox') e.checked = Array.isArray(v) && v.indexOf(e.value) >= 0;
    else if (e.value !== (typeof v === 'string' ? v : '')) e.value = typeof v === 'string' ? v : '';
  });
}
// Own properties only: ids such as "constructor" must not reach Object.prototype.
function own(o, k) { return o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }
function answers(id) { return own(doc.answers, id) || {}; }
function val(id, f) { var e = own(answers(id), f); return e ? e.v : null; }
function fieldIds(sec) {
  var seen = {};
  $$('[data-sonder-field]', sec).forEach(function (e) { seen[attr(e, 'data-sonder-field')] = 1; });
  return Object.keys(seen);
}
function secOf(el) { return el.closest && el.closest('[data-sonder-exercise]'); }
function editField(sec, f) {
  var id = attr(sec, 'data-sonder-exercise');
  queue(id + '\n' + f, ['a', id, f, readField(sec, f)]);
}
function isDefault(e) {
  return e.type === 'radio' || e.type === 'checkbox' ? e.checked === e.defaultChecked : e.value === e.defaultValue;
}

// ---- exercise views ----
function feedback(sec) {
  $$('[data-sonder-question]', sec).forEach(function (fs) {
    var chosen = readField(fs, attr(fs, 'data-sonder-question'));
    chosen = (Array.isArray(chosen) ? chosen : chosen ? [chosen] : []).sort().join(',');
    var right = (attr(fs, 'data-sonder-answer') || '').split(',').sort().join(',');
    var fb = $('[data-sonder-feedback]', fs), exp = $('[data-sonder-explain]', fs);
    if (fb) {
      fb.textContent = !chosen ? '' : chosen === right ? 'Correct.' : 'Not quite: try again.';
      if (chosen) fb.setAttribute('data-sonder-correct', chosen === right); else fb.removeAttribute('data-sonder-correct');
    }
    if (exp) exp.hidden = !chosen;
  });
}
function compose(sec) {
  $$('[data-sonder-composed]', sec).forEach(function (o) {
    o.textContent = (attr(o, 'data-sonder-template') || '').replace(/\{([^{}]+)\}/g, function (m, f) {
      var v = fieldEls(sec, f).length ? readField(sec, f) : m;
      return typeof v === 'string' && v.trim() ? v.trim() : '\u2026';
    });
  });
}
function date(t) { var x = new Date(+t); return isNaN(x) ? new Date(0) : x; }
function when(t) { return date(t).toLocaleString(H.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' }); }
function entries(id, f) {
  var a = answers(id), p = (f || 'entry') + ':';
  return Object.keys(a).filter(function (k) { return k.indexOf(p) === 0 && typeof a[k].v === 'string' && a[k].v; })
    .map(function (k) { var n = +k.slice(p.length); return [n > 0 && n < 253402300800000 ? n : a[k].t, a[k].v]; })
    .sort(function (x, y) { return x[0] - y[0]; });
}
function listEntries(ol, list) {
  ol.textContent = '';
  list.forEach(function (e) {
    var li = d.createElement('li'), tm = d.createElement('time'), p = d.createElement('p');
    tm.dateTime = date(e[0]).toISOString();
    tm.textContent = when(e[0]);
    p.textContent = e[1];
    li.appendChild(tm); li.appendChild(p); ol.appendChild(li);
  });
}
function renderExercise(sec) {
  var id = attr(sec, 'data-sonder-exercise');
  fieldIds(sec).forEach(function (f) {
    if (!pending[id + '\n' + f]) writeField(sec, f, val(id, f));
  });
  feedback(sec); compose(sec);
  var ol = $('[data-sonder-entries]', sec);
  if (ol) listEntries(ol, entries(id));
}

// ---- progress ----
function isDone(k) { var e = own(doc.done, k); return !!(e && e.v === true); }
function renderProgress() {
  var keys = {};
  $$('a[data-sonder-lesson-link]').forEach(function (a) {
    var k = attr(a, 'data-sonder-lesson-link');
    keys[k] = 1;
    if (isDone(k)) a.setAttribute('data-sonder-done', ''); else a.removeAttribute('data-sonder-done');
  });
  var n = Object.keys(keys).filter(isDone).length;
  $$('[data-sonder-progress]').forEach(function (p) {
    var total = +attr(p, 'data-sonder-total') || Object.keys(keys).length;
    p.textContent = Math.min(n, total) + ' of ' + total + (total === 1 ? ' lesson' : ' lessons');
  });
  var art = $('article[data-sonder-lesson]'), btn = $('button[data-sonder-action="complete"]');
  if (art && btn) btn.setAttribute('aria-pressed', isDone(attr(art, 'data-sonder-lesson')));
  var last = doc.last && doc.last.v, c = $('a[data-sonder-continue]');
  if (c && typeof last === 'string' && keys[last.replace(/\.html$/, '')]) {
    c.href = root + last;
    c.hidden = false;
  }
}

// ---- journal page ----
function choices(dd) { try { return JSON.parse(attr(dd, 'data-sonder-choices') || '[]'); } catch (e) { return []; } }
function label(v, ch) {
  var one = function (s) { return ch[+s] !== undefined && /^\d+$/.test(s) ? ch[+s] : s === 'done' ? 'Done' : s; };
  return Array.isArray(v) ? v.map(one).join('; ') : typeof v === 'string' ? one(v) : '';
}
function renderJournal(J) {
  var known = {};
  $$('[data-sonder-journal-exercise]', J).forEach(function (art) {
    var id = attr(art, 'data-sonder-journal-exercise');
    known[id] = [];
    $$('[data-sonder-answer]', art).forEach(function (dd) {
      var f = attr(dd, 'data-sonder-answer'), list = entries(id, f), text = label(val(id, f), choices(dd));
      known[id].push(f);
      dd.textContent = '';
      if (list.length) {
        var ol = d.createElement('ol');
        ol.setAttribute('data-sonder-entries', '');
        listEntries(ol, list);
        dd.appendChild(ol);
      }
      if (attr(art, 'data-sonder-kind') === 'practice' && f !== 'notes' && !text && !list.length) text = 'Not done';
      if (text) { var p = d.createElement('p'); p.textContent = (list.length ? 'Draft: ' : '') + text; dd.appendChild(p); }
      if (!list.length && !text) { dd.textContent = 'No answer yet'; dd.setAttribute('data-sonder-empty', ''); }
      else dd.removeAttribute('data-sonder-empty');
    });
  });
  var box = $('[data-sonder-orphans]', J) || $('[data-sonder-orphans]');
  if (!box) return;
  var list = callJ(ORPH, A(known)), dl = $('[data-sonder-orphan-list]', box);
  if (!Array.isArray(list)) list = [];
  if (!$('h2', box)) { var h = d.createElement('h2'); h.textContent = 'Answers to exercises no longer in the course'; box.appendChild(h); }
  if (!dl) { dl = d.createElement('dl'); dl.setAttribute('data-sonder-orphan-list', ''); box.appendChild(dl); }
  dl.textContent = '';
  list.forEach(function (o) {
    var dt = d.createElement('dt'), dd = d.createElement('dd');
    dt.textContent = o.exercise + ' \u203a ' + o.field.replace(/:\d+$/, '') + (o.t > 0 ? ' (' + when(o.t) + ')' : '');
    dd.textContent = label(o.v, []);
    dl.appendChild(dt); dl.appendChild(dd);
  });
  box.hidden = !list.length;
}
function outline() {
  var txt = function (el) { return el ? el.textContent.replace(/\s+/g, ' ').trim() : ''; };
  var h1 = $('h1');
  return {
    title: txt(h1) || d.title,
    modules: $$('[data-sonder-journal-module]').map(function (m) {
      return { title: txt($('h2', m)), lessons: $$('[data-sonder-journal-lesson]', m).map(function (l) {
        return { title: txt($('h3', l)), exercises: $$('[data-sonder-journal-exercise]', l).map(function (a) {
          var pr = $('.prompt', a);
          return { id: attr(a, 'data-sonder-journal-exercise'), title: txt($('h4 a', a) || $('h4', a)),
            prompt: pr ? (pr.innerText || pr.textContent).trim() : '',
            fields: $$('[data-sonder-answer]', a).map(function (dd) {
              var dt = dd.previousElementSibling;
              return { id: attr(dd, 'data-sonder-answer'), label: dt && dt.tagName === 'DT' ? txt(dt) : '', choices: choices(dd) };
            }) };
        }) };
      }) };
    })
  };
}

// ---- whole page ----
function render() {
  $$('[data-sonder-exercise]').forEach(renderExercise);
  renderProgress();
  var J = $('[data-sonder-journal]');
  if (J) renderJournal(J);
}
function download(text, ext, type) {
  var a = d.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: type }));
  a.download = course + '-journal-' + new Date().toISOString().slice(0, 10) + '.' + ext;
  a.hidden = true;
  d.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
function onClick(ev) {
  var b = ev.target.closest && ev.target.closest('[data-sonder-action]');
  if (!b || !ready || b.tagName === 'INPUT') return;
  var act = attr(b, 'data-sonder-action'), sec = secOf(b) || b.closest('[data-sonder-journal-exercise]');
  flush();
  if (act === 'export-json') download(call(EXPJ, A(Date.now())), 'json', 'application/json');
  else if (act === 'export-markdown') {
    var md = call(EXPMD, A(outline(), Date.now(), -new Date().getTimezoneOffset()));
    if (md.indexOf('{"error"') === 0) message(NO_JOURNAL, 'error'); else download(md, 'md', 'text/markdown');
  }
  else if (act === 'complete') {
    var art = $('article[data-sonder-lesson]');
    if (art) { setDoc(call(SET, A(Date.now(), [['d', attr(art, 'data-sonder-lesson'), attr(b, 'aria-pressed') !== 'true']]))); persist(); renderProgress(); }
  } else if (act === 'add-entry' && sec) {
    var t = $('[data-sonder-field="entry"]', sec), id = attr(sec, 'data-sonder-exercise');
    if (!t || !t.value.trim()) { if (t) t.focus(); return; }
    setDoc(call(SET, A(Date.now(), [['a', id, 'entry:' + Date.now(), t.value], ['a', id, 'entry', '']])));
    t.value = '';
    persist(); renderExercise(sec);
  } else if (act === 'reset-exercise' && sec) {
    if (mode === 'readonly') return unsaved();
    if (!confirm('Clear your answers to this exercise? If you want to keep them, export your journal first.')) return;
    setDoc(call(RESETEX, A(attr(sec, 'data-sonder-exercise') || attr(sec, 'data-sonder-journal-exercise'), Date.now())));
    persist(); render();
    message('Your answers to this exercise were cleared.');
  } else if (act === 'reset') {
    if (mode === 'readonly') return unsaved();
    if (!confirm('Export your journal first! Press Cancel to keep everything and use \u201cExport\u201d. Press OK to delete all your answers and progress in this course from this browser now.')) return;
    try { if (ls) ls.removeItem(KEY); } catch (e) { /* storage gone: memory is cleared anyway */ }
    lastRaw = null;
    setDoc(JSON.stringify(callJ(LOAD, JSON.stringify([null, course])).doc));
    render();
    message('All your answers to this course were deleted from this browser.');
  }
}
function onImport(ev) {
  var inp = ev.target;
  if (!ready || attr(inp, 'data-sonder-action') !== 'import' || !inp.files || !inp.files[0]) return;
  var f = inp.files[0];
  inp.value = '';
  if (mode === 'readonly') return message('Import is not possible here: this browser holds answers from a newer version of the course. Nothing was changed.', 'error');
  if (f.size > 2 * 1024 * 1024) return message('This file is larger than 2 MB, so it cannot be a journal export. Nothing was changed.', 'error');
  f.text().then(function (text) {
    flush();
    var r = callJ(IMPORT, A(text));
    if (r.ok) { setDoc(JSON.stringify(r.doc)); persist(); render(); }
    message(r.message || NO_JOURNAL, r.ok ? 'info' : 'error');
  }, function () { message('This file could not be read. Nothing was changed.', 'error'); });
}
function onInput(ev) {
  var t = ev.target, f = t.getAttribute && attr(t, 'data-sonder-field'), sec = f && secOf(t);
  if (!sec) return;
  if (!ready) { dirty[attr(sec, 'data-sonder-exercise') + '\n' + f] = 1; return; }
  editField(sec, f);
  feedback(sec); compose(sec);
}
function onStorage(ev) {
  if (!ready || (ev.key !== KEY && ev.key !== null) || mode === 'readonly') return;
  if (ev.newValue === null) {
    lastRaw = null;
    setDoc(JSON.stringify(callJ(LOAD, JSON.stringify([null, course])).doc));
  } else {
    var m = callJ(MERGE, A(ev.newValue));
    if (m.status !== 'ok') return;
    setDoc(JSON.stringify(m.doc));
    lastRaw = ev.newValue;
  }
  render();
}

function start(inst) {
  ex = inst.instance.exports;
  var raw = null;
  try { ls = window.localStorage; raw = ls.getItem(KEY); } catch (e) {
    ls = null; mode = 'memory';
    storeWarn = 'this browser does not let this page store anything (blocked storage or a private window).';
  }
  var L = callJ(LOAD, JSON.stringify([raw, course]));
  setDoc(JSON.stringify(L.doc));
  lastRaw = raw;
  if (L.status === 'corrupt') backup(raw, L.detail);
  if (L.status === 'newer') mode = 'readonly';
  // Text typed before now is kept: it becomes an edit instead of being overwritten.
  // autocomplete=off stops the browser from restoring this tab's older values on reload,
  // which would otherwise look like typing and overwrite newer answers from another tab.
  $$('[data-sonder-field]').forEach(function (e) { e.autocomplete = 'off'; });
  $$('[data-sonder-exercise]').forEach(function (sec) {
    var id = attr(sec, 'data-sonder-exercise');
    fieldIds(sec).forEach(function (f) {
      if (dirty[id + '\n' + f] || !fieldEls(sec, f).every(isDefault)) pending[id + '\n' + f] = ['a', id, f, readField(sec, f)];
    });
  });
  var art = $('article[data-sonder-lesson]'), path = art && attr(art, 'data-sonder-path');
  if (path && mode !== 'readonly') pending.last = ['l', path];
  ready = true;
  flush(true);
  render();
  addEventListener('storage', onStorage);
  // Back/forward cache: the page comes back as it was; catch up with storage.
  addEventListener('pageshow', function (ev) {
    if (ev.persisted && ls) try { onStorage({ key: KEY, newValue: ls.getItem(KEY) }); } catch (e) { /* storage gone */ }
  });
  // For a SCORM package's launch page (sonder-scorm.js): the store with edits written, and a merge.
  window.sonderStore = { doc: function () { flush(); return docText; }, merge: function (t) {
    var m = callJ(MERGE, A(t));
    if (m.status === 'ok') { setDoc(JSON.stringify(m.doc)); persist(); render(); }
    return m.status;
  } };
  H.setAttribute('data-sonder-ready', '');
}

d.addEventListener('input', onInput);
d.addEventListener('change', function (ev) { if (attr(ev.target, 'data-sonder-action') === 'import') onImport(ev); else onInput(ev); });
d.addEventListener('click', onClick);
addEventListener('pagehide', flush);
d.addEventListener('visibilitychange', function () { if (d.visibilityState === 'hidden') flush(); });
// The wasm is gzip-compressed, then base64: it survives file:// (no fetch) and gzips well.
// The journal page loads sonder-journal.js, whose wasm adds import, Markdown and orphans.
function boot(b64) {
  try {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
      .then(function (buf) { return WebAssembly.instantiate(buf, {}); }).then(start, fail);
  } catch (e) { fail(); }
}
var me = d.currentScript;
if ($('[data-sonder-journal]') && me && /sonder\.js(\?|#|$)/.test(me.src)) {
  var s = d.createElement('script');
  s.src = me.src.replace(/sonder\.js(?=[?#]|$)/, 'sonder-journal.js');
  s.onload = function () { boot(window.sonderJournalWasm || WASM); };
  s.onerror = function () { boot(WASM); };
  d.head.appendChild(s);
} else boot(WASM);
function fail() {
  status('unsaved', NOT_SAVED + 'this browser could not start the part of the page that saves them.');
}
})();
