/*! sonder LMS runtime: the launch page of a SCORM 1.2 or 2004 package made by `sonder package`. */
// The launch page holds the LMS session while the course's pages run in its frame, so the learner
// can click anywhere and the session still starts once and ends once (on pagehide). It reads the
// learner's answers from the widget's store in the frame (window.sonderStore, widget/js/sonder.js)
// and reports completion, score, location and the answers themselves (cmi.suspend_data).
// Without an LMS it opens the course as a plain site. Learner text is only set via textContent.
(function () {
  'use strict';
  var d = document;
  var C = null;
  try {
    C = JSON.parse(d.getElementById('sonder-lms-config').textContent);
  } catch (e) {
    C = null;
  }
  var START = (C && C.start) || 'index.html';
  var V12 = !!C && C.scorm === '1.2';
  var NAME = V12 ? 'API' : 'API_1484_11';
  // The longest cmi.suspend_data each version promises to keep.
  var LIMIT = V12 ? 4096 : 64000;
  // Commit at most this often while the learner works (and always on pagehide).
  var THROTTLE = 5000;
  var M = V12
    ? { init: 'LMSInitialize', end: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', err: 'LMSGetLastError', str: 'LMSGetErrorString' }
    : { init: 'Initialize', end: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', err: 'GetLastError', str: 'GetErrorString' };
  var F = V12
    ? { status: 'cmi.core.lesson_status', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', time: 'cmi.core.session_time', score: 'cmi.core.score.', mastery: 'cmi.student_data.mastery_score' }
    : { status: 'cmi.completion_status', location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time', score: 'cmi.score.', mastery: 'cmi.scaled_passing_score' };

  var api = null, frame = null, started = Date.now(), ended = false;
  var timer = 0, lastCommit = 0, encoding = false, again = false;
  var mastery = null, cache = {}, failed = false, notes = {};
  // The last document read from the store (at launch: the LMS's), and what the suspend_data
  // last set holds.
  var latest = null, sent = { data: null, doc: null };
  // The page's words, in the course's language (data-sonder-messages, docs/markup.md).
  var W = {};
  try {
    W = JSON.parse(d.querySelector('[data-sonder-messages]').textContent);
  } catch (e) {
    W = {};
  }
  var LANG = d.documentElement.lang || [];
  function t(id, a) {
    var m = Object.prototype.hasOwnProperty.call(W, id) ? W[id] : id;
    a = a || {};
    if (m.$) m = m['=' + a[m.$]] || m[new Intl.PluralRules(LANG).select(a[m.$])] || m.other;
    return m.replace(/\{(\w+)\}/g, function (x, k) {
      var v = a[k];
      return typeof v === 'number' ? v.toLocaleString(LANG) : v == null ? x : v;
    });
  }

  // ---- the API: the standard discovery, up the parents (at most 7), then the opener's ----
  function scan(w) {
    for (var n = 0; w && n <= 7; n++) {
      try {
        if (w[NAME]) return w[NAME];
        if (w.parent === w) return null;
        w = w.parent;
      } catch (e) {
        return null; // a frame of another origin: nothing to find above it
      }
    }
    return null;
  }
  function findApi() {
    var a = scan(window);
    try {
      if (!a && window.opener) a = scan(window.opener);
    } catch (e) {
      a = null;
    }
    return a;
  }
  function ok(r) {
    return r === true || r === 'true';
  }
  // Calls the API; a failure (false, an exception, an error code) is reported once, never thrown.
  function call(m) {
    var args = Array.prototype.slice.call(arguments, 1), r;
    try {
      r = api[M[m]].apply(api, args);
    } catch (e) {
      problem('', String((e && e.message) || e));
      return m === 'get' ? '' : false;
    }
    if (m === 'get') return r === null || r === undefined ? '' : String(r);
    if (!ok(r)) {
      var code = '', text = '';
      try {
        code = String(api[M.err]());
        text = String(api[M.str](code) || '');
      } catch (e) {
        /* an API without error reporting */
      }
      problem(code, text);
    }
    return ok(r);
  }
  function get(k) {
    return call('get', k);
  }
  function set(k, v) {
    if (cache[k] === v) return;
    if (call('set', k, v)) cache[k] = v;
  }
  function problem(code, text) {
    if (failed) return;
    failed = true;
    var detail = code && code !== '0' ? t('lms-error', { code: code }) + (text ? ': ' + text : '') : text;
    note('error', t('lms-rejected', { detail: detail ? ' (' + detail + ')' : '' }));
  }

  // ---- the notice above the course ----
  function note(key, text) {
    if (notes[key] === text) return;
    if (text) notes[key] = text;
    else delete notes[key];
    var box = d.querySelector('[data-sonder-lms-notice]');
    if (!box) return;
    box.textContent = '';
    Object.keys(notes).forEach(function (k) {
      var p = d.createElement('p');
      p.textContent = notes[k];
      box.appendChild(p);
    });
    var close = d.createElement('button');
    close.type = 'button';
    close.className = 'button';
    close.textContent = t('lms-close');
    close.addEventListener('click', function () { box.hidden = true; });
    box.appendChild(close);
    box.hidden = !Object.keys(notes).length;
  }

  // ---- progress and score, from the widget's document ----
  function own(o, k) {
    return o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
  }
  function measure(doc) {
    var done = C.lessons.filter(function (k) { var e = own(doc.done, k); return !!(e && e.v === true); }).length;
    var right = 0, answered = 0;
    C.quiz.forEach(function (q) {
      var e = own(own(doc.answers, q[0]), q[1]), v = e ? e.v : null;
      v = Array.isArray(v) ? v.slice() : typeof v === 'string' && v ? [v] : [];
      if (v.length) answered++;
      if (v.length && v.sort().join(',') === q[2]) right++;
    });
    return { done: done, total: C.lessons.length, right: right, answered: answered, questions: C.quiz.length };
  }
  function report(doc) {
    var p = measure(doc), complete = p.done >= p.total;
    // A score once there is one to give: a quiz answered, or the course finished.
    var scored = p.questions > 0 && (p.answered > 0 || complete);
    var raw = scored ? Math.round((10000 * p.right) / p.questions) / 100 : null;
    if (scored) {
      set(F.score + 'min', '0');
      set(F.score + 'max', '100');
      set(F.score + 'raw', String(raw));
      if (!V12) set('cmi.score.scaled', String(Math.round((10000 * p.right) / p.questions) / 10000));
    }
    var judged = complete && mastery !== null && raw !== null;
    if (V12) {
      set(F.status, !complete ? 'incomplete' : judged ? (raw >= mastery ? 'passed' : 'failed') : 'completed');
    } else {
      set(F.status, complete ? 'completed' : 'incomplete');
      set('cmi.progress_measure', String(p.total ? Math.round((1000 * p.done) / p.total) / 1000 : 1));
      if (judged) set('cmi.success_status', raw >= mastery ? 'passed' : 'failed');
    }
    var last = doc.last && doc.last.v;
    if (typeof last === 'string' && C.lessons.indexOf(last.replace(/\.html$/, '')) >= 0) set(F.location, last);
  }

  // ---- cmi.suspend_data: the answers, compressed, in printable characters ----
  // "z" + base64 of deflate-raw (or "j" + JSON without CompressionStream) of a compact document
  // {b: base second, a: {exercise: {field: [value, seconds after b]}}, d: {lesson: [..]}, l: [..]},
  // then, only when written on pagehide, "~" + JSON (ASCII) of the fields changed since.
  function ascii(s) {
    return s.replace(/[\u007f-\uffff]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
  }
  function entries(doc) {
    var list = [];
    Object.keys(doc.answers || {}).forEach(function (ex) {
      Object.keys(doc.answers[ex] || {}).forEach(function (f) { list.push([ex, f, doc.answers[ex][f]]); });
    });
    return list;
  }
  function pack(doc, list) {
    var base = Math.floor(Date.now() / 1000), out = { b: 0, a: {}, d: {} };
    var at = function (e) { return Math.floor((+e.t || 0) / 1000); };
    list.forEach(function (x) { base = Math.min(base, at(x[2])); });
    Object.keys(doc.done || {}).forEach(function (k) { base = Math.min(base, at(doc.done[k])); });
    if (doc.last) base = Math.min(base, at(doc.last));
    var pair = function (e) { return [e.v, at(e) - base]; };
    out.b = base;
    list.forEach(function (x) { (out.a[x[0]] = out.a[x[0]] || {})[x[1]] = pair(x[2]); });
    Object.keys(doc.done || {}).forEach(function (k) { out.d[k] = pair(doc.done[k]); });
    if (doc.last) out.l = pair(doc.last);
    return ascii(JSON.stringify(out));
  }
  function unpack(p, doc) {
    var t = function (x) { return ((+p.b || 0) + (+x[1] || 0)) * 1000; };
    var put = function (o, k, x) {
      if (Array.isArray(x) && (!o[k] || o[k].t <= t(x))) o[k] = { v: x[0], t: t(x) };
    };
    Object.keys(p.a || {}).forEach(function (ex) {
      var a = (doc.answers[ex] = doc.answers[ex] || {});
      Object.keys(p.a[ex] || {}).forEach(function (f) { put(a, f, p.a[ex][f]); });
    });
    Object.keys(p.d || {}).forEach(function (k) { put(doc.done, k, p.d[k]); });
    if (p.l) put(doc, 'last', p.l);
    return doc;
  }
  function b64(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }
  function squeeze(text) {
    if (typeof CompressionStream !== 'function') return Promise.resolve('j' + text);
    var bytes = new TextEncoder().encode(text);
    return new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()
      .then(function (buf) { return 'z' + b64(new Uint8Array(buf)); });
  }
  function unsqueeze(data) {
    if (data.charAt(0) === 'j') return Promise.resolve(data.slice(1));
    var bin = atob(data.slice(1)), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
  }
  // suspend_data -> the widget's document (JSON text), or null.
  function decode(data) {
    if (!data || !/^[zj]/.test(data)) return Promise.resolve(null);
    var cut = data.indexOf('~'), main = cut < 0 ? data : data.slice(0, cut);
    return unsqueeze(main).then(function (text) {
      var doc = unpack(JSON.parse(text), { schema: 1, course: C.course, answers: {}, done: {} });
      if (cut >= 0) unpack(JSON.parse(data.slice(cut + 1)), doc);
      return JSON.stringify(doc);
    }).catch(function () { return null; });
  }
  // Encodes as many answers as fit: smallest first (so most answers travel), newest first among
  // equals. Progress always goes. Resolves {data, left: [[exercise, field], ...]}.
  function encode(doc) {
    var list = entries(doc).sort(function (x, y) {
      return JSON.stringify(x[2].v).length - JSON.stringify(y[2].v).length || (+y[2].t || 0) - (+x[2].t || 0);
    });
    var tryN = function (n) { return squeeze(pack(doc, list.slice(0, n))); };
    var done = function (data, n) { return { data: data, left: list.slice(n) }; };
    return tryN(list.length).then(function (all) {
      if (all.length <= LIMIT) return done(all, list.length);
      // Binary search for the longest prefix that fits.
      var lo = 0, hi = list.length - 1, best = null;
      var step = function () {
        if (lo > hi) return best ? done(best.data, best.n) : tryN(0).then(function (none) { return done(none.length <= LIMIT ? none : '', 0); });
        var mid = (lo + hi) >> 1;
        return tryN(mid).then(function (data) {
          if (data.length <= LIMIT) { best = { data: data, n: mid }; lo = mid + 1; } else hi = mid - 1;
          return step();
        });
      };
      return step();
    });
  }
  function tellLeft(left) {
    if (!left.length) return note('room', '');
    var by = {}, order = [];
    left.forEach(function (x) {
      if (!by[x[0]]) { by[x[0]] = { entries: 0, fields: 0 }; order.push(x[0]); }
      if (/^entry:/.test(x[1])) by[x[0]].entries++;
      else by[x[0]].fields++;
    });
    var names = order.map(function (ex) {
      var n = by[ex].entries, title = own(C.titles, ex) || ex;
      return t(n ? (by[ex].fields ? 'lms-room-entries-draft' : 'lms-room-entries') : 'lms-room-exercise', { count: n, title: title });
    });
    note('room', t('lms-room', { limit: LIMIT, exercises: new Intl.ListFormat(LANG, { type: 'unit' }).format(names) }));
  }

  // ---- the session ----
  function store() {
    try {
      return (frame && frame.contentWindow && frame.contentWindow.sonderStore) || null;
    } catch (e) {
      return null;
    }
  }
  // The store's current document (the frame's pending edits written first), or the last one read.
  function current() {
    var s = store();
    if (s) {
      try {
        var text = s.doc();
        if (text) latest = JSON.parse(text);
      } catch (e) {
        /* keep the last document read */
      }
    }
    return latest;
  }
  function changed() {
    if (!api || ended || timer) return;
    timer = setTimeout(commit, Math.max(0, lastCommit + THROTTLE - Date.now()));
  }
  function commit() {
    timer = 0;
    if (!api || ended) return;
    if (encoding) { again = true; return; }
    var doc = current();
    if (!doc) return;
    lastCommit = Date.now();
    report(doc);
    encoding = true;
    encode(doc).then(function (r) {
      encoding = false;
      if (ended) return;
      if (r.data) {
        set('cmi.suspend_data', r.data);
        sent = { data: r.data, doc: doc };
      }
      tellLeft(r.left);
      call('commit', '');
      if (again) { again = false; changed(); }
    }, function () { encoding = false; });
  }
  // Fields changed since the suspend_data last set was made (for the pagehide addition).
  function changedSince(old, doc) {
    var same = function (a, b) { return a && b && a.t === b.t && JSON.stringify(a.v) === JSON.stringify(b.v); };
    var out = { schema: 1, answers: {}, done: {} }, any = false;
    entries(doc).forEach(function (x) {
      if (!same(own(own(old && old.answers, x[0]), x[1]), x[2])) { (out.answers[x[0]] = out.answers[x[0]] || {})[x[1]] = x[2]; any = true; }
    });
    Object.keys(doc.done || {}).forEach(function (k) {
      if (!same(own(old && old.done, k), doc.done[k])) { out.done[k] = doc.done[k]; any = true; }
    });
    if (doc.last && !same(old && old.last, doc.last)) { out.last = doc.last; any = true; }
    return any ? out : null;
  }
  function sessionTime() {
    var s = Math.max(0, (Date.now() - started) / 1000), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    if (!V12) return 'PT' + h + 'H' + m + 'M' + sec.toFixed(2) + 'S';
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return two(Math.min(h, 9999)) + ':' + two(m) + ':' + (sec < 10 ? '0' : '') + sec.toFixed(2);
  }
  // pagehide: everything is synchronous here. The answers changed since the last encoding go
  // along as plain JSON after "~", when they fit; otherwise they wait in this browser.
  function end() {
    if (!api || ended) return;
    clearTimeout(timer);
    var doc = current();
    ended = true;
    if (doc) {
      report(doc);
      var delta = sent.data && changedSince(sent.doc, doc);
      if (delta) {
        var data = sent.data + '~' + pack(delta, entries(delta));
        if (data.length <= LIMIT) set('cmi.suspend_data', data);
      }
    }
    set(F.time, sessionTime());
    // "suspend" keeps this attempt's data, so the next launch resumes with the answers.
    set(F.exit, 'suspend');
    call('commit', '');
    call('end', '');
    api = null;
  }
  function onFrameLoad() {
    var fd = null;
    try {
      fd = frame.contentDocument;
    } catch (e) {
      fd = null; // a page of another site: nothing to read there
    }
    if (!fd) return;
    if (fd.title) d.title = fd.title;
    ['input', 'change', 'click'].forEach(function (t) { fd.addEventListener(t, changed, true); });
    var w = frame.contentWindow, tries = 0;
    // Leaving a page: read its store (edits written), for the next page and the next commit.
    w.addEventListener('pagehide', function () { current(); });
    (function whenReady() {
      var s = null;
      try {
        s = w.sonderStore;
      } catch (e) {
        return;
      }
      if (!s) {
        if (tries++ < 100) setTimeout(whenReady, 50);
        return;
      }
      // Each page gets the answers known so far, merged newest-wins per field: the LMS's reach
      // this browser, and answers carry from page to page even where storage is blocked.
      if (latest) {
        try { s.merge(JSON.stringify(latest)); } catch (e) { /* the page keeps its own answers */ }
      }
      changed();
    })();
  }
  function open(location) {
    var path = typeof location === 'string' && C.lessons.indexOf(location.replace(/\.html$/, '')) >= 0 ? location : START;
    frame.addEventListener('load', onFrameLoad);
    frame.src = path;
    frame.hidden = false;
  }
  function start() {
    frame = d.querySelector('[data-sonder-lms-frame]');
    api = C && frame ? findApi() : null;
    if (!api) {
      // No LMS (the package opened from disk, a plain web server): the course as a plain site.
      location.replace(START);
      return;
    }
    if (!call('init', '')) {
      api = null; // reported; the course still works, its answers stay in this browser
      return open(null);
    }
    var status = get(F.status);
    if (!status || status === 'not attempted' || status === 'unknown') set(F.status, 'incomplete');
    var m = get(F.mastery);
    mastery = m !== '' && isFinite(+m) ? (V12 ? +m : +m * 100) : typeof C.mastery === 'number' ? C.mastery : null;
    var loc = get(F.location), data = get('cmi.suspend_data');
    addEventListener('pagehide', end);
    decode(data).then(function (text) {
      if (text) latest = JSON.parse(text);
      open(loc);
    });
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start);
  else start();
})();
