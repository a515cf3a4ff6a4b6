// sonder learner widget: DOM glue around the wasm answer model (widget/src).
// widget/build.sh generates two scripts from this file: themes/default/static/sonder.js (every
// page; lines between //#journal and //#end left out) and sonder-journal.js (the journal page:
// the whole widget with the journal's wasm; lines between //#lesson and //#end left out).
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
var ex, M, ls = null, docText, doc, mode = 'ok', lastRaw = null, timer = 0;
var pending = {}, dirty = {}, ready = false, storeWarn = '', failing = false, asked = 0;

function $(sel, el) { return (el || d).querySelector(sel); }
function $$(sel, el) { return Array.prototype.slice.call((el || d).querySelectorAll(sel)); }
function attr(el, a) { return el.getAttribute(a); }
function q(s) { return '"' + String(s).replace(/["\\]/g, '\\$&') + '"'; }
// Every word shown comes from the page's messages in the course's language
// (<script type="application/json" data-sonder-messages>, docs/markup.md): a string with {name}
// placeholders, or plural variants {"$": name, one: ..., other: ..., "=0": ...}.
function t(id, a) {
  if (!M) try { M = JSON.parse($('[data-sonder-messages]').textContent); } catch (e) { M = {}; }
  var m = own(M, id) || id, n;
  a = a || {};
  if (m.$) { n = a[m.$]; m = m['=' + n] || m[new Intl.PluralRules(H.lang || []).select(n)] || m.other; }
  return m.replace(/\{(\w+)\}/g, function (x, k) { var v = a[k]; return typeof v == 'number' ? v.toLocaleString(H.lang || []) : v == null ? x : v; });
}

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
  status('unsaved', t(mode === 'readonly' ? 'widget-unsaved-newer' : storeWarn) +
    (mode !== 'readonly' && $('[data-sonder-fallback]') ? ' ' + t('widget-unsaved-download') : ''));
}

// ---- storage ----
function backup(raw) {
  var k = PRE + 'backup:' + Date.now();
  try { ls.setItem(k, raw); } catch (e) {
    mode = 'memory';
    storeWarn = 'widget-unsaved-no-room';
    return;
  }
  message(t('widget-backup-copied', { key: k }), 'warn');
}
function persist() {
  if (mode !== 'ok') return unsaved();
  try {
    var cur = ls.getItem(KEY);
    if (cur !== null && cur !== lastRaw && cur !== docText) {
      var m = callJ(MERGE, A(cur));
      if (m.status === 'corrupt') backup(cur);
      else if (m.status === 'newer') { mode = 'readonly'; return unsaved(); }
      if (m.doc) setDoc(JSON.stringify(m.doc));
      if (mode !== 'ok') return unsaved();
    }
    if (cur !== docText) ls.setItem(KEY, docText);
    lastRaw = docText;
    failing = false;
    status('saved', t('widget-saved'));
    // One event after every save, for other scripts (an LMS bridge): detail = the stored text.
    d.dispatchEvent(new CustomEvent('sonder:saved', { detail: docText }));
    return true;
  } catch (e) {
    failing = true;
    storeWarn = /quota/i.test(e.name + e.message) ? 'widget-unsaved-full' : 'widget-unsaved-refused';
    unsaved();
  }
}
// Applies queued edits and writes them (force: write even without edits).
function flush(force) {
  clearTimeout(timer); timer = 0;
  if (!ready) return;
  var saved = pending, edits = Object.keys(saved).map(function (k) { return saved[k]; });
  pending = {};
  var typed = {};
  edits.forEach(function (e) { if (e[0] === 'a') typed[e[1]] = 1; });
  if (edits.length) {
    try { setDoc(call(SET, A(Date.now(), edits))); } catch (e) {
      // Never drop an edit: keep it queued and say so.
      pending = saved;
      return status('unsaved', t('widget-unsaved-error'));
    }
  }
  if ((edits.length || force === true) && persist()) savedAt(typed);
}
// Beside each exercise the learner typed in: "Saved · 15:37" (the page status stays for screen
// readers). The first save also asks the browser to keep this site's storage (issue 20).
function savedAt(ids) {
  Object.keys(ids).forEach(function (id) {
    var s = $('[data-sonder-exercise=' + q(id) + '] [data-sonder-saved]');
    if (s) s.textContent = t('widget-saved-at', { time: new Date().toLocaleTimeString(H.lang || [], { timeStyle: 'short' }) });
    if (!asked++ && navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(String);
  });
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
// Quiz: nothing is judged while the learner chooses; "check" marks every option and scores.
function unmark(sec) {
  sec.removeAttribute('data-sonder-checked');
  $$('[data-sonder-mark]', sec).forEach(function (c) { c.removeAttribute('data-sonder-mark'); });
  $$('[data-sonder-feedback]', sec).forEach(function (fb) { fb.textContent = ''; fb.removeAttribute('data-sonder-correct'); });
  $$('[data-sonder-explain]', sec).forEach(function (e) { e.hidden = true; });
  $$('[data-sonder-score]', sec).forEach(function (e) { e.textContent = ''; });
}
function check(sec) {
  var qs = $$('[data-sonder-question]', sec), right = 0;
  qs.forEach(function (fs) {
    var ans = (attr(fs, 'data-sonder-answer') || '').split(','), ok = true;
    $$('input', fs).forEach(function (i) {
      var good = ans.indexOf(i.value) >= 0;
      if (i.checked !== good) ok = false;
      if (i.checked || good) i.parentNode.setAttribute('data-sonder-mark', !i.checked ? 'missed' : good ? 'right' : 'wrong');
    });
    if (ok) right++;
    var fb = $('[data-sonder-feedback]', fs), exp = $('[data-sonder-explain]', fs);
    if (fb) { fb.textContent = t(ok ? 'widget-correct' : 'widget-not-quite'); fb.setAttribute('data-sonder-correct', ok); }
    if (exp) exp.hidden = false;
  });
  sec.setAttribute('data-sonder-checked', '');
  $$('[data-sonder-score]', sec).forEach(function (e) { e.textContent = t('widget-quiz-score', { right: right, total: qs.length }); });
}
// A template with the learner's parts. A sentence with an empty part is left out, so a
// half-filled template still reads cleanly; get(field) is the trimmed text or ''.
function fill(tpl, get) {
  var P = /\{([^{}]+)\}/g;
  return tpl.split('\n').map(function (line) {
    return (line.match(/(?:[^.?!]|[.?!](?!\s|$))*(?:[.?!]+\s*|$)/g) || []).filter(function (s) {
      var ok = 1;
      s.replace(P, function (m, f) { if (!get(f)) ok = 0; });
      return ok;
    }).join('').replace(/\{([^{}]+)\}([.?!]?)/g, function (m, f, p) {
      var v = get(f);
      return v + (/[.?!]$/.test(v) ? '' : p);
    }).trim();
  }).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
function str(v) { return typeof v === 'string' ? v.trim() : ''; }
function compose(sec) {
  $$('[data-sonder-composed]', sec).forEach(function (o) {
    if (o.p == null) o.p = o.textContent;
    o.textContent = fill(attr(o, 'data-sonder-template') || '', function (f) { return str(readField(sec, f)); }) || o.p;
  });
}
function date(t) { var x = new Date(+t); return isNaN(x) ? new Date(0) : x; }
// Dates and times as the course's language writes them ("29 Nov 2026, 15:37" in en-GB).
function when(x) { return date(x).toLocaleString(H.lang || [], { dateStyle: 'medium', timeStyle: 'short' }); }
function entries(id, f) {
  var a = answers(id), p = (f || 'entry') + ':';
  return Object.keys(a).filter(function (k) { return k.indexOf(p) === 0 && typeof a[k].v === 'string' && a[k].v; })
    .map(function (k) { var n = +k.slice(p.length); return [n > 0 && n < 253402300800000 ? n : a[k].t, a[k].v, k]; })
    .sort(function (x, y) { return x[0] - y[0]; });
}
function el(tag, text, parent) {
  var e = d.createElement(tag);
  if (text) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}
function listEntries(ol, list) {
  ol.textContent = '';
  list.forEach(function (e) {
    var li = el('li', '', ol), tm = el('time', when(e[0]), li);
    tm.dateTime = date(e[0]).toISOString();
    el('p', e[1], li);
//#journal
    // On the journal page each entry can be edited or deleted.
    li.setAttribute('data-sonder-entry', e[2]);
    ['edit', 'delete'].forEach(function (a) {
      var b = el('button', t('widget-' + a), li);
      b.type = 'button';
      b.className = 'button button-quiet';
      b.setAttribute('data-sonder-action', a + '-entry');
      b.setAttribute('aria-label', t('widget-' + a + '-entry', { time: tm.textContent }));
    });
//#end
  });
}
function renderExercise(sec) {
  var id = attr(sec, 'data-sonder-exercise');
  fieldIds(sec).forEach(function (f) {
    if (!pending[id + '\n' + f]) writeField(sec, f, val(id, f));
  });
  compose(sec);
  var ol = $('[data-sonder-entries]', sec);
  if (ol) listEntries(ol, entries(id));
}

// ---- progress ----
function isDone(k) { var e = own(doc.done, k); return !!(e && e.v === true); }
// Lessons of module `m` marked done (keys "m/lesson").
function doneIn(m) { return Object.keys(doc.done).filter(function (k) { return k.indexOf(m + '/') === 0 && isDone(k); }).length; }
function renderProgress() {
  var keys = {}, next = null;
  $$('a[data-sonder-lesson-link]').forEach(function (a) {
    var k = attr(a, 'data-sonder-lesson-link');
    keys[k] = 1;
    if (isDone(k)) a.setAttribute('data-sonder-done', ''); else { a.removeAttribute('data-sonder-done'); next = next || a; }
  });
  var n = Object.keys(keys).filter(isDone).length;
  $$('[data-sonder-progress]').forEach(function (p) {
    var m = attr(p, 'data-sonder-module'), total = +attr(p, 'data-sonder-total') || Object.keys(keys).length;
    var k = Math.min(m ? doneIn(m) : n, total);
    if (p.max) { p.max = total; p.value = k; } else p.textContent = t('widget-lessons-progress', { done: k, total: total });
  });
  var art = $('article[data-sonder-lesson]'), btn = $('button[data-sonder-action="complete"]');
  if (art && btn) btn.setAttribute('aria-pressed', isDone(attr(art, 'data-sonder-lesson')));
  // Home: once started, "Continue: <the next unfinished lesson>" replaces "Start the course".
  // With every lesson done, it leads to the journal.
  var c = $('a[data-sonder-continue]'), started = doc.last || n;
  if (c && started) {
    c.href = next ? next.href : root + 'journal.html';
    c.textContent = next ? t('widget-continue', { lesson: next.textContent }) : t('widget-course-complete');
  }
  if (c) c.hidden = !started;
  $$('[data-sonder-start]').forEach(function (s) { s.hidden = !!started; });
}

// ---- journal page ----
function choices(dd) { try { return JSON.parse(attr(dd, 'data-sonder-choices') || '[]'); } catch (e) { return []; } }
function label(v, ch) {
  var one = function (s) { return ch[+s] !== undefined && /^\d+$/.test(s) ? ch[+s] : s === 'done' ? t('widget-done') : s; };
  return Array.isArray(v) ? v.map(one).join('; ') : typeof v === 'string' ? one(v) : '';
}
function renderJournal(J) {
  var known = {};
  $$('[data-sonder-journal-exercise]', J).forEach(function (art) {
    var id = attr(art, 'data-sonder-journal-exercise'), has = 0;
    known[id] = [];
    $$('[data-sonder-answer]', art).forEach(function (dd) {
      var f = attr(dd, 'data-sonder-answer'), list = entries(id, f), text = label(val(id, f), choices(dd));
      known[id].push(f);
      dd.textContent = '';
      if (list.length || text) has = 1;
      if (list.length) {
        var ol = el('ol', '', dd);
        ol.setAttribute('data-sonder-entries', '');
        listEntries(ol, list);
      }
      if (attr(art, 'data-sonder-kind') === 'practice' && f !== 'notes' && !text && !list.length) text = t('widget-not-done');
      if (text) el('p', (list.length ? t('widget-draft') + ' ' : '') + text, dd);
      if (!list.length && !text) { dd.textContent = t('no-answer-yet'); dd.setAttribute('data-sonder-empty', ''); }
      else dd.removeAttribute('data-sonder-empty');
    });
//#journal
    $$('[data-sonder-composed]', art).forEach(function (o) {
      o.textContent = fill(attr(o, 'data-sonder-template') || '', function (f) { return str(val(id, f)); });
    });
    art.toggleAttribute('data-sonder-unanswered', !has);
//#end
  });
//#journal
  // Lessons and modules with nothing answered: hidden by the "answered only" filter and on paper.
  $$('[data-sonder-journal-lesson],[data-sonder-journal-module]', J).forEach(function (s) {
    s.toggleAttribute('data-sonder-unanswered', !$('[data-sonder-journal-exercise]:not([data-sonder-unanswered])', s));
  });
  var box = $('[data-sonder-orphans]', J) || $('[data-sonder-orphans]');
  if (!box) return;
  var list = callJ(ORPH, A(known)), dl = $('[data-sonder-orphan-list]', box);
  if (!Array.isArray(list)) list = [];
  if (!$('h2', box)) el('h2', t('orphans-title'), box);
  if (!dl) { dl = el('dl', '', box); dl.setAttribute('data-sonder-orphan-list', ''); }
  dl.textContent = '';
  list.forEach(function (o) {
    el('dt', o.exercise + ' \u203a ' + o.field.replace(/:\d+$/, '') + (o.t > 0 ? ' (' + when(o.t) + ')' : ''), dl);
    el('dd', label(o.v, []), dl);
  });
  box.hidden = !list.length;
//#end
}
//#journal
function outline(now) {
  var txt = function (e) { return e ? e.textContent.replace(/\s+/g, ' ').trim() : ''; };
  // Every time the export may show, as this page shows it (the course's language).
  var dates = {};
  dates[now] = when(now);
  Object.keys(doc.answers).forEach(function (x) {
    var a = doc.answers[x];
    Object.keys(a).forEach(function (k) {
      [+k.split(':')[1], a[k].t].forEach(function (t) { if (t > 0) dates[t] = when(t); });
    });
  });
  // The export's own words, in the course's language (widget/src/text.rs).
  var labels = { exported: t('widget-md-exported', { date: '{date}', course: '{course}' }), draft: t('widget-draft'),
    none: t('widget-md-no-answer'), composed: t('your-text'), orphans: t('orphans-title'), done: t('widget-done') };
  return {
    title: d.title || txt($('h1')), dates: dates, labels: labels,
    modules: $$('[data-sonder-journal-module]').map(function (m) {
      return { title: txt($('h2', m)), lessons: $$('[data-sonder-journal-lesson]', m).map(function (l) {
        return { title: txt($('h3', l)), exercises: $$('[data-sonder-journal-exercise]', l).map(function (a) {
          var pr = $('.prompt', a), c = $('[data-sonder-composed]', a);
          return { id: attr(a, 'data-sonder-journal-exercise'), title: txt($('h4 a', a) || $('h4', a)),
            prompt: pr ? (pr.innerText || pr.textContent).trim() : '', composed: c ? c.textContent : '',
            fields: $$('[data-sonder-answer]', a).map(function (dd) {
              var dt = dd.previousElementSibling;
              return { id: attr(dd, 'data-sonder-answer'), label: dt && dt.tagName === 'DT' ? txt(dt) : '', choices: choices(dd) };
            }) };
        }) };
      }) };
    })
  };
}
function getLS(k) { try { return ls && ls.getItem(PRE + k); } catch (e) { return null; } }
function setLS(k, v) { try { if (ls) ls.setItem(PRE + k, v); } catch (e) { /* a reminder is not worth a warning */ } }
// Whether the browser keeps this site's storage; where it may not, a weekly reminder to export.
function backupState() {
  var P = $('[data-sonder-persist]'), R = $('[data-sonder-backup]'), st = navigator.storage;
  if (!P || !st || !st.persisted) return;
  st.persisted().then(function (kept) {
    var last = +getLS('exported'), now = Date.now(), week = 6048e5;
    P.setAttribute('data-sonder-persisted', kept);
    P.textContent = t(kept ? 'widget-kept' : 'widget-may-delete') + ' ' +
      (last ? t('widget-last-export', { time: when(last) }) : t('widget-never-exported'));
    if (R && !kept && $('[data-sonder-journal-exercise]:not([data-sonder-unanswered])') && now - (+getLS('reminded') || 0) >= week && !(now - last < week)) {
      R.textContent = t('widget-backup-reminder') + ' ' + (last ? t('widget-backup-last', { time: when(last) }) : t('widget-backup-never'));
      R.hidden = false;
      setLS('reminded', now);
    }
  }, String);
}
function entryOf(b) { var li = b.closest('[data-sonder-entry]'); return li && [li, attr(li, 'data-sonder-entry')]; }
function setEntry(id, k, v) {
  setDoc(call(SET, A(Date.now(), [['a', id, k, v]])));
  persist(); render();
}
// Journal-only actions; true when handled.
function journalClick(act, b, id) {
  var e = entryOf(b), J = $('[data-sonder-journal]');
  if (act === 'export-json') {
    var cm = {};
    $$('[data-sonder-journal-exercise]').forEach(function (a) {
      var c = $('[data-sonder-composed]', a);
      if (c && c.textContent) cm[attr(a, 'data-sonder-journal-exercise')] = c.textContent;
    });
    download(call(EXPJ, A(Date.now())).replace(/\}\s*$/, ',"composed":' + JSON.stringify(cm) + '}\n'), 'json', 'application/json');
    setLS('exported', Date.now());
    backupState();
  } else if (act === 'export-markdown') {
    var now = Date.now();
    download(call(EXPMD, A(outline(now), now, -new Date().getTimezoneOffset())), 'md', 'text/markdown');
  }
  else if (act === 'print') print();
  else if (act === 'edit-entry' && e) {
    var p = $('p', e[0]), ta = el('textarea');
    ta.value = p.textContent;
    ta.rows = 5;
    ta.setAttribute('aria-label', t('widget-edit-entry', { time: $('time', e[0]).textContent }));
    e[0].replaceChild(ta, p);
    $$('button', e[0]).forEach(function (x) { x.remove(); });
    ['save', 'cancel'].forEach(function (a) {
      var x = el('button', t('widget-' + a), e[0]);
      x.type = 'button';
      x.className = 'button' + (a === 'save' ? ' button-primary' : ' button-quiet');
      x.setAttribute('data-sonder-action', a + '-entry');
    });
    ta.focus();
  } else if (act === 'save-entry' && e) {
    var v = $('textarea', e[0]).value;
    if (!v.trim()) return journalClick('delete-entry', b, id);
    setEntry(id, e[1], v);
    message(t('widget-entry-saved'), 'ok');
  } else if (act === 'cancel-entry') render();
  else if (act === 'delete-entry' && e) {
    if (!confirm(t('widget-delete-entry-confirm'))) return 1;
    setEntry(id, e[1], null);
    message(t('widget-entry-deleted'), 'ok');
  } else if (act === 'reset') {
    if (mode === 'readonly') return unsaved();
    if (!confirm(t('widget-reset-confirm'))) return 1;
    try { if (ls) ls.removeItem(KEY); } catch (x) { /* storage gone: memory is cleared anyway */ }
    lastRaw = null;
    setDoc(JSON.stringify(callJ(LOAD, JSON.stringify([null, course])).doc));
    render();
    message(t('widget-reset-done'), 'ok');
  } else return 0;
  return 1;
}
function onImport(inp) {
  var f = inp.files && inp.files[0];
  if (!f) return;
  inp.value = '';
  if (mode === 'readonly') return message(t('widget-import-readonly'), 'error');
  if (f.size > 2 * 1024 * 1024) return message(t('widget-import-too-large'), 'error');
  f.text().then(function (text) {
    flush();
    if (/\.(md|markdown|txt)$/i.test(f.name) || /^\s*#/.test(text)) return message(t('widget-import-markdown'), 'error');
    var r = callJ(IMPORT, A(text));
    if (r.ok) { setDoc(JSON.stringify(r.doc)); persist(); render(); }
    message(r.ok ? imported(r) : t('widget-import-' + r.error, { found: r.detail || '?', max: r.max, file: r.detail || '', course: course }),
      r.ok ? 'ok' : 'error');
  }, function () { message(t('widget-import-unreadable'), 'error'); });
}
// "Import finished: 1 new answer, 0 answers updated, ..." from the import's counts.
function imported(r) {
  if (!r.changed) return t(r.kept ? 'widget-import-nothing-kept' : 'widget-import-nothing', { count: r.kept });
  var parts = ['added', 'updated', 'kept', 'same', 'lessons'].filter(function (k, i) { return i < 2 || r[k]; })
    .map(function (k) { return t('widget-import-' + k, { count: r[k] }); });
  return t('widget-import-done', { parts: new Intl.ListFormat(H.lang || [], { type: 'unit' }).format(parts) });
}
function onFilter(cb) {
  var J = $('[data-sonder-journal]');
  if (J) J.toggleAttribute('data-sonder-filtered', cb.checked);
}
//#end

// ---- whole page ----
function render() {
  $$('[data-sonder-exercise]').forEach(renderExercise);
  renderProgress();
  var J = $('[data-sonder-journal]');
  if (J) renderJournal(J);
}
function download(text, ext, type) {
  var a = el('a', '', d.body);
  a.href = URL.createObjectURL(new Blob([text], { type: type }));
  a.download = course + '-journal-' + new Date().toISOString().slice(0, 10) + '.' + ext;
  a.hidden = true;
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
function onClick(ev) {
  var b = ev.target.closest && ev.target.closest('[data-sonder-action]');
  if (!b || !ready || b.tagName === 'INPUT') return;
  var act = attr(b, 'data-sonder-action'), sec = secOf(b) || b.closest('[data-sonder-journal-exercise]');
  var id = sec && (attr(sec, 'data-sonder-exercise') || attr(sec, 'data-sonder-journal-exercise'));
  flush();
//#journal
  if (journalClick(act, b, id)) return;
//#end
  if (act === 'export-json') download(call(EXPJ, A(Date.now())), 'json', 'application/json');
  else if (act === 'complete') {
    var art = $('article[data-sonder-lesson]'), on = attr(b, 'aria-pressed') !== 'true', mc = $('[data-sonder-module-complete]');
    if (!art) return;
    var m = mc && attr(mc, 'data-sonder-module'), was = m && doneIn(m);
    setDoc(call(SET, A(Date.now(), [['d', attr(art, 'data-sonder-lesson'), on]])));
    persist(); renderProgress();
    // The click that finishes a module shows "Module complete" with the way on.
    if (mc) mc.hidden = !(on && was < +attr(mc, 'data-sonder-total') && doneIn(m) >= +attr(mc, 'data-sonder-total'));
  } else if (act === 'add-entry' && sec) {
    var x = $('[data-sonder-field="entry"]', sec);
    if (!x) return;
    if (!x.value.trim()) {
      x.setCustomValidity(t('widget-entry-empty'));
      return x.reportValidity();
    }
    setDoc(call(SET, A(Date.now(), [['a', id, 'entry:' + Date.now(), x.value], ['a', id, 'entry', '']])));
    x.value = '';
    if (persist()) savedAt({ [id]: 1 });
    renderExercise(sec);
  } else if (act === 'check' && sec) check(sec);
  else if (act === 'retry' && sec) { unmark(sec); var i = $('input', sec); if (i) i.focus(); }
  else if (act === 'copy' && sec) {
    var o = $('[data-sonder-composed]', sec), txt = o.textContent;
    (navigator.clipboard ? navigator.clipboard.writeText(txt) : Promise.reject()).then(function () {
      b.textContent = t('widget-copied');
      setTimeout(function () { b.textContent = t('copy'); }, 3000);
    }, function () {
      getSelection().selectAllChildren(o);
      message(t('widget-copy-failed'), 'warn');
    });
  } else if (act === 'print') {
    // In an exercise: prints only its text (widget.css), then the page is back as it was.
    // Elsewhere (the paper pages' Print button): the page, with no inline onclick for a CSP to block.
    if (sec) {
      sec.setAttribute('data-sonder-print', '');
      H.setAttribute('data-sonder-printing', '');
      addEventListener('afterprint', function () { sec.removeAttribute('data-sonder-print'); H.removeAttribute('data-sonder-printing'); }, { once: true });
    }
    print();
  } else if (act === 'reset-exercise' && sec) {
    if (mode === 'readonly') return unsaved();
    if (!confirm(t('widget-clear-confirm'))) return;
    setDoc(call(RESETEX, A(id, Date.now())));
    persist(); render();
    if (sec.hasAttribute('data-sonder-exercise')) unmark(sec);
    message(t('widget-cleared'), 'ok');
  }
//#lesson
  else if ($('[data-sonder-journal]')) message(t('widget-no-journal'), 'error');
//#end
}
function onInput(ev) {
  var t = ev.target, f = t.getAttribute && attr(t, 'data-sonder-field'), sec = f && secOf(t);
  if (!sec) return;
  t.setCustomValidity('');
  if (!ready) { dirty[attr(sec, 'data-sonder-exercise') + '\n' + f] = 1; return; }
  editField(sec, f);
  unmark(sec); compose(sec);
}
function onChange(ev) {
  var g = ev.target, a = attr(g, 'data-sonder-action');
  if (a !== 'import' && !g.hasAttribute('data-sonder-filter')) return onInput(ev);
  if (!ready) return;
//#journal
  if (a === 'import') onImport(g); else onFilter(g);
  return;
//#end
  if (a === 'import') { g.value = ''; message(t('widget-no-journal'), 'error'); }
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
    storeWarn = 'widget-unsaved-blocked';
  }
  var L = callJ(LOAD, JSON.stringify([raw, course]));
  setDoc(JSON.stringify(L.doc));
  lastRaw = raw;
  if (L.status === 'corrupt') backup(raw);
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
//#journal
  // "Answered only" is the journal's default once anything is answered.
  var fl = $('[data-sonder-filter]');
  if (fl && $('[data-sonder-journal-exercise]:not([data-sonder-unanswered])')) { fl.checked = true; onFilter(fl); }
  backupState();
//#end
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

function listen() {
  d.addEventListener('input', onInput);
  d.addEventListener('change', onChange);
  d.addEventListener('click', onClick);
  addEventListener('pagehide', flush);
  d.addEventListener('visibilitychange', function () { if (d.visibilityState === 'hidden') flush(); });
}
// The wasm is gzip-compressed, then base64: it survives file:// (no fetch) and gzips well.
function boot() {
  listen();
  try {
    var bin = atob(WASM), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    // Written straight into the decompressor: a Blob's stream goes through the browser's blob
    // store first, which made the widget ready 10-20 ms later (bench/ready.mjs).
    // A failure shows in the readable side (then fail()); the writer's own promises are quiet.
    var gz = new DecompressionStream('gzip'), w = gz.writable.getWriter(), quiet = function () {};
    w.write(bytes).catch(quiet); w.close().catch(quiet);
    new Response(gz.readable).arrayBuffer()
      .then(function (buf) { return WebAssembly.instantiate(buf, {}); }).then(start, fail);
  } catch (e) { fail(); }
}
function fail() {
  status('unsaved', t('widget-unsaved-no-start'));
}
//#lesson
// The journal page runs sonder-journal.js instead: the same widget with the journal's wasm
// (import, Markdown, orphans) and code. Without that file, this script shows the answers.
var me = d.currentScript;
if ($('[data-sonder-journal]') && me && /sonder\.js(\?|#|$)/.test(me.src)) {
  var s = d.createElement('script');
  s.src = me.src.replace(/sonder\.js(?=[?#]|$)/, 'sonder-journal.js');
  s.onerror = boot;
  d.head.appendChild(s);
} else boot();
//#end
//#journal
boot();
//#end
})();
